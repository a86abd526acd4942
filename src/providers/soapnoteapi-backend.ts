import { createSoapNoteApiClient } from '../api/soapnoteapi/create-client.js';
import { readNoteStream } from '../api/soapnoteapi/note-stream.js';
import { isFinishedNote } from '../api/soapnoteapi/schemas.js';
import { readJobStatus, waitForNote } from '../api/soapnoteapi/wait-for-note.js';
import { UsageError } from '../errors.js';
import { formatElapsed } from '../jobs/format-elapsed.js';
import type { Backend, BackendRuntime, ConnectionSettings } from './types.js';

/** Recordings this long are answered asynchronously (seed 004). */
const ASYNC_FROM_SEC = 30 * 60;

/** SOAPNoteAPI as a backend: its answers pass through as they are, tagged with the provider. */
export function createSoapNoteApiBackend(connection: ConnectionSettings, runtime: BackendRuntime): Backend {
  const client = createSoapNoteApiClient(connection, runtime);
  const tag = <T extends object>(note: T) => ({ ...note, provider: 'soapnoteapi' });
  return {
    async createNote(request) {
      return tag((await client.createNote(request)).data);
    },
    async *streamNote(request) {
      yield* readNoteStream(await client.streamNote(request), client.core.options.hints);
    },
    async summarizeVisits(request) {
      return (await client.createVisitSummary(request)).data;
    },
    /** One multipart upload; 30 minutes or more of audio comes back 202 and is polled (or handed back pending). */
    async createAudioNote(source, request, hooks) {
      if (!('file' in source)) throw new UsageError('SOAPNoteAPI takes recordings as files; download the recording first');
      const audio = source.file;
      if (audio.durationSec !== undefined && audio.durationSec >= ASYNC_FROM_SEC) {
        hooks.notice?.(`${audio.path} is ${formatElapsed(audio.durationSec * 1000)} long: the service will answer asynchronously and soap will poll for the note`);
      }
      hooks.onProgress?.(`Uploading ${audio.path} and writing the note…`);
      const answer = await client.createAudioNote(audio, { specialty: request.specialty, template: request.template });
      // Told apart by the body, not the status: a job accepted with 200 is still a job to poll.
      if (isFinishedNote(answer.data)) return { note: tag(answer.data) };
      const { noteId } = answer.data;
      if (!hooks.wait) return { pending: { id: noteId, kind: 'note' } };
      const note = await waitForNote(client, noteId, 'audio', {
        signal: runtime.signal,
        waitTimeoutMs: hooks.waitTimeoutMs,
        onProgress: (_label, ms) => hooks.onProgress?.(`Processing ${noteId}… ${formatElapsed(ms)}`),
      });
      return { note: tag(note) };
    },
    /** GET /v1/note/:id once, or polled until it is completed or failed. */
    async getJob(id, query) {
      if (query.wait) {
        return { note: tag(await waitForNote(client, id, 'note', { signal: runtime.signal, waitTimeoutMs: query.waitTimeoutMs, onProgress: query.onProgress })) };
      }
      const state = readJobStatus(id, (await client.getNote(id)).data);
      return state.done ? { note: tag(state.result) } : { pending: { id, kind: 'note' } };
    },
    async listSpecialties() {
      return (await client.listSpecialties()).data.map((s) => ({ id: s.id, name: s.name }));
    },
  };
}
