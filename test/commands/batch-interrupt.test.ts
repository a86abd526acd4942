import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { spawnSoap } from '../reliability/spawn-soap.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());

const STOPPING = /… stopping: (\d+) in flight, finishing \(nothing new starts\); Ctrl-C again to abort them\n/;

it('the first Ctrl-C in a batch says at once what happens: how many are in flight, and that a second aborts them', async () => {
  const root = mkdtempSync(join(tmpdir(), 'soap-interrupt-'));
  const corpus = join(root, 'encounters');
  mkdirSync(corpus);
  for (const name of ['a', 'b', 'c', 'd', 'e']) cpSync('fixtures/transcripts/knee-injury.txt', join(corpus, `${name}.txt`));
  const report = join(root, 'run.ndjson');
  // The service takes three seconds a note: the two in flight are still being written when Ctrl-C comes.
  emu.latencyMs = 3000;
  let signalled = false;
  let linesAtNotice: number | undefined;
  const r = await spawnSoap(['note', corpus, '-s', 'physician', '--out-dir', join(root, 'notes'), '--report', report, '--concurrency', '2'], {
    env: { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url },
    onSpawn: (child) => {
      const timer = setInterval(() => {
        if (emu.requests.filter((q) => q.path === '/v1/note').length >= 2 && !signalled) {
          signalled = true;
          clearInterval(timer);
          child.kill('SIGINT');
        }
      }, 10);
      child.on('close', () => clearInterval(timer));
    },
    onOutput: (text) => {
      // What the report holds when the notice appears: no input has finished yet, so it came at once.
      if (STOPPING.test(text) && linesAtNotice === undefined) linesAtNotice = existsSync(report) ? readFileSync(report, 'utf8').split('\n').filter(Boolean).length : 0;
    },
    timeoutMs: 30_000,
  });
  expect(r.code).toBe(130);
  expect(r.stderr).toMatch(STOPPING);
  expect(STOPPING.exec(r.stderr)![1]).toBe('2');
  expect(linesAtNotice).toBe(0);
  // Said once, before the summary; the two in flight finished and were written, the rest reported not started.
  expect(r.stderr.match(/… stopping:/g)).toHaveLength(1);
  expect(r.stderr.indexOf('… stopping:')).toBeLessThan(r.stderr.search(/ok|failed|skipped/));
  const statuses = readFileSync(report, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { status: string; error?: { code: string } }).error?.code ?? (JSON.parse(l) as { status: string }).status);
  expect(statuses.filter((s) => s === 'ok')).toHaveLength(2);
  expect(statuses.filter((s) => s === 'NOT_STARTED')).toHaveLength(3);
});
