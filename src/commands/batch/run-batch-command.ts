import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CommandIo } from '../command-io.js';
import type { Format } from '../../output/formats.js';
import type { NoteLike } from '../../note/index.js';
import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import { isDecoratedTerminal } from '../../ui/progress.js';
import { exitCodeOf } from '../../report-error.js';
import type { RateGate } from '../../http/rate-gate.js';
import { escapeControlChars } from '../../output/control-chars.js';
import { makeFolders } from '../../output/make-folders.js';
import type { NamedPath } from '../../output/outputs-apart.js';
import { OutputWriteError, UnkeptNoteError } from '../../output/unkept-note.js';
import type { BatchInput } from '../../batch/expand-inputs.js';
import { claimPathFor, outputPathFor } from '../../batch/output-path.js';
import { createClaimSet } from '../../batch/claim-set.js';
import { runBatch, type BatchOutcome } from '../../batch/run-batch.js';
import { openReportWriter } from '../../batch/report-writer.js';
import { renderBatchSummary, startBatchProgress } from '../../batch/batch-progress.js';
import type { BatchOptions } from './batch-options.js';
import { preflightBatch } from './batch-preflight.js';
import { prepareOutputDir } from '../../output/prepare-outputs.js';
import { describeBudget, printRunPlan, type PlanHeader } from '../shared/dry-run.js';
import { assertWithinBudget, type RequestCount } from '../shared/request-count.js';
import { keepNote } from './keep-item.js';

export interface BatchItemNote {
  /** The note object (NDJSON line or JSON file). */
  note: NoteLike;
  /** The note as the chosen format renders it for a file. */
  rendered: string;
  /** --strict findings seen: the run exits 6 when nothing else failed. */
  findings: number;
}

export interface BatchCommand {
  args: string[];
  batch: BatchOptions;
  format: Format;
  extensions: string[];
  /** Files read for every input (--context, --patient-history), which no output may overwrite. */
  otherInputs?: NamedPath[];
  /** --dry-run and --max-requests, with what one input costs. */
  plan: PlanHeader & { countFor(input: BatchInput): RequestCount };
  /** Called once the inputs are known to be good, before any work starts. */
  onStart?(): void;
  /** Makes one note; `io` carries the second-Ctrl-C signal so the first lets in-flight requests finish. */
  makeNote(input: BatchInput, gate: RateGate, io: CommandIo): Promise<BatchItemNote>;
}

/** Failures that no other input can escape (the key or the account, not the input): their exit code, else undefined. */
function exitForAccountFailure(failure: unknown): number | undefined {
  if (failure === undefined) return undefined;
  const code = exitCodeOf(failure);
  return code === ExitCode.auth || code === ExitCode.insufficientBalance ? code : undefined;
}

/** A note or claim that could not be written: the disk or the folder fails every later input alike. Its errno, else undefined. */
function storageErrno(failure: unknown): string | undefined {
  if (failure instanceof OutputWriteError) return failure.errno;
  if (failure instanceof UnkeptNoteError && failure.code === 'NOT_SAVED') return failure.cause instanceof OutputWriteError ? failure.cause.errno : 'error';
  return undefined;
}

/** Inputs left unscheduled (Ctrl-C, --fail-fast, an account failure) still get a report line, so none is unaccounted for. */
function reportNotStarted(inputs: BatchInput[], outcomes: { input: string }[], report: { write(o: BatchOutcome): void }): void {
  const seen = new Set(outcomes.map((o) => o.input));
  for (const input of inputs) {
    if (seen.has(input.path)) continue;
    report.write({
      input: input.path,
      status: 'failed',
      attempts: 0,
      duration_ms: 0,
      error: { code: 'NOT_STARTED', message: 'not started: the run stopped before this input; run the same command again to resume' },
    });
  }
}

/**
 * The stderr line of a failed input: the message (scrubbed of a service's echoes) starts with its path, or gets it;
 * control characters shown escaped.
 */
function failureLine(outcome: BatchOutcome, scrub: (text: string) => string): string {
  const message = scrub(outcome.error?.message ?? 'failed');
  return `✗ ${escapeControlChars(message.startsWith(outcome.input) ? message : `${outcome.input}: ${message}`)}\n`;
}

/**
 * Runs a batch: expands and shards the inputs (bad ones, and outputs that would overwrite an input, refused before
 * anything is sent), claims each input before sending it (runs sharing an out-dir never pay twice), writes each
 * note atomically under --out-dir (or NDJSON / headed text on stdout), reports every outcome, and maps the end to an
 * exit code: 0 all ok or skipped, 5 some failed, 6 strict findings, 130 interrupted.
 */
export async function runBatchCommand(command: BatchCommand, io: CommandIo): Promise<number> {
  const { batch: flags, format } = command;
  const { ctx, globals } = io;
  const inputs = await preflightBatch({ ...command, otherInputs: command.otherInputs ?? [] }, io);
  const { outDir } = flags;
  const { dryRun, maxRequests } = command.plan.plan;
  // Planned only when asked: a plain run looks its outputs up as it goes, not all of them up front.
  if (dryRun || maxRequests !== undefined) {
    const planned = await planBatch(inputs, command);
    if (dryRun) return printRunPlan(command.plan, planned.items, planned.perInput, io);
    assertWithinBudget(planned.total, maxRequests, describeBudget(planned.items, planned.perInput), true);
  }
  if (outDir) await prepareOutputDir(outDir);
  const claims = createClaimSet();
  const report = flags.report ? await openReportWriter(flags.report, claims, io.scrubber.scrub).catch(async (err: unknown) => {
    await claims.close();
    throw err;
  }) : undefined;
  command.onStart?.();
  const progress = await startBatchProgress(ctx.stderr, inputs.length, { quiet: globals.quiet, color: shouldUseColor(ctx.stderr, ctx.env, globals.color) });
  // The first Ctrl-C only stops scheduling; requests in flight see the second one.
  const itemIo: CommandIo = { ...io, ctx: { ...ctx, signal: ctx.hardSignal ?? new AbortController().signal } };
  let findings = 0;
  // A refused key, an empty account or a disk that cannot take the notes fails every input alike: stop scheduling.
  const stopAll = new AbortController();
  let accountExit: number | undefined;
  let storageFailure: string | undefined;
  const started = Date.now();
  // The first Ctrl-C (or SIGTERM) is answered at once: what is in flight finishes, nothing new starts, a second aborts.
  let inFlight = 0;
  const sayStopping = () => {
    if (!globals.quiet) progress.log(`… stopping: ${inFlight} in flight, finishing (nothing new starts); Ctrl-C again to abort ${inFlight === 1 ? 'it' : 'them'}\n`);
  };
  ctx.signal.addEventListener('abort', sayStopping, { once: true });
  let result;
  try {
    result = await runBatch(
      inputs,
      async (input, gate) => {
        inFlight += 1;
        try {
          const made = await command.makeNote(input, gate, itemIo);
          findings += made.findings;
          return await keepNote(input, made, { output: outDir ? outputPathFor(input, outDir, format) : undefined, format }, io);
        } finally {
          inFlight -= 1;
        }
      },
      {
        concurrency: flags.concurrency,
        failFast: flags.failFast,
        signal: AbortSignal.any([ctx.signal, stopAll.signal]),
        hardSignal: ctx.hardSignal,
        shouldSkip:
          outDir && !flags.overwrite
            ? async (input) => {
                const output = outputPathFor(input, outDir, format);
                return (await exists(output)) ? output : undefined;
              }
            : undefined,
        claim: outDir
          ? async (input) => {
              const claim = claimPathFor(outputPathFor(input, outDir, format));
              try {
                await makeFolders(dirname(claim));
                return await claims.acquire(claim);
              } catch (err) {
                throw new OutputWriteError(claim, (err as NodeJS.ErrnoException).code ?? 'error', err);
              }
            }
          : undefined,
        onWaiting: (count) => {
          if (!globals.quiet) progress.log(`… ${count} input${count === 1 ? ' is' : 's are'} being written by another run sharing ${escapeControlChars(outDir ?? '')}; waiting for it\n`);
        },
        onOutcome: (outcome) => {
          progress.record(outcome);
          // Through the progress line, so a spinner's next frame does not draw over it.
          if (outcome.status === 'failed' && !globals.quiet) progress.log(failureLine(outcome, io.scrubber.scrub));
          const exit = exitForAccountFailure(outcome.failure);
          if (exit !== undefined && accountExit === undefined) {
            accountExit = exit;
            stopAll.abort();
          }
          const errno = storageErrno(outcome.failure);
          if (errno !== undefined && storageFailure === undefined) {
            storageFailure = errno;
            stopAll.abort();
          }
          // Last: if the report itself cannot be written, the line above has still been shown.
          report?.write(outcome);
        },
      },
    );
  } finally {
    ctx.signal.removeEventListener('abort', sayStopping);
    progress.stop();
    try {
      if (result && report) reportNotStarted(inputs, result.outcomes, report);
    } finally {
      await report?.close();
      await claims.close();
    }
  }
  const interrupted = ctx.signal.aborted || ctx.hardSignal?.aborted === true;
  if (!globals.quiet) {
    ctx.stderr.write(renderBatchSummary(result.counts, Date.now() - started, { tty: isDecoratedTerminal(ctx.stderr), reportPath: flags.report && escapeControlChars(flags.report) }));
    if (storageFailure !== undefined) {
      ctx.stderr.write(`✗ stopped scheduling new inputs: a note could not be written (${storageFailure}) — free some space or fix the folder, then run the same command again\n`);
    }
    if (outDir && (interrupted || result.counts.notStarted > 0)) ctx.stderr.write('… run the same command again to resume: finished inputs are skipped\n');
  }
  if (accountExit !== undefined) return accountExit;
  if (interrupted) return ExitCode.interrupted;
  if (result.counts.failed > 0) return ExitCode.batchPartial;
  return findings > 0 ? ExitCode.groundingFindings : ExitCode.ok;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Each input's fate before anything is sent: its output (or stdout), skipped when --out-dir already holds it (unless
 * --overwrite), and the paid requests it costs; their total is what --max-requests caps. Reads, never writes.
 */
async function planBatch(inputs: BatchInput[], command: BatchCommand) {
  const { outDir, overwrite } = command.batch;
  const items = await Promise.all(
    inputs.map(async (input) => {
      const output = outDir ? outputPathFor(input, outDir, command.format) : 'stdout';
      const skip = outDir !== undefined && !overwrite && (await exists(output));
      return { input: input.path, output, action: skip ? ('skip' as const) : ('send' as const), requests: skip ? 0 : command.plan.countFor(input).total };
    }),
  );
  const first = inputs.find((_, i) => items[i]!.action === 'send') ?? inputs[0];
  const perInput = first ? command.plan.countFor(first) : { steps: [], total: 0 };
  return { items, perInput, total: items.reduce((sum, item) => sum + item.requests, 0) };
}
