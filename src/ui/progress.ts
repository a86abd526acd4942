import type { OutStream } from '../context.js';

/** Progress reported by long operations; commands wire it to a spinner on a terminal and to nothing elsewhere. */
export interface Progress {
  update(text: string): void;
  stop(): void;
}

/** Progress that goes nowhere: pipes, --quiet, and batch items (the batch has its own progress line). */
export const SILENT_PROGRESS: Progress = { update: () => undefined, stop: () => undefined };

/** A spinner on stderr, only when stderr is a terminal and the output is meant for people. */
export async function startProgress(stderr: OutStream, text: string, enabled: boolean): Promise<Progress> {
  if (!enabled || stderr.isTTY !== true) return SILENT_PROGRESS;
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: stderr, isEnabled: true, discardStdin: false }).start();
  return {
    update: (t) => {
      spinner.text = t;
    },
    stop: () => {
      spinner.stop();
    },
  };
}
