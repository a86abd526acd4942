import { setTimeout as sleep } from 'node:timers/promises';
import { AuthError, JobFailedError } from '../../errors.js';
import { waitForJob, type JobState } from '../../jobs/wait-for-job.js';
import type { AssemblyAiClient } from './client.js';
import type { Transcript } from './schemas.js';

/** The seeds poll every 3 s; 3 s growing to 5 s keeps well inside the 20,000 requests per 5 minutes of an account. */
const POLL_FIRST_MS = 3_000;
const POLL_MAX_MS = 5_000;
/** Backoff after a 403 while polling: 5 s doubling, at most a minute per wait. */
const FORBIDDEN_FIRST_MS = 5_000;
const FORBIDDEN_MAX_MS = 60_000;

export interface WaitForTranscriptOptions {
  signal: AbortSignal;
  /** Stop waiting (the job goes on) after this long; by default wait as long as it takes. */
  waitTimeoutMs?: number;
  onProgress?: (label: string, elapsedMs: number) => void;
  /** Poll pacing; tests shorten it. Defaults: 3 s growing to 5 s. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A call to the API already succeeded (the transcript was just submitted), so a 403 is read as rate limiting. */
  afterSuccess?: boolean;
  /** 403s in a row taken as rate limiting before giving up as a refused key (default 2). */
  rateLimitRetries?: number;
  /** First backoff after such a 403 (default 5 s, doubling); tests shorten it. */
  rateLimitDelayMs?: number;
  /** The --debug trace. */
  debug?: (line: string) => void;
}

export type CompletedTranscript = Transcript & { status: 'completed'; text: string };

export function readTranscriptState(transcript: Transcript): JobState<CompletedTranscript> {
  if (transcript.status === 'error') {
    throw new JobFailedError(`AssemblyAI could not transcribe the audio (transcript ${transcript.id}): ${transcript.error ?? 'no reason given'}`, {
      hint: 'check that the file is audio the service supports, then run the command again',
    });
  }
  if (transcript.status === 'completed') return { done: true, result: { ...transcript, status: 'completed', text: transcript.text ?? '' } };
  return { done: false, label: transcript.status };
}

/**
 * Polls a transcript until it is completed (or failed); also what `soap status <id> --provider assemblyai --wait`
 * runs. AssemblyAI answers 403 to an account over its request rate, so a 403 after calls that succeeded is waited
 * out with a backoff (a few times) before it is believed to be a refused key.
 */
export function waitForTranscript(api: AssemblyAiClient, transcriptId: string, options: WaitForTranscriptOptions): Promise<CompletedTranscript> {
  let succeeded = options.afterSuccess ?? false;
  let forbidden = 0;
  const retries = options.rateLimitRetries ?? 2;
  const check = async (): Promise<JobState<CompletedTranscript>> => {
    try {
      const { data } = await api.getTranscript(transcriptId);
      succeeded = true;
      forbidden = 0;
      return readTranscriptState(data);
    } catch (err) {
      if (!(err instanceof AuthError && err.status === 403 && succeeded)) throw err;
      if (forbidden >= retries) {
        err.hint = `${err.hint ?? ''}; after ${forbidden} waits it is more likely the key than the rate limit (transcript ${transcriptId} is still running)`;
        throw err;
      }
      const delay = Math.min((options.rateLimitDelayMs ?? FORBIDDEN_FIRST_MS) * 2 ** forbidden, FORBIDDEN_MAX_MS);
      forbidden++;
      options.debug?.(`AssemblyAI answered 403 while polling ${transcriptId}: probably the rate limit; waiting ${delay} ms (${forbidden}/${retries})`);
      await sleep(delay, undefined, { signal: options.signal });
      return { done: false, label: 'rate limited, waiting' };
    }
  };
  return waitForJob(check, {
    signal: options.signal,
    waitTimeoutMs: options.waitTimeoutMs,
    onProgress: options.onProgress,
    initialDelayMs: options.initialDelayMs ?? POLL_FIRST_MS,
    maxDelayMs: options.maxDelayMs ?? POLL_MAX_MS,
    job: { id: transcriptId, kind: 'transcript' },
  });
}
