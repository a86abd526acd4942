import type { RateGate } from '../../http/rate-gate.js';
import type { BackendRuntime } from '../../providers/index.js';
import { createDebugSink, type CommandIo } from '../command-io.js';

/** The command's hooks into a backend: Ctrl-C, the --debug trace, a batch's shared 429 gate, and `! …` notices on stderr. */
export function createBackendRuntime(io: CommandIo, rateGate?: RateGate): BackendRuntime {
  const notice = (text: string) => {
    if (!io.globals.quiet) io.ctx.stderr.write(`! ${text}\n`);
  };
  return { signal: io.ctx.signal, debug: createDebugSink(io), notice, ...(rateGate ? { rateGate } : {}) };
}
