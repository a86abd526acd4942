import type { Context, GlobalOptions } from '../context.js';

/** What every command's `run` receives besides its own options. */
export interface CommandIo {
  ctx: Context;
  globals: GlobalOptions;
}

/** A `--debug` trace sink on stderr; undefined when tracing is off so callers skip building lines. */
export function createDebugSink(io: CommandIo): ((line: string) => void) | undefined {
  if (!io.globals.debug) return undefined;
  return (line) => io.ctx.stderr.write(`[debug] ${line}\n`);
}
