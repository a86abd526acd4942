/**
 * Standalone runner of the OpenAI-compatible emulator:
 *   node --import tsx test/emulator/openai/main.ts [--port 4030] [--host 127.0.0.1] [--key sk-…] [--reading seeds|current]
 * Without --key it takes any request, as a local model server does. Prints the URL on its first line of stdout.
 */
import { parseArgs } from 'node:util';
import { startOpenAiEmulator } from './index.js';
import { parseReading } from './reading.js';
import { closeOnSignals } from '../server-lifecycle.js';

async function runEmulator(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, key: { type: 'string' }, reading: { type: 'string' } } });
  const emulator = await startOpenAiEmulator({ port: Number(values.port ?? 0), host: values.host ?? '127.0.0.1', apiKey: values.key, reading: parseReading(values.reading) });
  process.stdout.write(`${emulator.url}\n`);
  closeOnSignals(emulator);
}

runEmulator().catch((err: unknown) => {
  process.stderr.write(`openai emulator: ${(err as Error).message}\n`);
  process.exit(1);
});
