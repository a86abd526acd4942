import { InterruptedError, JobPendingError, SoapError, type JobRef } from '../errors.js';
import { pollStatus, type PollOptions } from './poll.js';

export type JobState<T> = { done: false; label: string } | { done: true; result: T };

export interface WaitOptions extends Omit<PollOptions, 'signal'> {
  /** Ctrl-C. */
  signal: AbortSignal;
  /** Give up waiting (not the job) after this long; undefined waits as long as it takes. */
  waitTimeoutMs?: number;
  job: JobRef;
  onProgress?: (label: string, elapsedMs: number) => void;
}

/**
 * Waits for a paid async job. Stopping early (Ctrl-C or the wait timeout) never abandons it silently: the error
 * names the job, and the command adds the exact command that resumes it.
 */
export async function waitForJob<T>(check: () => Promise<JobState<T>>, options: WaitOptions): Promise<T> {
  const started = Date.now();
  const timeout = options.waitTimeoutMs === undefined ? undefined : AbortSignal.timeout(options.waitTimeoutMs);
  const signal = timeout ? AbortSignal.any([options.signal, timeout]) : options.signal;
  const { job } = options;
  try {
    for await (const state of pollStatus(check, { ...options, signal })) {
      if (state.done) return state.result;
      options.onProgress?.(state.label, Date.now() - started);
    }
  } catch (err) {
    if (!signal.aborted || (err instanceof SoapError && !(err instanceof InterruptedError))) throw err;
    if (options.signal.aborted) throw new InterruptedError(`interrupted; job ${job.id} is still running`, { job });
    throw new JobPendingError(`job ${job.id} is still running after ${Math.round((Date.now() - started) / 1000)} s`, job);
  }
  throw new Error('unreachable: polling ended without a state');
}
