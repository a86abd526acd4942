import { acquireClaim, createOwner, DEFAULT_STALE_AFTER_MS, refreshClaim, retireOwner, type ClaimOwner, type ClaimResult, type ClaimTiming } from './claim-file.js';

/** Live runs refresh what they hold this often, far inside the stale age, so a slow item is never taken over. */
const REFRESH_MS = 30_000;

export interface ClaimSetOptions {
  staleAfterMs?: number;
  refreshMs?: number;
  now?: () => number;
}

/** The claims of one run: one owner identity, and one timer that keeps every claim it holds fresh. */
export interface ClaimSet {
  readonly owner: ClaimOwner;
  readonly timing: ClaimTiming;
  acquire(path: string): Promise<ClaimResult>;
  /** Keeps a file this run made itself (the report's run marker) fresh until `untrack`. */
  track(path: string): void;
  untrack(path: string): void;
  /** Stops the timer and releases what is still held (a run that stopped early). */
  close(): Promise<void>;
}

export function createClaimSet(options: ClaimSetOptions = {}): ClaimSet {
  const now = options.now ?? Date.now;
  const owner = createOwner(now);
  const timing: ClaimTiming = { staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS, now };
  const held = new Map<string, () => Promise<void>>();
  const tracked = new Set<string>();
  const timer = setInterval(() => {
    for (const path of [...held.keys(), ...tracked]) void refreshClaim(path, now());
  }, options.refreshMs ?? REFRESH_MS);
  timer.unref();
  return {
    owner,
    timing,
    async acquire(path) {
      const result = await acquireClaim(path, owner, timing);
      if (!result.held) return result;
      const release = async () => {
        held.delete(path);
        await result.release();
      };
      held.set(path, release);
      return { held: true, release };
    },
    track: (path) => void tracked.add(path),
    untrack: (path) => void tracked.delete(path),
    async close() {
      clearInterval(timer);
      await Promise.all([...held.values()].map((release) => release()));
      retireOwner(owner);
    },
  };
}
