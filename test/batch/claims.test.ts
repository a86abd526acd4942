import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireClaim, createOwner, isStale, type ClaimOwner, type ClaimTiming } from '../../src/batch/claim-file.js';
import { createClaimSet } from '../../src/batch/claim-set.js';
import { openReportWriter } from '../../src/batch/report-writer.js';
import type { BatchOutcome } from '../../src/batch/run-batch.js';

/** A process that stays alive for the whole file: the pid of "another run" on this host. */
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
afterAll(() => sleeper.kill());
/** The pid of a process that has exited: a run killed with SIGKILL. */
const deadPid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

const MINUTE = 60_000;
const timing: ClaimTiming = { staleAfterMs: 5 * MINUTE, now: Date.now };
const self = createOwner();
const other = (fields: Partial<ClaimOwner>): ClaimOwner => ({ pid: sleeper.pid!, host: hostname(), started: '2026-01-01T00:00:00.000Z', run: 'other-run', ...fields });

describe('when a claim is stale', () => {
  const now = Date.now();
  const cases: [string, { owner: ClaimOwner | undefined; mtimeMs: number }, boolean][] = [
    ['a live run on this host, refreshed just now', { owner: other({}), mtimeMs: now }, false],
    ['a dead run on this host (SIGKILL), refreshed just now', { owner: other({ pid: Number(deadPid) }), mtimeMs: now }, true],
    ['an earlier process that had this pid', { owner: other({ pid: process.pid }), mtimeMs: now }, true],
    ['this very run', { owner: self, mtimeMs: now }, false],
    ['a run on another host, refreshed a minute ago', { owner: other({ host: 'ci-runner-7', pid: 1 }), mtimeMs: now - MINUTE }, false],
    ['a run on another host, silent for six minutes', { owner: other({ host: 'ci-runner-7', pid: 1 }), mtimeMs: now - 6 * MINUTE }, true],
    ['a live pid on this host that stopped refreshing (hung, or the pid reused)', { owner: other({}), mtimeMs: now - 6 * MINUTE }, true],
    ['a claim being written (no owner yet), just now', { owner: undefined, mtimeMs: now }, false],
    ['a claim torn by a crash, six minutes old', { owner: undefined, mtimeMs: now - 6 * MINUTE }, true],
  ];
  it.for(cases)('%s → stale: %s', ([, seen, stale]) => {
    expect(isStale(seen, self, timing)).toBe(stale);
  });
});

describe('claim files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soap-claims-'));
  let n = 0;
  const path = () => join(dir, `.visit-${n++}.soap.txt.claim`);
  const plant = (p: string, owner: ClaimOwner | string, ageMs = 0) => {
    writeFileSync(p, typeof owner === 'string' ? owner : JSON.stringify(owner));
    const at = new Date(Date.now() - ageMs);
    utimesSync(p, at, at);
  };

  it('claims exclusively, holding pid, host, start time and run; released, it is gone', async () => {
    const p = path();
    const claim = await acquireClaim(p, self, timing);
    expect(claim.held).toBe(true);
    expect(JSON.parse(readFileSync(p, 'utf8'))).toEqual({ pid: process.pid, host: hostname(), started: self.started, run: self.run });
    expect(statSync(p).mode & 0o777).toBe(0o600);
    const second = await acquireClaim(p, createOwner(), timing);
    expect(second).toEqual({ held: false, heldBy: `pid ${process.pid} on ${hostname()} since ${self.started}` });
    if (claim.held) await claim.release();
    expect(existsSync(p)).toBe(false);
  });

  it.for([
    ['a live run on this host', other({}), 0, false],
    ['a run on another host, fresh', other({ host: 'ci-runner-7' }), 0, false],
    ['a dead run on this host', other({ pid: Number(deadPid) }), 0, true],
    ['a run on another host, silent for ten minutes', other({ host: 'ci-runner-7' }), 10 * MINUTE, true],
  ] as const)('a claim of %s: taken over → %s', async ([, owner, age, takenOver]) => {
    const p = path();
    plant(p, owner, age);
    const claim = await acquireClaim(p, self, timing);
    expect(claim.held).toBe(takenOver);
    const holder = JSON.parse(readFileSync(p, 'utf8')) as ClaimOwner;
    expect(holder.run).toBe(takenOver ? self.run : owner.run);
    if (!claim.held) expect(claim.heldBy).toBe(`pid ${owner.pid} on ${owner.host} since ${owner.started}`);
  });

  it('three runs taking over the same stale claim at once: exactly one wins, every time', async () => {
    for (let i = 0; i < 40; i++) {
      const p = path();
      plant(p, other({ pid: Number(deadPid) }));
      const runs = [createOwner(), createOwner(), createOwner()];
      const results = await Promise.all(runs.map((owner) => acquireClaim(p, owner, timing)));
      expect(results.filter((r) => r.held)).toHaveLength(1);
      const winner = runs[results.findIndex((r) => r.held)]!;
      expect((JSON.parse(readFileSync(p, 'utf8')) as ClaimOwner).run).toBe(winner.run);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.takeover'))).toEqual([]);
  });

  it('release leaves alone a claim another run has taken over', async () => {
    const p = path();
    const claim = await acquireClaim(p, self, timing);
    const thief = other({ run: 'thief' });
    plant(p, thief);
    if (claim.held) await claim.release();
    expect((JSON.parse(readFileSync(p, 'utf8')) as ClaimOwner).run).toBe('thief');
  });

  it('a run keeps what it holds fresh, so a slow input is never taken for stale', async () => {
    const claims = createClaimSet({ refreshMs: 20 });
    const p = path();
    const claim = await claims.acquire(p);
    const old = new Date(Date.now() - 10 * MINUTE);
    utimesSync(p, old, old);
    const deadline = Date.now() + 5000;
    while (Date.now() - statSync(p).mtimeMs > MINUTE && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(Date.now() - statSync(p).mtimeMs).toBeLessThan(MINUTE);
    expect(claim.held && (await acquireClaim(p, createOwner(), timing)).held).toBe(false);
    await claims.close();
    expect(existsSync(p)).toBe(false); // released on close
  });
});

describe('the report shared by overlapping runs', () => {
  const line = (input: string): BatchOutcome => ({ input, status: 'ok', attempts: 1, duration_ms: 5, noteId: 'note_1', output: `${input}.soap.txt` });

  it('a run alone replaces the last report; a run that finds another writing it appends; whole lines only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-report-'));
    const path = join(dir, 'report.ndjson');
    writeFileSync(path, '{"input":"last night"}\n');
    const first = await openReportWriter(path, createClaimSet());
    first.write(line('a'));
    const second = await openReportWriter(path, createClaimSet());
    for (let i = 0; i < 50; i++) {
      first.write(line(`first-${i}`));
      second.write(line(`second-${i}`));
    }
    await first.close();
    await second.close();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { input: string });
    expect(lines.map((l) => l.input)).not.toContain('last night');
    expect(lines).toHaveLength(101);
    expect(lines[0]!.input).toBe('a');
    expect(readdirSync(dir)).toEqual(['report.ndjson']); // the runs' markers are gone
  });

  it.for([
    ['a live run on this host', other({}), 0, false],
    ['a dead run (SIGKILL)', other({ pid: Number(deadPid) }), 0, true],
    ['a run on another host, silent for ten minutes', other({ host: 'ci-runner-7' }), 10 * MINUTE, true],
  ] as const)('the marker of %s: the report is replaced → %s', async ([, owner, age, replaced]) => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-report-'));
    const path = join(dir, 'r.ndjson');
    writeFileSync(path, '{"input":"theirs"}\n');
    const marker = join(dir, '.r.ndjson.run-theirs');
    writeFileSync(marker, JSON.stringify(owner));
    const at = new Date(Date.now() - age);
    utimesSync(marker, at, at);
    const writer = await openReportWriter(path, createClaimSet());
    writer.write(line('mine'));
    await writer.close();
    expect(readFileSync(path, 'utf8').includes('theirs')).toBe(!replaced);
    expect(existsSync(marker)).toBe(!replaced);
  });
});
