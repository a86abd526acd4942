import type { CommandIo } from './io.js';

/**
 * A model's answer that could not be split into sections was still paid for: it goes to stdout as it is, before
 * the error line, so it is never lost.
 */
export function handOverRawAnswer(err: unknown, io: CommandIo): void {
  const raw = (err as { rawAnswer?: unknown }).rawAnswer;
  if (typeof raw === 'string' && raw.trim()) io.ctx.stdout.write(`${raw.trim()}\n`);
}
