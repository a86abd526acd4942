import { ExitCode } from './exit-codes.js';
import { ApiError, SoapError } from './errors.js';
import type { Context } from './context.js';

/** Flattens any text to one line so an error never spills over several. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Formats an error as the one stderr line users see: `✗ what went wrong — what to do next`. */
export function formatError(err: unknown): string {
  if (err instanceof SoapError) {
    const id = err instanceof ApiError && err.requestId ? ` (request id ${err.requestId})` : '';
    return oneLine(`✗ ${err.message}${id}${err.hint ? ` — ${err.hint}` : ''}`);
  }
  const message = err instanceof Error ? err.message : String(err);
  return oneLine(`✗ unexpected error: ${message} — run again with --debug and report it`);
}

/** The one place that maps errors to exit codes; commands only throw or return. */
export function reportError(err: unknown, ctx: Context, debug: boolean): number {
  ctx.stderr.write(`${formatError(err)}\n`);
  if (debug && err instanceof Error && err.stack) ctx.stderr.write(`${err.stack}\n`);
  if (debug && err instanceof Error && err.cause instanceof Error && err.cause.stack) ctx.stderr.write(`caused by: ${err.cause.stack}\n`);
  return err instanceof SoapError ? err.exitCode : ExitCode.failure;
}
