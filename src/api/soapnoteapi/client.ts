import { basename } from 'node:path';
import type { HttpCore } from '../../http/core.js';
import { buildMultipartUpload } from '../../http/file-upload.js';
import { visitSummarySchema, type NoteRequest, type VisitSummaryRequest } from '../../note/index.js';
import { jobStatusSchema, soapNoteSchema, type AudioNoteRequest } from './schemas.js';
import { specialtyListSchema } from './specialty-list.js';

export interface AudioUpload {
  path: string;
  mime: string;
  size: number;
}

/** The seeds' flat form fields: specialty, template and the booleans asked for, as "true". */
function flatFields(request: AudioNoteRequest): Record<string, string> {
  const fields: Record<string, string> = { specialty: request.specialty };
  if (request.template) fields.template = request.template;
  if (request.include_billing_codes) fields.include_billing_codes = 'true';
  if (request.include_patient_summary) fields.include_patient_summary = 'true';
  // What flat fields cannot carry goes in a metadata part too, which an older server ignores.
  const { context, include_icd11, include_transcript } = request;
  if (context || include_icd11 || include_transcript) fields.metadata = JSON.stringify(request);
  return fields;
}

/** SOAPNoteAPI resources; every method is one call through the shared HTTP core. */
export class SoapNoteApiClient {
  constructor(readonly core: HttpCore) {}

  createNote(body: NoteRequest) {
    return this.core.json({ method: 'POST', path: '/v1/note', json: body, billable: true }, soapNoteSchema);
  }

  getNote(noteId: string) {
    return this.core.json({ method: 'GET', path: `/v1/note/${encodeURIComponent(noteId)}` }, jobStatusSchema);
  }

  /** The job's status at `statusPath` (a status URL the upload answered with), else GET /v1/audio/status/:id. */
  getAudioStatus(noteId: string, statusPath?: string) {
    return this.core.json({ method: 'GET', path: statusPath ?? `/v1/audio/status/${encodeURIComponent(noteId)}` }, jobStatusSchema);
  }

  /** PUT /v1/note/audio (help center, the vendor's client): the `audio` part and a `metadata` JSON part. */
  putAudioNote(audio: AudioUpload, request: AudioNoteRequest) {
    return this.uploadAudio('PUT', audio, { metadata: JSON.stringify(request) });
  }

  /** POST /v1/note/audio (the seeds): the `audio` part and flat form fields. */
  postAudioNote(audio: AudioUpload, request: AudioNoteRequest) {
    return this.uploadAudio('POST', audio, flatFields(request));
  }

  streamNote(body: NoteRequest) {
    return this.core.sse({ method: 'POST', path: '/v1/stream/note', json: body, billable: true });
  }

  createVisitSummary(body: VisitSummaryRequest) {
    return this.core.json({ method: 'POST', path: '/v1/visit-summary', json: body, billable: true }, visitSummarySchema);
  }

  /** The public list (no key needed), in whatever shape it comes. */
  listSpecialties() {
    return this.core.json({ method: 'GET', path: '/v1/specialties' }, specialtyListSchema);
  }

  /** Multipart upload streamed from disk; each attempt re-opens the file, so a retry sends all of it. The answer is read by readAudioAnswer. */
  private uploadAudio(method: 'PUT' | 'POST', audio: AudioUpload, fields: Record<string, string>) {
    const upload = buildMultipartUpload(fields, { field: 'audio', path: audio.path, filename: basename(audio.path), contentType: audio.mime, size: audio.size });
    return this.core.json({ method, path: '/v1/note/audio', body: upload.open, contentType: upload.contentType, contentLength: upload.contentLength, billable: true }, jobStatusSchema);
  }

  /** `soap doctor`: a note that cannot exist — 404 once the key is accepted, 401/403 if not; free, and sends nothing. */
  checkKey() {
    return this.core.json({ method: 'GET', path: '/v1/note/soap-doctor-key-check' }, jobStatusSchema);
  }
}
