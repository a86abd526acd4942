import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-env.js';
import { spawnSoap, type SpawnResult } from '../reliability/spawn-soap.js';

/**
 * Issue 13, class 3: runs that share an --out-dir (a cron overlap, a retried CI job, shards on a shared volume),
 * as real processes against one emulator: no input is paid for twice, the shared report holds whole lines, shards
 * still run side by side, and claims left by a run killed with SIGKILL are taken over.
 */
const { emu, env } = useEmulator();
const TRANSCRIPT = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');

function makeCorpus(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'soap-overlap-'));
  for (let i = 0; i < count; i++) {
    const sub = join(root, 'in', `clinic-${i % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `visit-${String(i).padStart(3, '0')}.txt`), `Tag ${String(i).padStart(3, '0')}. ${TRANSCRIPT}`);
  }
  return root;
}

/** Note requests per input, by the tag each transcript opens with. */
function requestsPerInput(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of emu().requests.filter((r) => r.method === 'POST' && r.path === '/v1/note')) {
    const tag = /^Tag \d{3}/.exec((q.json as { transcript: string }).transcript)![0];
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1)).sort();
}

interface Line {
  input: string;
  status: string;
  reason: string | null;
  error: { code: string } | null;
}

function readLines(path: string): Line[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
}

const args = (root: string, ...extra: string[]) => ['note', join(root, 'in'), '-s', 'physician', '--out-dir', join(root, 'out'), '--concurrency', '4', ...extra];

describe('runs sharing one --out-dir', () => {
  it('three overlapping runs of the same command: every input paid for once, one whole report line per input per run', async () => {
    const root = makeCorpus(24);
    emu().latencyMs = 40;
    const report = join(root, 'report.ndjson');
    const runs = await Promise.all([0, 1, 2].map(() => spawnSoap(args(root, '--report', report), { env: env(), timeoutMs: 60_000 })));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect([...requestsPerInput().values()]).toEqual(Array(24).fill(1));
    expect(files(join(root, 'out'))).toHaveLength(24); // the notes, and no claim, temp or marker file
    expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]);
    const lines = readLines(report); // every line parses: none torn or interleaved
    expect(lines).toHaveLength(72);
    const byInput = new Map<string, Line[]>();
    for (const l of lines) byInput.set(l.input, [...(byInput.get(l.input) ?? []), l]);
    expect(byInput.size).toBe(24);
    for (const [input, seen] of byInput) {
      expect(seen.map((l) => l.status).sort(), input).toEqual(['ok', 'skipped', 'skipped']);
      expect(seen.filter((l) => l.status === 'skipped').every((l) => l.reason === 'output exists')).toBe(true);
    }
  });

  it('shards on a shared volume still run side by side: no shard waits on another, each input once', async () => {
    const root = makeCorpus(18);
    emu().latencyMs = 60;
    const runs = await Promise.all([1, 2, 3].map((i) => spawnSoap(args(root, '--shard', `${i}/3`, '--report', join(root, `shard-${i}.ndjson`), '--concurrency', '2'), { env: env(), timeoutMs: 60_000 })));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/another run/);
    }
    expect([...requestsPerInput().values()]).toEqual(Array(18).fill(1));
    expect(files(join(root, 'out'))).toHaveLength(18);
    const lines = [1, 2, 3].flatMap((i) => readLines(join(root, `shard-${i}.ndjson`)));
    expect(lines.map((l) => l.status)).toEqual(Array(18).fill('ok'));
  });

  it('a run killed with SIGKILL leaves its claims; the next run takes them over at once and finishes everything', async () => {
    const root = makeCorpus(12);
    emu().latencyMs = 400;
    let claimsAtKill: string[] = [];
    const first = spawnSoap(args(root, '--report', join(root, 'first.ndjson'), '--concurrency', '2'), {
      env: env(),
      onSpawn: (child) => {
        const watch = setInterval(() => {
          // Four requests in: two notes written, two more in flight (claimed, unanswered).
          if (emu().requests.length >= 4) {
            clearInterval(watch);
            claimsAtKill = files(join(root, 'out')).filter((f) => f.endsWith('.claim'));
            child.kill('SIGKILL');
          }
        }, 5);
      },
    });
    const killed: SpawnResult = await first;
    expect(killed.signal).toBe('SIGKILL');
    expect(claimsAtKill.length).toBeGreaterThan(0);
    const leftClaims = files(join(root, 'out')).filter((f) => f.endsWith('.claim'));
    expect(leftClaims.length).toBeGreaterThan(0); // left for the reaper
    const written = files(join(root, 'out')).filter((f) => f.endsWith('.soap.txt'));
    emu().latencyMs = 10;
    const before = requestsPerInput();
    // The retried job: the same command, the same report.
    const second = await spawnSoap(args(root, '--report', join(root, 'first.ndjson')), { env: env(), timeoutMs: 30_000 });
    expect(second.code, second.stderr).toBe(0);
    expect(files(join(root, 'out')).filter((f) => f.endsWith('.soap.txt'))).toHaveLength(12);
    expect(files(join(root, 'out')).filter((f) => !f.endsWith('.soap.txt'))).toEqual([]);
    expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]); // the dead run's report marker reaped
    // What the killed run had written is not sent again; only what it never saved is.
    const after = requestsPerInput();
    const sentAgain = [...after].filter(([tag, n]) => n > (before.get(tag) ?? 0)).length;
    expect(sentAgain).toBe(12 - written.length);
    // The dead run's report is replaced, as after any run that ended: this run's lines only.
    const lines = readLines(join(root, 'first.ndjson'));
    expect(lines).toHaveLength(12);
    expect(lines.filter((l) => l.status === 'skipped')).toHaveLength(written.length);
  });

  it('a run that finds inputs held by a live run waits for it, then skips what it wrote', async () => {
    const root = makeCorpus(4);
    // The slow run's four answers take 6 s: long enough for a second process to start, however loaded the machine.
    emu().fault({ path: '/v1/note', delayMs: 6000, times: 4 });
    const slow = spawnSoap(args(root, '--concurrency', '4', '--report', join(root, 'slow.ndjson')), { env: env(), timeoutMs: 30_000 });
    // Once the slow run holds all four, a second run starts: it must not send any of them.
    const deadline = Date.now() + 10_000;
    while (emu().requests.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const second = spawn(process.execPath, ['bin/soap.js', ...args(root, '--report', join(root, 'second.ndjson'))], { env: { PATH: process.env.PATH ?? '', HOME: root, SOAP_CONFIG_DIR: join(root, 'cfg'), NO_COLOR: '1', ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    second.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const [code] = await Promise.all([new Promise((r) => second.on('close', r)), slow]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/… 4 inputs are being written by another run sharing .*out; waiting for it/);
    expect([...requestsPerInput().values()]).toEqual([1, 1, 1, 1]);
    expect(readLines(join(root, 'second.ndjson')).map((l) => l.reason)).toEqual(Array(4).fill('output exists'));
    expect(existsSync(join(root, 'out'))).toBe(true);
  });
});
