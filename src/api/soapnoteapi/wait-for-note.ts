import { InvalidResponseError, JobFailedError, NotFoundError } from '../../errors.js';
import { describeSchemaFailure } from '../../http/schema-failure.js';
import { waitForJob, type JobState, type WaitOptions } from '../../jobs/wait-for-job.js';
import { carriesSections } from '../../note/index.js';
import type { SoapNoteApiClient } from './client.js';
import { soapNoteSchema, type JobStatus, type NoteJob, type SoapNote } from './schemas.js';

/** Statuses that say a job is still going even when some note fields are already there. */
const RUNNING = new Set(['processing', 'queued', 'pending', 'in_progress', 'running', 'transcribing', 'generating']);
const FAILED = new Set(['failed', 'error']);
/** 404s allowed right after an upload, before the service knows the job it just accepted. */
const NOT_FOUND_GRACE = 2;

function describeFailure(status: JobStatus): string {
  const error = typeof status.error === 'string' ? status.error : status.error?.message;
  return status.message?.trim() || error?.trim() || 'the service gave no reason';
}

function invalid(noteId: string, what: string): InvalidResponseError {
  return new InvalidResponseError(`SOAPNoteAPI reported note ${noteId} completed but ${what}`, { status: 200, code: undefined, requestId: undefined, service: 'SOAPNoteAPI' });
}

/**
 * Reads a status answer, statuses compared without case: `failed`/`error` throws with the service's reason; note
 * fields mean done (also with no status at all); `completed` without them is done with the note still to fetch
 * (result undefined); any other status, known or not, means still running.
 */
export function readJobStatus(noteId: string, status: JobStatus): JobState<SoapNote | undefined> {
  const word = (status.status ?? '').trim().toLowerCase();
  if (FAILED.has(word)) {
    throw new JobFailedError(`note ${noteId} failed: ${describeFailure(status)}`, { hint: 'check the recording and submit it again' });
  }
  if (carriesSections(status) && !RUNNING.has(word)) {
    const note = soapNoteSchema.safeParse({ ...status, noteId: status.noteId ?? noteId });
    if (!note.success) throw invalid(noteId, describeSchemaFailure(note.error));
    return { done: true, result: note.data };
  }
  if (word === 'completed') return { done: true, result: undefined };
  return { done: false, label: word || 'processing' };
}

/** GET /v1/note/:id, for a job whose status said completed without the note. */
async function fetchCompletedNote(client: SoapNoteApiClient, noteId: string): Promise<JobState<SoapNote>> {
  const state = readJobStatus(noteId, (await client.getNote(noteId)).data);
  if (!state.done) return state;
  if (!state.result) throw invalid(noteId, 'sent no note');
  return { done: true, result: state.result };
}

/**
 * Polls a SOAPNoteAPI job until it completes or fails: after an upload, its status URL or GET /v1/audio/status/:id
 * (a 404 right after the upload is retried twice), fetching the note by id when the status carries none; for
 * `soap status`, the note itself. No deadline unless `waitTimeoutMs` (a paid job is never abandoned silently).
 */
export function waitForNote(client: SoapNoteApiClient, job: NoteJob, via: 'audio' | 'note', options: Omit<WaitOptions, 'job'>): Promise<SoapNote> {
  let graceLeft = via === 'audio' ? NOT_FOUND_GRACE : 0;
  const check = async (): Promise<JobState<SoapNote>> => {
    let status: JobStatus;
    try {
      status = (await (via === 'audio' ? client.getAudioStatus(job.id, job.statusPath) : client.getNote(job.id))).data;
    } catch (err) {
      if (err instanceof NotFoundError && graceLeft-- > 0) return { done: false, label: 'processing' };
      throw err;
    }
    graceLeft = 0;
    const state = readJobStatus(job.id, status);
    if (!state.done) return state;
    return state.result ? { done: true, result: state.result } : fetchCompletedNote(client, job.id);
  };
  return waitForJob(check, { ...options, job: { id: job.id, kind: 'note' } });
}

/** One look at a note by id (`soap status` without --wait): the note, or undefined while it is still being made. */
export async function lookUpNote(client: SoapNoteApiClient, noteId: string): Promise<SoapNote | undefined> {
  const state = await fetchCompletedNote(client, noteId);
  return state.done ? state.result : undefined;
}
