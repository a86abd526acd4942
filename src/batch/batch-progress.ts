import type { OutStream } from '../context.js';
import { isDecoratedTerminal, spinnerOptions } from '../ui/progress.js';
import { formatDuration } from './render-summary.js';
import type { BatchOutcome } from './run-batch.js';

export { renderBatchSummary, formatDuration, type SummaryCounts } from './render-summary.js';

export interface BatchProgress {
  record(outcome: BatchOutcome): void;
  /** A line (e.g. "✗ in/b.txt: …") printed above the spinner instead of through it; as is off a terminal. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  quiet: boolean;
  /** Colour the spinner (off under NO_COLOR / --no-color; default off). */
  color?: boolean;
  /** Off a terminal: how often a line is printed (default 5000). */
  intervalMs?: number;
  now?: () => number;
}

export interface ProgressState {
  total: number;
  done: number;
  failed: number;
  /** Items that took real work: skips finish instantly and would make the ETA far too hopeful. */
  worked: number;
  startedAt: number;
}

const SILENT: BatchProgress = { record: () => undefined, log: () => undefined, stop: () => undefined };
const SPINNER_REFRESH_MS = 1000;

/** "12/200 done · 1 failed · 187 left · ETA 1m 10s"; no ETA until one item has really been worked on. */
export function describeProgress(state: ProgressState, now: number): string {
  const left = state.total - state.done - state.failed;
  const parts = [`${state.done}/${state.total} done`, `${state.failed} failed`, `${left} left`];
  if (state.worked > 0 && left > 0) parts.push(`ETA ${formatDuration(((now - state.startedAt) / state.worked) * left)}`);
  return parts.join(' · ');
}

/**
 * Progress of a batch on stderr: an ora spinner on a terminal, a plain line every few seconds elsewhere (CI logs
 * keep every line, so no redraws), nothing with --quiet. ora is loaded only on a terminal that knows its width.
 */
export async function startBatchProgress(stderr: OutStream, total: number, options: ProgressOptions): Promise<BatchProgress> {
  if (options.quiet) return SILENT;
  const now = options.now ?? Date.now;
  const state: ProgressState = { total, done: 0, failed: 0, worked: 0, startedAt: now() };
  let render: () => void;
  let log: (line: string) => void = (line) => stderr.write(line);
  let finish: () => void;
  let timer: NodeJS.Timeout;
  if (isDecoratedTerminal(stderr)) {
    const { default: ora } = await import('ora');
    const spinner = ora(spinnerOptions(stderr, describeProgress(state, now()), options.color === true)).start();
    render = () => {
      spinner.text = describeProgress(state, now());
    };
    // Refreshed on a timer too, so the ETA keeps counting down between slow items (audio takes minutes).
    timer = setInterval(render, SPINNER_REFRESH_MS);
    finish = () => spinner.stop();
    log = (line) => {
      // Written through a live spinner, the line would be overdrawn by the next frame.
      spinner.clear();
      stderr.write(line);
      spinner.render();
    };
  } else {
    render = () => undefined;
    timer = setInterval(() => stderr.write(`soap: ${describeProgress(state, now())}\n`), options.intervalMs ?? 5000);
    finish = () => undefined;
  }
  timer.unref();
  let stopped = false;
  return {
    record(outcome) {
      if (outcome.status === 'failed') state.failed++;
      else state.done++;
      if (outcome.status !== 'skipped') state.worked++;
      render();
    },
    log(line) {
      if (stopped) stderr.write(line);
      else log(line);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      finish();
    },
  };
}
