import type { Settings } from '../config/resolve-settings.js';
import type { HttpCoreOptions } from '../http/core.js';
import type { CommandIo } from '../commands/io.js';
import { createSoapNoteApiClient, SOAPNOTEAPI_HINTS } from '../api/soapnoteapi/create-client.js';
import { readNoteStream } from '../api/soapnoteapi/note-stream.js';
import type { NoteBackend } from './types.js';

/** SOAPNoteAPI as a backend: its answers pass through as they are, tagged with the provider. */
export function createSoapNoteApiBackend(settings: Settings, io: CommandIo, rateGate?: HttpCoreOptions['rateGate']): NoteBackend {
  const client = createSoapNoteApiClient(settings, io, rateGate);
  return {
    async createNote(request) {
      const { data } = await client.createNote(request);
      return { ...data, provider: 'soapnoteapi' };
    },
    async *streamNote(request) {
      yield* readNoteStream(await client.streamNote(request), SOAPNOTEAPI_HINTS);
    },
    async summarizeVisits(request) {
      return (await client.createVisitSummary(request)).data;
    },
  };
}
