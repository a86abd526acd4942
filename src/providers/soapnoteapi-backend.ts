import { readAudioAnswer, uploadAudio } from '../api/soapnoteapi/audio-upload.js';
import { createSoapNoteApiClient } from '../api/soapnoteapi/create-client.js';
import { readNoteStream } from '../api/soapnoteapi/note-stream.js';
import { lookUpNote, waitForNote } from '../api/soapnoteapi/wait-for-note.js';
import { UsageError } from '../errors.js';
import { formatElapsed } from '../jobs/format-elapsed.js';
import type { Backend, BackendRuntime, ConnectionSettings, Specialty } from './types.js';

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
    /**
     * One multipart upload (PUT, or POST where only that is allowed), told apart by its body: a note, or a job polled
     * until it is done (or handed back pending without `wait`).
     */
    async createAudioNote(source, request, hooks) {
      if (!('file' in source)) throw new UsageError('SOAPNoteAPI takes recordings as files; download the recording first');
      const audio = source.file;
      if (audio.durationSec !== undefined && audio.durationSec >= ASYNC_FROM_SEC) {
        hooks.notice?.(`${audio.path} is ${formatElapsed(audio.durationSec * 1000)} long: the service will answer asynchronously and soap will poll for the note`);
      }
      hooks.onProgress?.(`Uploading ${audio.path} and writing the note…`);
      const answer = readAudioAnswer(await uploadAudio(client, audio, request, runtime.debug), client.core.options.baseUrl);
      if ('note' in answer) return { note: tag(answer.note) };
      const { job } = answer;
      if (!hooks.wait) return { pending: { id: job.id, kind: 'note' } };
      const note = await waitForNote(client, job, 'audio', {
        signal: runtime.signal,
        waitTimeoutMs: hooks.waitTimeoutMs,
        onProgress: (_label, ms) => hooks.onProgress?.(`Processing ${job.id}… ${formatElapsed(ms)}`),
      });
      return { note: tag(note) };
    },
    /** GET /v1/note/:id once, or polled until it is completed or failed. */
    async getJob(id, query) {
      if (query.wait) {
        return { note: tag(await waitForNote(client, { id }, 'note', { signal: runtime.signal, waitTimeoutMs: query.waitTimeoutMs, onProgress: query.onProgress })) };
      }
      const note = await lookUpNote(client, id);
      return note ? { note: tag(note) } : { pending: { id, kind: 'note' } };
    },
  };
}

/** The service's public specialty list (no key needed: the key is sent only when one is set). */
export async function fetchSoapNoteApiSpecialties(connection: ConnectionSettings, runtime: BackendRuntime): Promise<Specialty[]> {
  return (await createSoapNoteApiClient(connection, runtime).listSpecialties()).data;
}
