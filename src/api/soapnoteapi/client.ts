import { basename } from 'node:path';
import type { HttpCore } from '../../http/core.js';
import { buildMultipartUpload } from '../../http/file-upload.js';
import { visitSummarySchema, type NoteRequest, type VisitSummaryRequest } from '../../note/index.js';
import { audioAnswerSchema, jobStatusSchema, soapNoteSchema, specialtiesSchema } from './schemas.js';

/** SOAPNoteAPI resources; every method is one call through the shared HTTP core. */
export class SoapNoteApiClient {
  constructor(readonly core: HttpCore) {}

  createNote(body: NoteRequest) {
    return this.core.json({ method: 'POST', path: '/v1/note', json: body }, soapNoteSchema);
  }

  getNote(noteId: string) {
    return this.core.json({ method: 'GET', path: `/v1/note/${encodeURIComponent(noteId)}` }, jobStatusSchema);
  }

  getAudioStatus(noteId: string) {
    return this.core.json({ method: 'GET', path: `/v1/audio/status/${encodeURIComponent(noteId)}` }, jobStatusSchema);
  }

  /** Multipart upload streamed from disk; each attempt re-opens the file, so a retry sends all of it. */
  createAudioNote(audio: { path: string; mime: string; size: number }, fields: { specialty: string; template?: string }) {
    const upload = buildMultipartUpload(
      { specialty: fields.specialty, ...(fields.template ? { template: fields.template } : {}) },
      { field: 'audio', path: audio.path, filename: basename(audio.path), contentType: audio.mime, size: audio.size },
    );
    return this.core.json(
      { method: 'POST', path: '/v1/note/audio', body: upload.open, contentType: upload.contentType, contentLength: upload.contentLength },
      audioAnswerSchema,
    );
  }

  streamNote(body: NoteRequest) {
    return this.core.sse({ method: 'POST', path: '/v1/stream/note', json: body });
  }

  createVisitSummary(body: VisitSummaryRequest) {
    return this.core.json({ method: 'POST', path: '/v1/visit-summary', json: body }, visitSummarySchema);
  }

  listSpecialties() {
    return this.core.json({ method: 'GET', path: '/v1/specialties' }, specialtiesSchema);
  }

  /** `soap doctor`: a note that cannot exist — 404 once the key is accepted, 401/403 if not; free, and sends nothing. */
  checkKey() {
    return this.core.json({ method: 'GET', path: '/v1/note/soap-doctor-key-check' }, jobStatusSchema);
  }
}
