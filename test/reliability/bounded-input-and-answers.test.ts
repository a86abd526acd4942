import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { spawnSoap, type SpawnResult } from './spawn-soap.js';

/**
 * Input without end and answers without measure, with the real binary: /dev/zero, a FIFO or a pipe fed for ever, a
 * device where a recording or the config file should be, a 300 MB answer. Each is refused at its cap with one line
 * and nothing sent, and the child's peak RSS (reported by a preload) stays bounded; a watchdog kills a child that
 * grows past 1 GB, so a regression fails without exhausting the machine.
 */

const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const S = ['-s', 'physician'];
/** Node and soap's code take ~65 MB; the largest cap (a 64 MB path list) adds its own size, once. */
const PEAK_RSS_MB = 200;
const RSS = { killAboveRssMb: 1024 };
const MB = 1024 * 1024;

let emu: Emulator;
let dir: string;
let fifo: string;
const feeders: ChildProcess[] = [];

beforeAll(async () => {
  emu = await startEmulator();
  dir = mkdtempSync(join(tmpdir(), 'soap-bounded-'));
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.reset();
  fifo = join(mkdtempSync(join(dir, 'fifo-')), 'endless.fifo');
  execFileSync('mkfifo', [fifo]);
});

const env = () => ({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url });

/** A writer that never stops ('a' for ever), in a process of its own: into the FIFO, or into the child's stdin. */
function feedForever(into: 'fifo' | ChildProcess): void {
  const feeder = spawn('sh', ['-c', into === 'fifo' ? `tr '\\0' a < /dev/zero > "$0"` : `tr '\\0' a < /dev/zero`, fifo], {
    stdio: ['ignore', into === 'fifo' ? 'ignore' : 'pipe', 'ignore'],
  });
  feeders.push(feeder);
  if (into !== 'fifo') {
    into.stdin!.on('error', () => undefined); // EPIPE once the child has refused the input
    feeder.stdout!.pipe(into.stdin!);
  }
}

function stopFeeders(): void {
  for (const feeder of feeders.splice(0)) feeder.kill('SIGKILL');
}

/** A config folder whose config.json is something else than a file. */
function configDirWith(target: 'fifo' | '/dev/zero'): string {
  const config = mkdtempSync(join(dir, 'config-'));
  if (target === 'fifo') execFileSync('mkfifo', [join(config, 'config.json')]);
  else symlinkSync(target, join(config, 'config.json'));
  return config;
}

interface InputCase {
  name: string;
  args: () => string[];
  feed?: 'fifo' | 'stdin';
  env?: () => Record<string, string>;
  message: () => RegExp;
}

/** A message known word for word, as a pattern. */
const literal = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

const INPUT_CASES: InputCase[] = [
  { name: 'a transcript that is /dev/zero', args: () => ['note', '/dev/zero', ...S], message: () => literal('/dev/zero: larger than 1048576 bytes') },
  { name: 'a transcript FIFO fed for ever', args: () => ['note', fifo, ...S], feed: 'fifo', message: () => literal(`${fifo}: larger than 1048576 bytes`) },
  { name: 'a transcript on stdin fed for ever', args: () => ['note', '-', ...S], feed: 'stdin', message: () => literal('stdin: larger than 1048576 bytes') },
  { name: 'stream from /dev/zero', args: () => ['stream', '/dev/zero', ...S], message: () => literal('/dev/zero: larger than 1048576 bytes') },
  { name: '--context /dev/zero', args: () => ['note', TRANSCRIPT, '--context', '/dev/zero', ...S], message: () => literal('/dev/zero: larger than 10485760 bytes') },
  { name: '--context from stdin fed for ever', args: () => ['note', TRANSCRIPT, '--context', '-', ...S], feed: 'stdin', message: () => literal('stdin: larger than 10485760 bytes') },
  { name: '--patient-history /dev/zero', args: () => ['note', TRANSCRIPT, '--patient-history', '/dev/zero', ...S], message: () => literal('/dev/zero: larger than 262144 bytes') },
  { name: '--from-list /dev/zero', args: () => ['note', '--from-list', '/dev/zero', ...S], message: () => literal('--from-list /dev/zero: larger than 67108864 bytes') },
  { name: '--from-list - fed for ever', args: () => ['note', '--from-list', '-', ...S], feed: 'stdin', message: () => literal('--from-list -: larger than 67108864 bytes') },
  { name: 'a key piped to config set for ever', args: () => ['config', 'set', 'soapnoteapi.key'], feed: 'stdin', message: () => literal('stdin: larger than 4096 bytes') },
  { name: 'summarize /dev/zero', args: () => ['summarize', '/dev/zero'], message: () => literal('/dev/zero: larger than 10485760 bytes') },
  { name: 'check a FIFO note fed for ever', args: () => ['check', fifo, '-t', TRANSCRIPT], feed: 'fifo', message: () => literal(`${fifo}: larger than 10485760 bytes`) },
  { name: 'a recording that is /dev/zero', args: () => ['audio', '/dev/zero', ...S, '--provider', 'soapnoteapi'], message: () => literal('/dev/zero: is a pipe or a device, not a recording file') },
  { name: 'a recording that is a FIFO (never opened)', args: () => ['audio', fifo, ...S, '--provider', 'soapnoteapi'], message: () => literal(`${fifo}: is a pipe or a device, not a recording file`) },
  {
    name: 'a config file that is /dev/zero',
    args: () => ['note', TRANSCRIPT, ...S],
    env: () => ({ SOAP_CONFIG_DIR: configDirWith('/dev/zero') }),
    message: () => /config file .*config\.json is not a regular file/,
  },
  {
    name: 'a config file that is a FIFO (never opened)',
    args: () => ['config', 'list'],
    env: () => ({ SOAP_CONFIG_DIR: configDirWith('fifo') }),
    message: () => /config file .*config\.json is not a regular file/,
  },
];

function expectRefusedWithin(r: SpawnResult, message: RegExp, exit = 2): void {
  expect(r.signal, `killed: ${r.stderr}`).toBeNull();
  expect(r.code, r.stderr).toBe(exit);
  expect(r.stderr).toMatch(new RegExp(`^✗ ${message.source}[^\\n]*\\n$`));
  expect(r.peakRssMb).toBeLessThan(PEAK_RSS_MB);
}

describe('input is read up to its cap, whatever the source: one line, nothing sent, memory bounded', () => {
  it.for(INPUT_CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    try {
      const r = await spawnSoap(c.args(), {
        env: { ...env(), ...c.env?.() },
        stdin: c.feed === 'stdin' ? 'pipe' : 'ignore',
        measureRss: RSS,
        onSpawn: (child) => c.feed && feedForever(c.feed === 'fifo' ? 'fifo' : child),
      });
      expectRefusedWithin(r, c.message());
      expect(emu.requests).toEqual([]);
    } finally {
      stopFeeders();
    }
  });

  it('in a batch, an endless input fails alone and the others are written', async () => {
    const out = join(dir, 'batch-out');
    mkdirSync(out, { recursive: true });
    const r = await spawnSoap(['note', '/dev/zero', TRANSCRIPT, ...S, '--out-dir', out, '--quiet'], { env: env(), measureRss: RSS });
    expect(r.code, r.stderr).toBe(5);
    expect(r.peakRssMb).toBeLessThan(PEAK_RSS_MB);
    expect(emu.requests).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface AnswerCase {
  name: string;
  args: string[];
  fault: Parameters<Emulator['fault']>[0];
  message: RegExp;
}

const HUGE = 300 * MB;
const ANSWER_CASES: AnswerCase[] = [
  {
    name: 'a 300 MB JSON note, chunked: reading stops at 32 MB',
    args: ['note', TRANSCRIPT, ...S, '--json'],
    fault: { path: '/v1/note', hugeBody: { bytes: HUGE } },
    message: /^✗ SOAPNoteAPI's answer to POST \/v1\/note is larger than 32 MB: not read \(request id [^)]+\) — .*--base-url/,
  },
  {
    name: 'a 300 MB JSON note with its content-length: refused before reading',
    args: ['note', TRANSCRIPT, ...S, '--json'],
    fault: { path: '/v1/note', hugeBody: { bytes: HUGE, declareLength: true } },
    message: /^✗ SOAPNoteAPI's answer to POST \/v1\/note is larger than 32 MB: not read/,
  },
  {
    name: 'a stream whose one event never ends: refused at 8 MB',
    args: ['stream', TRANSCRIPT, ...S],
    fault: { path: '/v1/stream/note', hugeBody: { bytes: HUGE }, contentType: 'text/event-stream' },
    message: /^✗ SOAPNoteAPI sent an event larger than 8 MB: the rest was not read — /,
  },
];

describe('answers are read up to their cap: one line, memory bounded', () => {
  it.for(ANSWER_CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    emu.fault(c.fault);
    const r = await spawnSoap([...c.args, '--max-retries', '0'], { env: env(), measureRss: RSS, timeoutMs: 30_000 });
    expect(r.signal, `killed: ${r.stderr}`).toBeNull();
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(c.message)]);
    expect(r.peakRssMb).toBeLessThan(PEAK_RSS_MB);
  });
});
