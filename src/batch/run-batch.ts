import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import { ApiError } from '../errors.js';
import { countAttempts, createRateGate, type RateGate } from '../http/rate-gate.js';
import { UnkeptNoteError } from '../output/unkept-note.js';
import type { ClaimResult } from './claim-file.js';
import type { BatchInput } from './expand-inputs.js';

export interface ItemResult {
  noteId?: string;
  output?: string;
  /** Token usage, when the provider reported it (issue 12). */
  usage?: unknown;
}

export interface BatchOutcome {
  input: string;
  output?: string;
  status: 'ok' | 'skipped' | 'failed';
  noteId?: string;
  attempts: number;
  duration_ms: number;
  error?: { code: string; message: string };
  /** Why an input was skipped: its output exists, or another run holds it. */
  reason?: string;
  /** Token usage, when the provider reported it (issue 12). */
  usage?: unknown;
  /** The typed error behind `error`, so exit codes are decided in one place (never written to the report). */
  failure?: unknown;
}

export interface BatchCounts {
  ok: number;
  skipped: number;
  failed: number;
  /** Never started: scheduling stopped by Ctrl-C or --fail-fast. Not in `outcomes`; a re-run picks them up. */
  notStarted: number;
}

export interface BatchOptions {
  concurrency: number;
  failFast: boolean;
  /** First Ctrl-C: stop scheduling. */
  signal: AbortSignal;
  /** Second Ctrl-C: the caller passes it to the HTTP layer of in-flight work; here it only marks the run interrupted. */
  hardSignal?: AbortSignal;
  /** Decides skip (existing output) before scheduling an item; returns the existing output path to report. */
  shouldSkip?(input: BatchInput): Promise<string | undefined>;
  /**
   * Claims an input before it is sent, so that runs sharing an out-dir never pay for one input twice. An input
   * another run holds is set aside and tried again once this run's other work is done, until that run releases it
   * (written: then skipped here) or its claim goes stale; on a stop it is reported skipped, naming the holder.
   */
  claim?(input: BatchInput): Promise<ClaimResult>;
  /** First wait before trying held inputs again (doubles up to 5 s); default 250 ms. */
  recheckMs?: number;
  /** Called once when inputs held by another run are all that is left. */
  onWaiting?(count: number): void;
  /** Report writer, NDJSON on stdout and progress hook here; called once per outcome, as it happens. */
  onOutcome?(outcome: BatchOutcome): void;
  /** Shared by every item; a fresh one by default. */
  gate?: RateGate;
  now?: () => number;
}

export interface BatchResult {
  /** In input order; items never started are absent. */
  outcomes: BatchOutcome[];
  interrupted: boolean;
  counts: BatchCounts;
}

/** The code a report shows: the service's own code when it gave one, else the error class (e.g. TimeoutError). */
export function describeFailure(err: unknown): { code: string; message: string } {
  if ((err instanceof ApiError || err instanceof UnkeptNoteError) && err.code) return { code: err.code, message: err.message };
  if (err instanceof Error) return { code: err.name || 'Error', message: err.message };
  return { code: 'Error', message: String(err) };
}

/** runOne never throws, so the only rejection is p-limit's AbortError for a task dropped by clearQueue(). */
function ignoreCleared(err: unknown): void {
  if (!(err instanceof Error && err.name === 'AbortError')) throw err;
}

/**
 * Runs `processItem` over inputs with bounded concurrency. `gate` is a per-item wrapper of the shared RateGate that
 * counts attempts. Failures are outcomes, not exceptions. Memory stays flat: only the small outcomes are kept,
 * never notes.
 */
export async function runBatch(
  inputs: BatchInput[],
  processItem: (input: BatchInput, gate: RateGate) => Promise<ItemResult>,
  options: BatchOptions,
): Promise<BatchResult> {
  const now = options.now ?? Date.now;
  const shared = options.gate ?? createRateGate({ now });
  // rejectOnClear, so that clearing the queue settles the dropped tasks' promises (else Promise.all never returns).
  const limit = pLimit({ concurrency: Math.max(1, Math.floor(options.concurrency)), rejectOnClear: true });
  const outcomes = new Array<BatchOutcome | undefined>(inputs.length);
  const counts: BatchCounts = { ok: 0, skipped: 0, failed: 0, notStarted: 0 };
  let stopped = false;
  /** A hook that threw (the report cannot be written): stop, let in-flight work finish, then throw it. */
  let fatal: { error: unknown } | undefined;
  /** Ends the wait for inputs another run holds. */
  const stopping = new AbortController();
  const stop = (): void => {
    stopped = true;
    limit.clearQueue();
    stopping.abort();
  };

  const settle = (index: number, outcome: BatchOutcome): void => {
    outcomes[index] = outcome;
    counts[outcome.status]++;
    if (outcome.status === 'failed' && options.failFast) stop();
    try {
      options.onOutcome?.(outcome);
    } catch (error) {
      fatal ??= { error };
      stop();
    }
  };

  /** Inputs another run holds, by index, with who holds them. */
  const heldElsewhere = new Map<number, string>();
  /** Claims being released; all are gone before runBatch returns. */
  const releasing = new Set<Promise<void>>();

  const runOne = async (input: BatchInput, index: number): Promise<void> => {
    // clearQueue() drops what is queued, but a task may already be on its way out of the queue.
    if (stopped) return;
    const started = now();
    const gate = countAttempts(shared);
    let release: (() => Promise<void>) | undefined;
    try {
      // An output that exists is skipped without a claim; one that appears while claiming was written by the
      // run that held it a moment ago, so it is looked for again once the claim is ours.
      let existing = await options.shouldSkip?.(input);
      if (existing === undefined && options.claim) {
        const claim = await options.claim(input);
        if (!claim.held) {
          heldElsewhere.set(index, claim.heldBy);
          return;
        }
        release = claim.release;
        existing = await options.shouldSkip?.(input);
      }
      if (existing !== undefined) {
        settle(index, { input: input.path, output: existing, status: 'skipped', reason: 'output exists', attempts: 0, duration_ms: now() - started });
        return;
      }
      const result = await processItem(input, gate);
      settle(index, {
        input: input.path,
        ...(result.output !== undefined ? { output: result.output } : {}),
        status: 'ok',
        ...(result.noteId !== undefined ? { noteId: result.noteId } : {}),
        // A backend without HTTP (the local one) never asks the gate, yet it did make the note once.
        attempts: Math.max(1, gate.attempts),
        duration_ms: now() - started,
        ...(result.usage !== undefined ? { usage: result.usage } : {}),
      });
    } catch (err) {
      // A note paid for but not kept still has its id in the report, so `soap status` can fetch it.
      const paid = err instanceof UnkeptNoteError;
      const noteId = paid ? err.noteId : undefined;
      const attempts = paid ? Math.max(1, gate.attempts) : gate.attempts;
      settle(index, { input: input.path, status: 'failed', ...(noteId ? { noteId } : {}), attempts, duration_ms: now() - started, error: describeFailure(err), failure: err });
    } finally {
      // Released in the background: the slot goes to the next input at once, as it would without claims.
      if (release) {
        const done: Promise<void> = release().finally(() => releasing.delete(done));
        releasing.add(done);
      }
    }
  };
  const runAll = (indexes: number[]) => Promise.all(indexes.map((index) => limit(() => runOne(inputs[index]!, index)).catch(ignoreCleared)));

  const onAbort = (): void => stop();
  if (options.signal.aborted) stop();
  options.signal.addEventListener('abort', onAbort, { once: true });
  try {
    // p-limit's queue holds one small closure per input; tasks are created lazily as slots free up.
    await runAll(inputs.map((_, index) => index));
    let waitMs = options.recheckMs ?? 250;
    if (heldElsewhere.size > 0 && !stopped) options.onWaiting?.(heldElsewhere.size);
    while (heldElsewhere.size > 0 && !stopped) {
      await sleep(waitMs, undefined, { signal: stopping.signal }).catch(() => undefined);
      waitMs = Math.min(waitMs * 2, 5000);
      if (stopped) break;
      const again = [...heldElsewhere.keys()];
      heldElsewhere.clear();
      await runAll(again);
    }
  } finally {
    options.signal.removeEventListener('abort', onAbort);
    await Promise.all(releasing);
  }
  for (const [index, heldBy] of heldElsewhere) {
    settle(index, { input: inputs[index]!.path, status: 'skipped', reason: `claimed by another run (${heldBy})`, attempts: 0, duration_ms: 0 });
  }
  if (fatal) throw fatal.error;
  const done = outcomes.filter((o): o is BatchOutcome => o !== undefined);
  counts.notStarted = inputs.length - done.length;
  return { outcomes: done, interrupted: options.signal.aborted || options.hardSignal?.aborted === true, counts };
}
