import { setTimeout as sleep } from 'node:timers/promises';

export interface PollOptions {
  signal: AbortSignal;
  /** First wait between polls; grows by `factor` up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
}

/**
 * Polls `fetchStatus` until the caller stops iterating: the first poll is immediate, then waits grow from about
 * 1 s to at most 10 s. Aborting `signal` ends the wait at once (the iterator throws the abort reason).
 */
export async function* pollStatus<T>(fetchStatus: () => Promise<T>, options: PollOptions): AsyncGenerator<T> {
  let delay = options.initialDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const factor = options.factor ?? 1.5;
  for (;;) {
    options.signal.throwIfAborted();
    yield await fetchStatus();
    await sleep(delay, undefined, { signal: options.signal });
    delay = Math.min(Math.round(delay * factor), maxDelay);
  }
}
