/**
 * Standalone runner (also the child process of the upload benchmark):
 *   node --import tsx test/emulator/assemblyai/main.ts [--port 4020] [--host 127.0.0.1] [--reading seeds|current]
 * Prints the URL on its first line of stdout.
 */
import { parseArgs } from 'node:util';
import { startAssemblyAiEmulator } from './index.js';
import { parseReading } from '../openai/reading.js';
import { closeOnSignals } from '../server-lifecycle.js';

async function runEmulator(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, reading: { type: 'string' } } });
  const emulator = await startAssemblyAiEmulator({ port: Number(values.port ?? 0), host: values.host ?? '127.0.0.1', reading: parseReading(values.reading) });
  process.stdout.write(`${emulator.url}\n`);
  closeOnSignals(emulator);
}

runEmulator().catch((err: unknown) => {
  process.stderr.write(`assemblyai emulator: ${(err as Error).message}\n`);
  process.exit(1);
});
