import { mkdir, access } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CommandIo } from '../command-io.js';
import type { Format } from '../../output/formats.js';
import type { NoteLike } from '../../note/index.js';
import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import { isDecoratedTerminal } from '../../ui/progress.js';
import { exitCodeOf } from '../../report-error.js';
import { writeFileAtomic } from '../../output/write-atomic.js';
import type { RateGate } from '../../http/rate-gate.js';
import { expandInputs, type BatchInput } from '../../batch/expand-inputs.js';
import { assertDistinctOutputs, outputPathFor } from '../../batch/output-path.js';
import { selectShard } from '../../batch/shard.js';
import { runBatch, type BatchOutcome } from '../../batch/run-batch.js';
import { openReportWriter } from '../../batch/report-writer.js';
import { renderBatchSummary, startBatchProgress } from '../../batch/batch-progress.js';
import { writeNoteOut } from '../shared/write-out.js';
import type { BatchOptions } from './batch-options.js';

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

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Runs a batch: expands and shards the inputs (bad ones refused before anything is sent), writes each note
 * atomically under --out-dir (or NDJSON / headed text on stdout), reports every outcome, and maps the end to an
 * exit code: 0 all ok or skipped, 5 some failed, 6 strict findings, 130 interrupted.
 */
export async function runBatchCommand(command: BatchCommand, io: CommandIo): Promise<number> {
  const { batch: flags, format } = command;
  const { ctx, globals } = io;
  const { concurrency, shard } = flags;
  let inputs = await expandInputs(command.args, { fromList: flags.fromList, stdin: ctx.stdin, signal: ctx.signal, extensions: command.extensions, cwd: ctx.cwd });
  if (shard) inputs = selectShard(inputs, shard);
  const outDir = flags.outDir;
  if (outDir) assertDistinctOutputs(inputs, outDir, format);
  const report = flags.report ? await openReportWriter(flags.report, io.scrubber.scrub) : undefined;
  command.onStart?.();
  const progress = await startBatchProgress(ctx.stderr, inputs.length, { quiet: globals.quiet, color: shouldUseColor(ctx.stderr, ctx.env, globals.color) });
  // The first Ctrl-C only stops scheduling; requests in flight see the second one.
  const itemIo: CommandIo = { ...io, ctx: { ...ctx, signal: ctx.hardSignal ?? new AbortController().signal } };
  let findings = 0;
  // A refused key or an empty account fails every input alike: stop scheduling and exit as a single run would.
  const accountStop = new AbortController();
  let accountExit: number | undefined;
  const started = Date.now();
  let result;
  try {
    result = await runBatch(
      inputs,
      async (input, gate) => {
        const made = await command.makeNote(input, gate, itemIo);
        findings += made.findings;
        const { noteId, usage } = made.note;
        if (outDir) {
          const output = outputPathFor(input, outDir, format);
          await mkdir(dirname(output), { recursive: true });
          await writeFileAtomic(output, made.rendered);
          return { noteId, output, usage };
        }
        await writeNoteOut(ctx.stdout, format === 'json' ? `${JSON.stringify({ input: input.path, ...made.note })}\n` : `==> ${input.path} <==\n${made.rendered}\n`, noteId);
        return { noteId, usage };
      },
      {
        concurrency,
        failFast: Boolean(flags.failFast),
        signal: AbortSignal.any([ctx.signal, accountStop.signal]),
        hardSignal: ctx.hardSignal,
        shouldSkip: outDir && !flags.overwrite ? async (input) => ((await exists(outputPathFor(input, outDir, format))) ? outputPathFor(input, outDir, format) : undefined) : undefined,
        onOutcome: (outcome) => {
          report?.write(outcome);
          progress.record(outcome);
          const exit = exitForAccountFailure(outcome.failure);
          if (exit !== undefined && accountExit === undefined) {
            accountExit = exit;
            accountStop.abort();
          }
          if (outcome.status === 'failed' && !globals.quiet) {
            const message = io.scrubber.scrub(outcome.error?.message ?? 'failed');
            // Through the progress line, so a spinner's next frame does not draw over it.
            progress.log(`✗ ${message.startsWith(outcome.input) ? message : `${outcome.input}: ${message}`}`);
          }
        },
      },
    );
  } finally {
    progress.stop();
    if (result && report) reportNotStarted(inputs, result.outcomes, report);
    await report?.close();
  }
  if (!globals.quiet) {
    ctx.stderr.write(renderBatchSummary(result.counts, Date.now() - started, { tty: isDecoratedTerminal(ctx.stderr), reportPath: flags.report }));
    if (outDir && (result.interrupted || result.counts.notStarted > 0)) ctx.stderr.write('… run the same command again to resume: finished inputs are skipped\n');
  }
  if (accountExit !== undefined) return accountExit;
  if (result.interrupted) return ExitCode.interrupted;
  if (result.counts.failed > 0) return ExitCode.batchPartial;
  return findings > 0 ? ExitCode.groundingFindings : ExitCode.ok;
}
