import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { FormData } from 'undici';
import type { HttpCore } from '../../http/core.js';
import { visitSummarySchema, type VisitSummaryRequest } from './visit-schemas.js';
import { audioAnswerSchema, jobStatusSchema, noteSchema, specialtiesSchema, type NoteRequest } from './schemas.js';

/** SOAPNoteAPI resources; every method is one call through the shared HTTP core. */
export class SoapNoteApiClient {
  constructor(readonly core: HttpCore) {}

  createNote(body: NoteRequest) {
    return this.core.json({ method: 'POST', path: '/v1/note', json: body }, noteSchema);
  }

  getNote(noteId: string) {
    return this.core.json({ method: 'GET', path: `/v1/note/${encodeURIComponent(noteId)}` }, jobStatusSchema);
  }

  getAudioStatus(noteId: string) {
    return this.core.json({ method: 'GET', path: `/v1/audio/status/${encodeURIComponent(noteId)}` }, jobStatusSchema);
  }

  /** Multipart upload streamed from disk; the form is rebuilt per attempt so a retry re-opens the file. */
  createAudioNote(audio: { path: string; mime: string }, fields: { specialty: string; template?: string }) {
    const body = async () => {
      const form = new FormData();
      form.set('audio', await openAsBlob(audio.path, { type: audio.mime }), basename(audio.path));
      form.set('specialty', fields.specialty);
      if (fields.template) form.set('template', fields.template);
      return form;
    };
    return this.core.json({ method: 'POST', path: '/v1/note/audio', body }, audioAnswerSchema);
  }

  async streamNote(body: NoteRequest) {
    return this.core.stream({ method: 'POST', path: '/v1/stream/note', json: body, accept: 'text/event-stream' });
  }

  createVisitSummary(body: VisitSummaryRequest) {
    return this.core.json({ method: 'POST', path: '/v1/visit-summary', json: body }, visitSummarySchema);
  }

  listSpecialties() {
    return this.core.json({ method: 'GET', path: '/v1/specialties' }, specialtiesSchema);
  }
}
