import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { spawnSoap } from './spawn-soap.js';

/**
 * Signals and blocking reads with the real binary, real FIFOs (mkfifo), real pipes and real signals: a read waiting
 * for a writer that never comes gives up on the first Ctrl-C or SIGTERM; SIGTERM mid-batch lets what is in flight
 * finish within its grace period; a stdout whose reader left stops the batch with a whole report. Linux: readiness is
 * read from /proc (the child's epoll set watching the fd), so no case depends on a sleep.
 */

const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const S = ['-s', 'physician'];
let emu: Emulator;
let dir: string;
let fifo: string;

beforeAll(async () => {
  emu = await startEmulator();
  dir = mkdtempSync(join(tmpdir(), 'soap-signals-'));
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.reset();
  // A fresh FIFO each time: nobody ever opens it for writing.
  fifo = join(mkdtempSync(join(dir, 'fifo-')), 'encounter.fifo');
  execFileSync('mkfifo', [fifo]);
});

const env = () => ({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url });

/** Resolves once the child waits for input on `target` (fd 0, or the FIFO at that path): its epoll set watches the fd. */
async function waitUntilReading(child: ChildProcess, target: 'stdin' | string): Promise<void> {
  const proc = `/proc/${child.pid}`;
  while (child.exitCode === null && child.signalCode === null) {
    try {
      const fds = readdirSync(`${proc}/fd`).filter((fd) => (target === 'stdin' ? fd === '0' : readlinkSync(`${proc}/fd/${fd}`) === target));
      const watched = readdirSync(`${proc}/fdinfo`).map((fd) => readFileSync(`${proc}/fdinfo/${fd}`, 'utf8')).join('\n');
      if (fds.some((fd) => new RegExp(`^tfd:\\s+${fd}\\s`, 'm').test(watched))) return;
    } catch {
      // an fd closed between the listing and the read: look again
    }
    await sleep(20);
  }
}

interface ReadCase {
  name: string;
  args: () => string[];
  /** Where the child blocks: stdin (a pipe kept open, never written) or the FIFO. */
  waitsOn: 'stdin' | 'fifo';
  /** How the error line names it. */
  label: () => string;
  signal: 'SIGTERM' | 'SIGINT';
}

const READ_CASES: ReadCase[] = [
  { name: 'a transcript FIFO', args: () => ['note', fifo, ...S], waitsOn: 'fifo', label: () => fifo, signal: 'SIGTERM' },
  { name: 'a transcript FIFO', args: () => ['note', fifo, ...S], waitsOn: 'fifo', label: () => fifo, signal: 'SIGINT' },
  { name: 'stdin ("-")', args: () => ['note', '-', ...S], waitsOn: 'stdin', label: () => 'stdin', signal: 'SIGTERM' },
  { name: 'stdin ("-")', args: () => ['note', '-', ...S], waitsOn: 'stdin', label: () => 'stdin', signal: 'SIGINT' },
  { name: '--from-list -', args: () => ['note', '--from-list', '-', ...S], waitsOn: 'stdin', label: () => '--from-list -', signal: 'SIGTERM' },
  { name: '--from-list FIFO', args: () => ['note', '--from-list', fifo, ...S], waitsOn: 'fifo', label: () => `--from-list ${fifo}`, signal: 'SIGINT' },
  { name: '--context FIFO', args: () => ['note', TRANSCRIPT, '--context', fifo, ...S], waitsOn: 'fifo', label: () => fifo, signal: 'SIGTERM' },
  { name: '--context -', args: () => ['note', TRANSCRIPT, '--context', '-', ...S], waitsOn: 'stdin', label: () => 'stdin', signal: 'SIGINT' },
  { name: '--patient-history FIFO', args: () => ['note', TRANSCRIPT, '--patient-history', fifo, ...S], waitsOn: 'fifo', label: () => fifo, signal: 'SIGTERM' },
  { name: 'stream from a FIFO', args: () => ['stream', fifo, ...S], waitsOn: 'fifo', label: () => fifo, signal: 'SIGINT' },
  { name: 'summarize a FIFO', args: () => ['summarize', fifo], waitsOn: 'fifo', label: () => fifo, signal: 'SIGTERM' },
  { name: 'summarize -', args: () => ['summarize', '-'], waitsOn: 'stdin', label: () => 'stdin', signal: 'SIGINT' },
  { name: 'check a FIFO note', args: () => ['check', fifo, '-t', TRANSCRIPT], waitsOn: 'fifo', label: () => fifo, signal: 'SIGTERM' },
  { name: 'a key piped to config set', args: () => ['config', 'set', 'soapnoteapi.key'], waitsOn: 'stdin', label: () => 'stdin', signal: 'SIGTERM' },
];

describe('a read waiting for a writer gives up on the first signal: one line, nothing sent, 130 / 143', () => {
  it.for(READ_CASES.map((c) => [`${c.name}, ${c.signal}`, c] as const))('%s', async ([, c]) => {
    const r = await spawnSoap(c.args(), {
      env: env(),
      stdin: c.waitsOn === 'stdin' ? 'pipe' : 'ignore',
      onSpawn: (child) => void waitUntilReading(child, c.waitsOn === 'stdin' ? 'stdin' : fifo).then(() => child.kill(c.signal)),
    });
    expect(r.signal, r.stderr).toBeNull();
    expect(r.code, r.stderr).toBe(c.signal === 'SIGTERM' ? 143 : 130);
    expect(r.stderr).toBe(`✗ interrupted while reading ${c.label()} — nothing was sent\n`);
    expect(emu.requests).toEqual([]);
  });

  it('a batch input that is a FIFO: SIGTERM stops scheduling, the grace period ends the read, the report is whole', async () => {
    const report = join(dir, `fifo-batch-${Date.now()}.ndjson`);
    const r = await spawnSoap(['note', fifo, TRANSCRIPT, ...S, '--out-dir', join(dir, 'fifo-out'), '--report', report, '--concurrency', '1'], {
      env: { ...env(), SOAP_TERM_GRACE_SECONDS: '0.2' },
      onSpawn: (child) => void waitUntilReading(child, fifo).then(() => child.kill('SIGTERM')),
    });
    expect(r.code, r.stderr).toBe(143);
    const lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { input: string; error?: { code: string } });
    expect(lines.map((l) => [l.input, l.error?.code])).toEqual([
      [fifo, 'InterruptedError'],
      [TRANSCRIPT, 'NOT_STARTED'],
    ]);
    expect(emu.requests).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface ReportLine {
  input: string;
  status: string;
  noteId?: string | null;
  error?: { code: string; message: string };
}

function readReport(path: string): ReportLine[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ReportLine);
}

function makeCorpus(count: number): string {
  const corpus = mkdtempSync(join(dir, 'corpus-'));
  const text = readFileSync(TRANSCRIPT, 'utf8');
  for (let i = 0; i < count; i++) writeFileSync(join(corpus, `visit-${i}.txt`), text);
  return corpus;
}

interface BatchSignalCase {
  name: string;
  latencyMs: number;
  graceSeconds?: string;
  signals: ('SIGTERM' | 'SIGINT')[];
  exit: number;
  /** Of six inputs, two in flight when the first signal comes: notes written, in-flight ones aborted. */
  written: number;
  aborted: number;
}

const BATCH_CASES: BatchSignalCase[] = [
  { name: 'SIGTERM: the two in flight finish, the rest are NOT_STARTED, exit 143', latencyMs: 1000, signals: ['SIGTERM'], exit: 143, written: 2, aborted: 0 },
  { name: 'SIGTERM past its grace period: the two in flight are aborted, exit 143', latencyMs: 4000, graceSeconds: '0.3', signals: ['SIGTERM'], exit: 143, written: 0, aborted: 2 },
  { name: 'SIGTERM then Ctrl-C: the second signal aborts at once, exit 143', latencyMs: 4000, signals: ['SIGTERM', 'SIGINT'], exit: 143, written: 0, aborted: 2 },
  { name: 'Ctrl-C then SIGTERM: the second signal aborts at once, exit 130', latencyMs: 4000, signals: ['SIGINT', 'SIGTERM'], exit: 130, written: 0, aborted: 2 },
  { name: 'Ctrl-C alone: the two in flight finish, exit 130', latencyMs: 1000, signals: ['SIGINT'], exit: 130, written: 2, aborted: 0 },
];

describe('signals mid-batch: what is in flight finishes within the grace period, the report is whole', () => {
  it.for(BATCH_CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    emu.latencyMs = c.latencyMs;
    const corpus = makeCorpus(6);
    const work = mkdtempSync(join(dir, 'batch-'));
    const out = join(work, 'out');
    const args = ['note', corpus, ...S, '--out-dir', out, '--report', join(work, 'report.ndjson'), '--concurrency', '2', '--max-retries', '0'];
    const r = await spawnSoap(args, {
      env: { ...env(), ...(c.graceSeconds ? { SOAP_TERM_GRACE_SECONDS: c.graceSeconds } : {}) },
      onSpawn: (child) => {
        const watch = setInterval(() => {
          if (emu.requests.length < 2) return;
          clearInterval(watch);
          child.kill(c.signals[0]);
          if (c.signals[1]) setTimeout(() => child.kill(c.signals[1]), 100);
        }, 10);
        child.on('close', () => clearInterval(watch));
      },
    });
    expect(r.code, r.stderr).toBe(c.exit);
    expect(emu.requests).toHaveLength(2);
    const report = readReport(join(work, 'report.ndjson'));
    expect(report.map((l) => l.input).sort()).toEqual(readdirSync(corpus).map((f) => join(corpus, f)).sort());
    expect(report.filter((l) => l.status === 'ok')).toHaveLength(c.written);
    expect(report.filter((l) => l.error?.code === 'InterruptedError')).toHaveLength(c.aborted);
    expect(report.filter((l) => l.error?.code === 'NOT_STARTED')).toHaveLength(4);
    const notes = c.written > 0 ? readdirSync(out) : [];
    expect(notes).toHaveLength(c.written);
  });
});

describe('a single run on SIGTERM takes its Ctrl-C path, with exit 143', () => {
  it('a note request in flight: aborted, one line', async () => {
    emu.latencyMs = 5000;
    const r = await spawnSoap(['note', TRANSCRIPT, ...S], {
      env: env(),
      onSpawn: (child) => {
        const watch = setInterval(() => emu.requests.length > 0 && (clearInterval(watch), child.kill('SIGTERM')), 10);
      },
    });
    expect(r.code, r.stderr).toBe(143);
    expect(r.stderr).toMatch(/^✗ interrupted[^\n]*\n$/);
  });

  it('a paid audio job being polled: its id and the command that resumes it', async () => {
    emu.audio = { mode: 'async', pollsUntilDone: 1000, finalStatus: 'completed' };
    const r = await spawnSoap(['audio', 'fixtures/audio/encounter.mp3', ...S, '--provider', 'soapnoteapi'], {
      env: env(),
      onSpawn: (child) => {
        const watch = setInterval(() => emu.requests.some((q) => q.method === 'GET') && (clearInterval(watch), child.kill('SIGTERM')), 10);
      },
    });
    expect(r.code, r.stderr).toBe(143);
    const noteId = /[^/]+$/.exec(emu.requests.find((q) => q.method === 'GET')!.path)![0];
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(new RegExp(`^✗ interrupted.*resume with: soap status ${noteId} --wait`))]);
  });
});

describe('a batch whose stdout reader goes away (| head -1)', () => {
  it('stops scheduling, keeps the ids of notes it could not hand over, writes a whole report, and does not exit 0', async () => {
    emu.latencyMs = 150;
    const corpus = makeCorpus(6);
    const report = join(mkdtempSync(join(dir, 'epipe-')), 'report.ndjson');
    const r = await spawnSoap(['note', corpus, ...S, '--json', '--report', report, '--concurrency', '1'], {
      env: env(),
      // The reader takes the first note and leaves, as `head -1` does.
      onSpawn: (child) => child.stdout!.once('data', () => child.stdout!.destroy()),
    });
    expect(r.code, r.stderr).toBe(141);
    const lines = readReport(report);
    expect(lines.map((l) => l.input).sort()).toEqual(readdirSync(corpus).map((f) => join(corpus, f)).sort());
    expect(lines.filter((l) => l.status === 'ok').length).toBeGreaterThanOrEqual(1);
    const undelivered = lines.filter((l) => l.error?.code === 'OutputClosedError');
    expect(undelivered.length).toBeGreaterThanOrEqual(1);
    for (const l of undelivered) expect(l.error!.message).toMatch(/^stdout was closed: note note_\S+ was not written \(soap status note_\S+ fetches it\)$/);
    expect(lines.filter((l) => l.error?.code === 'NOT_STARTED').length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => l.status === 'ok').length + undelivered.length).toBe(emu.requests.length);
  });
});
