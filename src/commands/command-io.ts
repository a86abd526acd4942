import type { Context, GlobalOptions } from '../context.js';
import { loadBackend } from '../providers/load-backend.js';

/** What every command's `run` receives besides its own options: the outside world, the global flags, the backends. */
export interface CommandIo {
  ctx: Context;
  globals: GlobalOptions;
  /** Builds the chosen backend; tests pass a fake here to test a command without an emulator. */
  loadBackend: typeof loadBackend;
  /** A warning: one `! …` line on stderr, each at most once per run (a batch asks per input), none under --quiet. */
  warn: (line: string) => void;
}

/** The real backends, unless the context supplies its own (tests). */
export function createCommandIo(ctx: Context, globals: GlobalOptions, fake?: typeof loadBackend): CommandIo {
  const warned = new Set<string>();
  const warn = (line: string) => {
    if (globals.quiet || warned.has(line)) return;
    warned.add(line);
    ctx.stderr.write(`! ${line}\n`);
  };
  return { ctx, globals, loadBackend: fake ?? loadBackend, warn };
}

/** A `--debug` trace sink on stderr; undefined when tracing is off so callers skip building lines. */
export function createDebugSink(io: CommandIo): ((line: string) => void) | undefined {
  if (!io.globals.debug) return undefined;
  return (line) => io.ctx.stderr.write(`[debug] ${line}\n`);
}
