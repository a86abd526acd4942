/**
 * Standalone runner:
 *   node --import tsx test/emulator/main.ts --port 4010 [--host 127.0.0.1] [--latency 250] [--reading seeds|current]
 */
import { parseArgs } from 'node:util';
import { READINGS, startEmulator, type Reading } from './index.js';
import { closeOnSignals } from './server-lifecycle.js';

function readNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    process.stderr.write(`emulator: --${flag} must be a non-negative integer (got "${value}")\n`);
    process.exit(2);
  }
  return parsed;
}

async function runEmulator(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      latency: { type: 'string' },
      reading: { type: 'string' },
    },
  });
  const reading = values.reading ?? 'seeds';
  if (!READINGS.includes(reading as Reading)) {
    process.stderr.write(`emulator: --reading must be one of ${READINGS.join(', ')} (got "${reading}")\n`);
    process.exit(2);
  }
  const emulator = await startEmulator({
    port: readNumber(values.port, 'port', 4010),
    host: values.host ?? '127.0.0.1',
    latencyMs: readNumber(values.latency, 'latency', 0),
    reading: reading as Reading,
  });
  process.stdout.write(`SOAPNoteAPI emulator (${reading} reading) listening on ${emulator.url}\n`);
  closeOnSignals(emulator);
}

runEmulator().catch((err: unknown) => {
  process.stderr.write(`emulator: ${(err as Error).message}\n`);
  process.exit(1);
});
