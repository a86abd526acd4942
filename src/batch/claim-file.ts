import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';

/** Who holds a claim: enough to tell a live run from a dead one, and to tell the user who it is. */
export interface ClaimOwner {
  pid: number;
  host: string;
  /** ISO time the run started. */
  started: string;
  /** Random per run: a claim left by an earlier process with this run's pid is not this run's. */
  run: string;
}

/** What a claim file says, and when it was last refreshed. */
interface SeenClaim {
  owner: ClaimOwner | undefined;
  mtimeMs: number;
  /** dev:ino, so a take-over removes only the very file it judged stale. */
  inode: string;
}

export interface ClaimTiming {
  /** A claim not refreshed for this long belongs to a dead run (or one on another host that stopped). Default 5 min. */
  staleAfterMs: number;
  now(): number;
}

export const DEFAULT_STALE_AFTER_MS = 5 * 60_000;

/** Runs of this process still going: a claim with this pid is alive only if its run is one of them. */
const liveRuns = new Set<string>();

/** This process's identity for every claim it makes in one run; `retireOwner` when the run ends. */
export function createOwner(now: () => number = Date.now): ClaimOwner {
  const owner = { pid: process.pid, host: hostname(), started: new Date(now()).toISOString(), run: randomBytes(8).toString('hex') };
  liveRuns.add(owner.run);
  return owner;
}

/** The run is over: a claim of it that is still around (none should be) is stale from now on. */
export function retireOwner(owner: ClaimOwner): void {
  liveRuns.delete(owner.run);
}

function parseOwner(text: string): ClaimOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<ClaimOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.run === 'string') {
      return { pid: value.pid, host: value.host, started: String(value.started ?? ''), run: value.run };
    }
  } catch {
    // A claim is written in one go right after it is created: unreadable means being written, or torn by a crash.
  }
  return undefined;
}

export async function readClaim(path: string): Promise<SeenClaim | undefined> {
  try {
    const [info, text] = await Promise.all([stat(path, { bigint: true }), readFile(path, 'utf8')]);
    return { owner: parseOwner(text), mtimeMs: Number(info.mtimeMs), inode: `${info.dev}:${info.ino}` };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A claim is stale when its run is surely gone: on this host, its process is dead (or has this process's pid but
 * none of its runs: an earlier process had the pid); anywhere, it has not been refreshed for `staleAfterMs` (live
 * runs refresh theirs every 30 s).
 */
export function isStale(seen: { owner: ClaimOwner | undefined; mtimeMs: number }, self: ClaimOwner, timing: ClaimTiming): boolean {
  const { owner } = seen;
  if (owner && owner.host === self.host) {
    if (owner.pid === process.pid ? !liveRuns.has(owner.run) : !isAlive(owner.pid)) return true;
  }
  return timing.now() - seen.mtimeMs > timing.staleAfterMs;
}

/** "pid 4242 on ci-runner-3 since 2026-11-28T02:00:00.000Z", or what little is known of a claim being written. */
export function describeOwner(owner: ClaimOwner | undefined): string {
  return owner ? `pid ${owner.pid} on ${owner.host} since ${owner.started}` : 'a run whose claim is being written';
}

/** Creates the claim file, failing with EEXIST when any other claim is there (O_EXCL: one creator wins, NFSv3+ too). */
export async function createClaim(path: string, owner: ClaimOwner): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`);
    await handle.close();
  } catch (err) {
    // A claim that could not be written whole (a full disk) is removed, not left to look like a live run's.
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw err;
  }
}

/** A take-over lasts milliseconds; a take-over lock older than this was left by a crash in the middle of one. */
const TAKEOVER_STALE_MS = 30_000;

/**
 * Removes a stale claim, one run at a time: several runs may judge the same claim stale at once, and without the
 * take-over lock one could remove the fresh claim another has just made in its place. Under the lock the claim is
 * looked at again and removed only if it is still the stale one. A run that finds the lock taken leaves the
 * take-over to its holder and tries again.
 */
async function removeStale(path: string, judged: SeenClaim, owner: ClaimOwner, timing: ClaimTiming): Promise<void> {
  const lock = `${path}.takeover`;
  try {
    await createClaim(lock, owner);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const held = await readClaim(lock);
    if (held && timing.now() - held.mtimeMs > TAKEOVER_STALE_MS) await unlink(lock).catch(() => undefined);
    return;
  }
  try {
    const now = await readClaim(path);
    if (now && now.inode === judged.inode && isStale(now, owner, timing)) await unlink(path).catch(() => undefined);
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

export type ClaimResult = { held: true; release: () => Promise<void> } | { held: false; heldBy: string };

/**
 * Claims `path` for `owner`: created exclusively, holding pid, host, start time and run id. A stale claim (see
 * isStale) is taken over; a live one is left alone and described.
 */
export async function acquireClaim(path: string, owner: ClaimOwner, timing: ClaimTiming): Promise<ClaimResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createClaim(path, owner);
      return { held: true, release: () => releaseClaim(path, owner) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const seen = await readClaim(path);
    if (!seen) continue; // released between our attempt and the look
    if (!isStale(seen, owner, timing)) return { held: false, heldBy: describeOwner(seen.owner) };
    await removeStale(path, seen, owner, timing);
  }
  return { held: false, heldBy: 'other runs (the claim kept changing hands)' };
}

/** Removes the claim only if it is still this run's: a claim taken over by another run is theirs now. */
async function releaseClaim(path: string, owner: ClaimOwner): Promise<void> {
  const seen = await readClaim(path);
  if (seen?.owner?.run === owner.run && seen.owner.pid === owner.pid) await unlink(path).catch(() => undefined);
}

/** Marks a held claim as alive now. */
export async function refreshClaim(path: string, now: number): Promise<void> {
  const at = new Date(now);
  await utimes(path, at, at).catch(() => undefined);
}
