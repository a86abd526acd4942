import { InvalidResponseError, JobFailedError } from '../../errors.js';
import { describeSchemaFailure } from '../../http/schema-failure.js';
import { waitForJob, type JobState, type WaitOptions } from '../../jobs/wait-for-job.js';
import type { SoapNoteApiClient } from './client.js';
import { soapNoteSchema, type JobStatus, type SoapNote } from './schemas.js';

/** Turns a job status answer into a state: a completed note is checked against the note schema first. */
export function readJobStatus(noteId: string, status: JobStatus): JobState<SoapNote> {
  if (status.status === 'failed') {
    throw new JobFailedError(`note ${noteId} failed: ${status.message ?? 'the service gave no reason'}`, { hint: 'check the recording and submit it again' });
  }
  if (status.status === 'processing') return { done: false, label: 'processing' };
  const note = soapNoteSchema.safeParse({ noteId, ...status });
  if (!note.success) {
    throw new InvalidResponseError(`SOAPNoteAPI reported note ${noteId} completed but ${describeSchemaFailure(note.error)}`, {
      status: 200,
      code: undefined,
      requestId: undefined,
      service: 'SOAPNoteAPI',
    });
  }
  return { done: true, result: note.data };
}

/** Polls a SOAPNoteAPI job (the audio status endpoint, or the note itself) until it completes or fails. */
export function waitForNote(client: SoapNoteApiClient, noteId: string, via: 'audio' | 'note', options: Omit<WaitOptions, 'job'>): Promise<SoapNote> {
  const fetchStatus = via === 'audio' ? () => client.getAudioStatus(noteId) : () => client.getNote(noteId);
  return waitForJob(async () => readJobStatus(noteId, (await fetchStatus()).data), { ...options, job: { id: noteId, kind: 'note' } });
}
