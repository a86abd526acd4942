import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { median, report, timeProcess } from './measure.js';

const RUNS = Number(process.env.SOAP_BENCH_RUNS ?? 30);
/** Instruction counts with callgrind (about half a minute per run): `SOAP_BENCH_INSTRUCTIONS=3 npm run bench -- startup`. */
const INSTRUCTION_RUNS = Number(process.env.SOAP_BENCH_INSTRUCTIONS ?? 0);

interface StartupCase {
  name: string;
  args: string[];
  /** Largest ratio to `node -e 0` the issue accepts; none for figures kept for information. */
  target?: number;
}

const CASES: StartupCase[] = [
  { name: 'soap --version', args: ['--version'], target: 1.3 },
  { name: 'soap --help', args: ['--help'], target: 1.3 },
  { name: 'soap note <knee-injury> -s physician (offline)', args: ['note', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician'], target: 2.0 },
  { name: 'soap specialties --json', args: ['specialties', '--json'] },
];

function verdict(ratio: number, target: number | undefined): string {
  if (target === undefined) return '';
  return ratio <= target ? `ok (target ≤ ×${target})` : `OVER target ×${target}`;
}

/** Instructions V8 and the program execute, all threads, by callgrind: the same whatever else the machine does. */
function countInstructions(args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], { env, encoding: 'utf8' });
  const collected = /Collected\s*:\s*(\d+)/.exec(r.stderr);
  if (r.status !== 0 || !collected) throw new Error(`callgrind ${args.join(' ')} exited ${r.status}`);
  return Number(collected[1]);
}

/**
 * Start-up cost of the commands a shell script calls in a loop, against a bare `node -e 0` timed in the same run.
 * The runs are interleaved (baseline, each command, baseline, …) so that a machine slowing down or speeding up
 * weighs on every figure alike; medians are quoted.
 */
export async function benchStartup(): Promise<void> {
  const env = { PATH: process.env.PATH, SOAP_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'soap-bench-')) };
  const all = [{ name: 'node -e 0 (baseline)', args: ['-e', '0'] }, ...CASES.map((c) => ({ ...c, args: ['bin/soap.js', ...c.args] }))];
  for (const c of all) timeProcess(process.execPath, c.args, env); // warm the file cache
  const times = all.map(() => [] as number[]);
  for (let run = 0; run < RUNS; run++) all.forEach((c, i) => times[i]!.push(timeProcess(process.execPath, c.args, env)));
  const baseline = median(times[0]!);
  const baselineMin = Math.min(...times[0]!);
  report('node -e 0 (baseline)', `${baseline.toFixed(1)} ms`, `median of ${RUNS}, interleaved; min ${baselineMin.toFixed(1)} ms`);
  CASES.forEach((c, i) => {
    const ms = median(times[i + 1]!);
    // The minimum too: on a shared machine it is the figure least disturbed by other work.
    const min = Math.min(...times[i + 1]!);
    report(c.name, `${ms.toFixed(1)} ms (×${(ms / baseline).toFixed(2)})`, [verdict(ms / baseline, c.target), `min ${min.toFixed(1)} ms (×${(min / baselineMin).toFixed(2)})`].filter(Boolean).join('; '));
  });
  await benchFirstRequestByte(env, baseline);
  if (INSTRUCTION_RUNS > 0) benchInstructions(all, env);
}

function benchInstructions(all: { name: string; args: string[] }[], env: NodeJS.ProcessEnv): void {
  const counts = all.map((c) => median(Array.from({ length: INSTRUCTION_RUNS }, () => countInstructions(c.args, env))));
  report('node -e 0: instructions (callgrind)', `${(counts[0]! / 1e6).toFixed(0)} M`, `median of ${INSTRUCTION_RUNS}`);
  CASES.forEach((c, i) => {
    const ratio = counts[i + 1]! / counts[0]!;
    report(`${c.name}: instructions`, `${(counts[i + 1]! / 1e6).toFixed(0)} M (×${ratio.toFixed(2)})`, verdict(ratio, c.target));
  });
}

/**
 * A hosted note's time to its first request byte: from spawning `soap note` to the SOAPNoteAPI emulator (in this
 * process) reading the first byte of the request on its socket — start-up, settings, reading the transcript and
 * loading the HTTP stack, without the service's own time.
 */
async function benchFirstRequestByte(env: NodeJS.ProcessEnv, baseline: number): Promise<void> {
  const emu = await startEmulator();
  const server = (emu as unknown as { server: Server }).server;
  let firstByte: number | undefined;
  server.on('connection', (socket) => socket.once('data', () => (firstByte ??= performance.now())));
  const args = ['bin/soap.js', 'note', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician', '--json'];
  const childEnv = { ...env, SOAPNOTEAPI_KEY: 'snapi_sk_test_bench', SOAPNOTEAPI_BASE_URL: emu.url };
  const delays: number[] = [];
  try {
    for (let run = 0; run <= RUNS; run++) {
      firstByte = undefined;
      const started = performance.now();
      const child = spawn(process.execPath, args, { env: childEnv, stdio: 'ignore' });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      if (code !== 0 || firstByte === undefined) throw new Error(`first-byte bench: soap note exited ${code}`);
      if (run > 0) delays.push(firstByte - started); // the first run warms the file cache
    }
  } finally {
    await emu.close();
  }
  const ms = median(delays);
  report('soap note (SOAPNoteAPI emulator): first request byte', `${ms.toFixed(1)} ms (×${(ms / baseline).toFixed(2)})`, `median of ${RUNS}`);
}
