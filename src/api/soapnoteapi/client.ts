import type { HttpCore } from '../../http/core.js';
import { noteSchema, specialtiesSchema, type NoteRequest } from './schemas.js';

/** SOAPNoteAPI resources; every method is one call through the shared HTTP core. */
export class SoapNoteApiClient {
  constructor(readonly core: HttpCore) {}

  createNote(body: NoteRequest) {
    return this.core.json({ method: 'POST', path: '/v1/note', json: body }, noteSchema);
  }

  getNote(noteId: string) {
    return this.core.json({ method: 'GET', path: `/v1/note/${encodeURIComponent(noteId)}` }, noteSchema.partial({ subjective: true, objective: true, assessment: true, plan: true }));
  }

  async streamNote(body: NoteRequest) {
    return this.core.stream({ method: 'POST', path: '/v1/stream/note', json: body, accept: 'text/event-stream' });
  }

  listSpecialties() {
    return this.core.json({ method: 'GET', path: '/v1/specialties' }, specialtiesSchema);
  }
}
