import type { Context, GlobalOptions } from '../context.js';
import { loadBackend } from '../providers/load-backend.js';
import { createScrubber, type Scrubber } from '../text/scrubber.js';
import { guardText, scrubBackend } from './scrub-backend.js';

/** What every command's `run` receives besides its own options: the outside world, the global flags, the backends. */
export interface CommandIo {
  ctx: Context;
  globals: GlobalOptions;
  /** Builds the chosen backend; tests pass a fake here to test a command without an emulator. */
  loadBackend: typeof loadBackend;
  /** Keys and the text out with a request, removed from whatever a service says before it is printed. */
  scrubber: Scrubber;
  /** A warning: one `! …` line on stderr, each at most once per run (a batch asks per input), none under --quiet. */
  warn: (line: string) => void;
}

/**
 * The real backends, unless the context supplies its own (tests). Every backend is loaded through here, so here is
 * where the key it sends is registered with the scrubber, and where its calls register the text they send.
 */
export function createCommandIo(ctx: Context, globals: GlobalOptions, fake?: typeof loadBackend, scrubber: Scrubber = createScrubber()): CommandIo {
  const load = fake ?? loadBackend;
  const warned = new Set<string>();
  const warn = (line: string) => {
    if (globals.quiet || warned.has(line)) return;
    warned.add(line);
    ctx.stderr.write(`! ${line}\n`);
  };
  return {
    ctx,
    globals,
    scrubber,
    warn,
    loadBackend: async (provider, connection, runtime, options) => {
      scrubber.addSecret(connection.service.key);
      // A transcript a service wrote is patient data too, once the backend sends it on to write the note.
      const guarded = { ...runtime, guardText: <T>(text: string, call: () => Promise<T>) => guardText(scrubber, text, call) };
      return scrubBackend(await load(provider, connection, guarded, options), scrubber);
    },
  };
}

/** A `--debug` trace sink on stderr; undefined when tracing is off so callers skip building lines. */
export function createDebugSink(io: CommandIo): ((line: string) => void) | undefined {
  if (!io.globals.debug) return undefined;
  // A retry line quotes the failure it retries, which may be the service's own words.
  return (line) => io.ctx.stderr.write(`[debug] ${io.scrubber.scrub(line)}\n`);
}
