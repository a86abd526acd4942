import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { median, report } from './measure.js';

/**
 * Streaming latency: the emulator (in this process) stamps each SSE event as it hands it to the socket; `soap stream
 * --json` runs as a child and this process stamps each NDJSON line as it reads it from the child's stdout. Both
 * stamps come from one clock; the difference includes the pipe, so it is an upper bound of soap's own delay.
 */
export async function benchStreamLatency(): Promise<void> {
  const emu = await startEmulator();
  const written: number[] = [];
  const received: number[] = [];
  emu.stream = { chunkSize: 12, intervalMs: 40, onEventWritten: (i) => (written[i] = performance.now()) };
  const child = spawn(process.execPath, ['bin/soap.js', 'stream', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician', '--json'], {
    env: { PATH: process.env.PATH, SOAP_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'soap-bench-')), SOAPNOTEAPI_KEY: 'snapi_sk_test_bench', SOAPNOTEAPI_BASE_URL: emu.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const now = performance.now();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{"section"')) received.push(now);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await emu.close();
  if (code !== 0 || received.length !== written.length) throw new Error(`stream bench: exit ${code}, ${received.length}/${written.length} events`);
  const delays = received.map((t, i) => t - written[i]!);
  const m = median(delays);
  report('soap stream: event written → on stdout', `${m.toFixed(2)} ms median, ${Math.max(...delays).toFixed(1)} ms max (${delays.length} events)`, m < 20 ? 'ok (target < 20 ms)' : 'OVER target 20 ms');
}
