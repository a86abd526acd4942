/**
 * Batch benchmarks (issue 5), against the SOAPNoteAPI emulator with 250 ms of latency, each side in its own process:
 *   - 200 transcripts at --concurrency 8: wall / ideal (200 × 0.25 s / 8), target < 1.15; the same 200 one by one;
 *   - 2,000 transcripts: the client's peak RSS, target < 150 MB and no growth against 200;
 *   - 200 transcripts with 10 % of requests failing transiently (503, connection reset): all ok, none written twice.
 * The client is the real CLI (`bin/soap.js`, so run after a build); its peak RSS is sampled from /proc. The emulator
 * child is this file too (`--emulator`), as the standalone runner has no fault flags.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { report } from './measure.js';

const LATENCY_MS = 250;
const KEY = 'snapi_sk_test_bench';
const MB = 1024 * 1024;
const SELF = fileURLToPath(import.meta.url);

interface ClientRun {
  wallMs: number;
  peakRssBytes: number;
  ok: number;
  failed: number;
  writtenTwice: number;
}

interface EmulatorStats {
  requests: number;
  faulted: number;
  /** Transcripts for which the service made a note more than once. */
  duplicateNotes: number;
}

/** The emulator child; `stats` on its stdin answers with an EmulatorStats line. */
async function startEmulatorChild(faults: boolean): Promise<{ child: ChildProcess; url: string; stats(): Promise<EmulatorStats> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--emulator', ...(faults ? ['--faults'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [url] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => [''])])) as string[];
  if (!url) throw new Error('the emulator did not start');
  const stats = async () => {
    child.stdin!.write('stats\n');
    const [line] = (await once(lines, 'line')) as string[];
    return JSON.parse(line!) as EmulatorStats;
  };
  return { child, url, stats };
}

/** Distinct, plausible (invented) transcripts of at least 50 characters. */
function writeTranscripts(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `clinic-${i % 10}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `visit-${i}.txt`), `Doctor: What brings you in today? Patient: A dry cough for ${(i % 13) + 2} days, case ${i}, no fever, some wheezing at night.\n`);
  }
}

/** Peak RSS of a running child, from the kernel's high-water mark (Linux); 0 elsewhere. */
function readPeakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function countReport(path: string): { ok: number; failed: number; writtenTwice: number } {
  const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { status: string; output: string | null });
  const outputs = lines.map((l) => l.output).filter(Boolean);
  return { ok: lines.filter((l) => l.status === 'ok').length, failed: lines.filter((l) => l.status === 'failed').length, writtenTwice: outputs.length - new Set(outputs).size };
}

/** Runs one batch in a child process and samples its peak RSS until it exits. */
async function runClient(url: string, inputs: string, concurrency: number): Promise<ClientRun> {
  const work = mkdtempSync(join(tmpdir(), 'soap-bench-out-'));
  const out = join(work, 'out');
  const reportPath = join(work, 'report.ndjson');
  const env = { PATH: process.env.PATH, SOAP_CONFIG_DIR: work, SOAPNOTEAPI_KEY: KEY, SOAPNOTEAPI_BASE_URL: url };
  const args = ['bin/soap.js', 'note', inputs, '-s', 'physician', '--out-dir', out, '--concurrency', String(concurrency), '--json', '--report', reportPath, '--quiet'];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, readPeakRss(child.pid!))), 50);
  const [code] = (await once(child, 'exit')) as [number];
  clearInterval(sampler);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  try {
    if (code !== 0) throw new Error(`the batch exited ${code}`);
    const counts = countReport(reportPath);
    const files = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.soap.json')).length;
    if (files !== counts.ok) throw new Error(`${files} notes on disk for ${counts.ok} ok`);
    return { wallMs, peakRssBytes: peak, ...counts };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Prints the batch figures with report(). */
export async function benchBatch(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'soap-bench-batch-'));
  const emulator = await startEmulatorChild(false);
  try {
    const small = join(data, 'small');
    writeTranscripts(small, 200);
    const ideal = (200 * LATENCY_MS) / 8;
    const parallel = await runClient(emulator.url, small, 8);
    const ratio = parallel.wallMs / ideal;
    report(`batch 200 @ 8: wall / ideal ${(ideal / 1000).toFixed(2)} s`, `×${ratio.toFixed(3)} (${(parallel.wallMs / 1000).toFixed(2)} s)`, `${ratio < 1.15 ? 'ok' : 'OVER'} (target < 1.15)`);
    const sequential = await runClient(emulator.url, small, 1);
    report('batch 200 one after another', `${(sequential.wallMs / 1000).toFixed(1)} s`, `×${(sequential.wallMs / parallel.wallMs).toFixed(1)} the parallel run`);
    const large = join(data, 'large');
    writeTranscripts(large, 2000);
    const big = await runClient(emulator.url, large, 16);
    const peakMb = big.peakRssBytes / MB;
    report('batch 2,000 @ 16: client peak RSS', `${peakMb.toFixed(0)} MB (200: ${(parallel.peakRssBytes / MB).toFixed(0)} MB)`, `${peakMb < 150 && big.ok === 2000 ? 'ok' : 'OVER'} (target < 150 MB, flat)`);
  } finally {
    emulator.child.kill('SIGTERM');
  }
  const faulty = await startEmulatorChild(true);
  try {
    const run = await runClient(faulty.url, join(data, 'small'), 8);
    const stats = await faulty.stats();
    const share = ((100 * stats.faulted) / stats.requests).toFixed(1);
    const verdict = run.ok === 200 && run.writtenTwice === 0 && stats.duplicateNotes === 0 ? 'ok' : 'FAILED';
    report(`batch 200, ${share} % of requests 503/reset`, `${run.ok}/200 ok, ${run.writtenTwice} written twice`, `${verdict} (${stats.requests} requests, ${stats.duplicateNotes} notes made twice)`);
  } finally {
    faulty.child.kill('SIGTERM');
    rmSync(data, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) {
  const role = process.argv[2];
  const main = role === '--emulator' ? import('../batch/bench-emulator.js').then((m) => m.serveEmulator(process.argv[3] === '--faults', LATENCY_MS)) : benchBatch();
  main.catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
