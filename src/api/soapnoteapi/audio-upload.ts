import { ApiError, InvalidResponseError } from '../../errors.js';
import { canonicalErrorCode } from '../../http/error-codes.js';
import type { CallResult } from '../../http/core.js';
import type { AudioUpload, SoapNoteApiClient } from './client.js';
import type { AudioNoteRequest, JobStatus, NoteJob, SoapNote } from './schemas.js';
import { readJobStatus } from './wait-for-note.js';

function isMethodNotAllowed(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 405 || canonicalErrorCode(err.code) === 'METHOD_NOT_ALLOWED');
}

type UploadMethod = 'PUT' | 'POST';

/**
 * The method each server (by base URL) last took, for this process: after one 405 a batch sends the rest of its
 * recordings the way the server takes them, instead of uploading each one twice.
 */
const METHOD_TAKEN = new Map<string, UploadMethod>();

/**
 * Sends a recording as the help center documents (PUT, `audio` + `metadata`); only when the server refuses the
 * method (405, or METHOD_NOT_ALLOWED) is it sent once more the other way, as the seeds document (POST, flat
 * fields), the file re-opened. Any other failure stands: a fallback must never send a paid recording twice.
 */
export async function uploadAudio(client: SoapNoteApiClient, audio: AudioUpload, request: AudioNoteRequest, debug?: (line: string) => void): Promise<CallResult<JobStatus>> {
  const server = client.core.options.baseUrl.href;
  const first = METHOD_TAKEN.get(server) ?? 'PUT';
  const send = (method: UploadMethod) => (method === 'PUT' ? client.putAudioNote(audio, request) : client.postAudioNote(audio, request));
  try {
    const answer = await send(first);
    METHOD_TAKEN.set(server, first);
    return answer;
  } catch (err) {
    if (!isMethodNotAllowed(err)) throw err;
    const other: UploadMethod = first === 'PUT' ? 'POST' : 'PUT';
    debug?.(`${first} /v1/note/audio is not allowed here (405): sending the recording again with ${other}${other === 'POST' ? ' and form fields, as the older API documents' : ''}`);
    const answer = await send(other);
    METHOD_TAKEN.set(server, other);
    return answer;
  }
}

/**
 * A status URL the answer carries (`status_url`, `statusUrl`, `links.status`), as a path under the base URL. An
 * absolute URL counts only on the base URL's origin: the key is never sent anywhere else.
 */
export function readStatusPath(answer: Record<string, unknown>, base: URL): string | undefined {
  const links = answer.links as Record<string, unknown> | undefined;
  const raw = [answer.status_url, answer.statusUrl, typeof links === 'object' && links !== null ? links.status : undefined].find((v) => typeof v === 'string' && v.trim());
  if (typeof raw !== 'string') return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw.trim())) return raw.trim();
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin) return undefined;
  const prefix = base.pathname.replace(/\/+$/, '');
  const path = prefix && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
  return `${path}${url.search}`;
}

/**
 * An upload's answer told apart by its body, whatever its status (200 or 202): note fields mean the note is done; an
 * id means a job to poll (its status says so, or a status URL); a failed status throws.
 */
export function readAudioAnswer(result: CallResult<JobStatus>, base: URL): { note: SoapNote } | { job: NoteJob } {
  const answer = result.data;
  const raw = answer as Record<string, unknown>;
  const id = [answer.noteId, raw.note_id, raw.id].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  // A failed status throws here; note fields (with no status, or a completed one) are the note.
  const state = readJobStatus(id ?? '(no id)', answer);
  if (state.done && state.result) return { note: state.result };
  if (!id) {
    throw new InvalidResponseError('SOAPNoteAPI answered the upload with neither a note nor a note id', { status: result.status, code: undefined, requestId: result.requestId, service: 'SOAPNoteAPI' }, {
      hint: 'the recording may have been accepted: check your SOAPNoteAPI dashboard before sending it again',
    });
  }
  const statusPath = readStatusPath(raw, base);
  return { job: statusPath ? { id, statusPath } : { id } };
}
