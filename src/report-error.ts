import { ExitCode } from './exit-codes.js';
import { ApiError, SoapError } from './errors.js';
import type { Context } from './context.js';
import { escapeControlChars } from './output/control-chars.js';

/** Flattens any text to one line so an error never spills over several; control characters (a file name's) shown escaped. */
function oneLine(text: string): string {
  return escapeControlChars(text.replace(/\s*\n\s*/g, ' ').trim());
}

/**
 * V8's JSON.parse errors quote the text around the error (`Unexpected token 's', "snapi_sk_l"... is not valid
 * JSON`): from a config file that is a key, from an input file patient data. An unexpected error never shows them.
 */
function scrubQuotes(err: unknown, text: string): string {
  return err instanceof SyntaxError ? text.replace(/"(?:[^"\\\n]|\\.)*"(?:\.\.\.)?/g, '"…"') : text;
}

/** Keeps what a message must not show out of it (see src/text/scrubber.ts); the identity where nothing is registered. */
export type Scrub = (text: string) => string;

const keepAll: Scrub = (text) => text;

/**
 * Formats an error as the one stderr line users see: `✗ what went wrong — what to do next`. The whole line is
 * scrubbed: a message or a request id may be a service's words, and a service may quote the key it was sent.
 */
export function formatError(err: unknown, scrub: Scrub = keepAll): string {
  if (err instanceof SoapError) {
    const id = err instanceof ApiError && err.requestId ? ` (request id ${err.requestId})` : '';
    return oneLine(scrub(`✗ ${err.message}${id}${err.hint ? ` — ${err.hint}` : ''}`));
  }
  const message = err instanceof Error ? scrubQuotes(err, err.message) : String(err);
  return oneLine(scrub(`✗ unexpected error: ${message} — run again with --debug and report it`));
}

/** The one place that maps errors to exit codes; commands only throw or return. */
export function reportError(err: unknown, ctx: Context, debug: boolean, scrub: Scrub = keepAll): number {
  ctx.stderr.write(`${formatError(err, scrub)}\n`);
  if (debug && err instanceof Error && err.stack) ctx.stderr.write(`${scrub(scrubQuotes(err, err.stack))}\n`);
  if (debug && err instanceof Error && err.cause instanceof Error && err.cause.stack) ctx.stderr.write(`caused by: ${scrub(err.cause.stack)}\n`);
  return exitCodeOf(err);
}

/** The exit code of an error: the typed tree decides, anything else is a plain failure. */
export function exitCodeOf(err: unknown): number {
  return err instanceof SoapError ? err.exitCode : ExitCode.failure;
}
