import type { RateGate } from '../../http/rate-gate.js';
import type { BackendRuntime } from '../../providers/index.js';
import { createDebugSink, type CommandIo } from '../command-io.js';

/** The command's hooks into a backend: Ctrl-C, the --debug trace, warnings (`! …` lines), and a batch's shared 429 gate. */
export function createBackendRuntime(io: CommandIo, rateGate?: RateGate): BackendRuntime {
  return { signal: io.ctx.signal, debug: createDebugSink(io), warn: io.warn, notice: io.warn, ...(rateGate ? { rateGate } : {}) };
}
