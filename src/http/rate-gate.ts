import { setTimeout as sleepFor } from 'node:timers/promises';

/**
 * Shared by every worker of a batch (HttpCore calls `waitTurn` before each attempt and `pauseFor` on a 429), so that
 * when the service says "slow down" the whole pool waits once, instead of each worker finding out on its own.
 */
export interface RateGate {
  waitTurn(signal: AbortSignal): Promise<void>;
  pauseFor(ms: number): void;
}

/** The gate's sense of time: injectable together, so the pause arithmetic can be tested on a fake clock. */
export interface RateGateClock {
  now?: () => number;
  /** Resolves after `ms`, rejects when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const realSleep = (ms: number, signal: AbortSignal): Promise<void> => sleepFor(ms, undefined, { signal });

export function createRateGate({ now = Date.now, sleep = realSleep }: RateGateClock = {}): RateGate {
  let pausedUntil = 0;
  return {
    async waitTurn(signal) {
      signal.throwIfAborted();
      // A loop, because another 429 may push the pause further while we sleep.
      for (let wait = pausedUntil - now(); wait > 0; wait = pausedUntil - now()) {
        await sleep(wait, signal);
      }
    },
    pauseFor(ms) {
      // Never shorten a pause another worker asked for.
      pausedUntil = Math.max(pausedUntil, now() + Math.max(0, ms));
    },
  };
}

/** Wraps the shared gate for one batch item, counting its attempts (HttpCore asks once per attempt). */
export function countAttempts(gate: RateGate): RateGate & { readonly attempts: number } {
  let attempts = 0;
  return {
    get attempts() {
      return attempts;
    },
    waitTurn(signal) {
      attempts++;
      return gate.waitTurn(signal);
    },
    pauseFor: (ms) => gate.pauseFor(ms),
  };
}
