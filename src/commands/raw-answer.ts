import type { CommandIo } from './io.js';
import type { Progress } from '../ui/progress.js';

/**
 * A model's answer that could not be split into sections was still paid for: it goes to stdout as it is, before
 * the error line, so it is never lost.
 */
export function handOverRawAnswer(err: unknown, io: CommandIo): void {
  const raw = (err as { rawAnswer?: unknown }).rawAnswer;
  if (typeof raw === 'string' && raw.trim()) io.ctx.stdout.write(`${raw.trim()}\n`);
}

/** Runs the paid step under a spinner: the spinner always stops, and a raw model answer is handed over on failure. */
export async function runPaidStep<T>(progress: Progress, io: CommandIo, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    progress.stop();
    handOverRawAnswer(err, io);
    throw err;
  } finally {
    progress.stop();
  }
}
