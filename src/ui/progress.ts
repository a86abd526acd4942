import type { OutStream } from '../context.js';

/** Progress reported by long operations; commands wire it to a spinner on a terminal and to nothing elsewhere. */
export interface Progress {
  update(text: string): void;
  stop(): void;
}

/** Progress that goes nowhere: pipes, --quiet, and batch items (the batch has its own progress line). */
export const SILENT_PROGRESS: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A terminal that redrawn lines can be drawn on: a TTY that knows its width. A pseudo-terminal reporting 0 columns
 * (`script` without a size, some containers) is treated as a pipe — ora divides by the width to know how many lines
 * to clear, and with 0 it clears for ever.
 */
export function isDecoratedTerminal(stream: OutStream): boolean {
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0;
}

/** The ora options soap uses: its spinner is coloured only when colour is on (ora's chalk ignores NO_COLOR). */
export function spinnerOptions(stream: OutStream, text: string, color: boolean): { text: string; stream: OutStream; isEnabled: boolean; discardStdin: boolean; color: 'cyan' | false } {
  return { text, stream, isEnabled: true, discardStdin: false, color: color ? 'cyan' : false };
}

/** A spinner on stderr, only when stderr is a terminal with a width and the output is meant for people. */
export async function startProgress(stderr: OutStream, text: string, enabled: boolean, color: boolean): Promise<Progress> {
  if (!enabled || !isDecoratedTerminal(stderr)) return SILENT_PROGRESS;
  const { default: ora } = await import('ora');
  const spinner = ora(spinnerOptions(stderr, text, color)).start();
  return {
    update: (t) => {
      spinner.text = t;
    },
    stop: () => {
      spinner.stop();
    },
  };
}
