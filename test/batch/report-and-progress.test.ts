import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderBatchSummary, startBatchProgress, describeProgress } from '../../src/batch/batch-progress.js';
import { openReportWriter } from '../../src/batch/report-writer.js';
import { createClaimSet } from '../../src/batch/claim-set.js';
import type { BatchOutcome } from '../../src/batch/run-batch.js';
import { UsageError } from '../../src/errors.js';
import { CaptureStream } from '../helpers/run-cli.js';

const OK: BatchOutcome = { input: 'in/a.txt', output: 'out/a.soap.txt', status: 'ok', noteId: 'note_1', attempts: 2, duration_ms: 251 };
const FAILED: BatchOutcome = { input: 'in/b.txt', status: 'failed', attempts: 3, duration_ms: 900, error: { code: 'SERVICE_UNAVAILABLE', message: 'SOAPNoteAPI is busy' } };
const SKIPPED: BatchOutcome = { input: 'in/c.txt', output: 'out/c.soap.txt', status: 'skipped', reason: 'output exists', attempts: 0, duration_ms: 0 };

describe('report writer', () => {
  it('writes one NDJSON line per outcome as it happens, every field present, mode 0600', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'soap-report-')), 'report.ndjson');
    const writer = await openReportWriter(path, createClaimSet());
    writer.write(OK);
    // On disk before close: a killed run keeps what it reported.
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(2);
    writer.write(FAILED);
    writer.write(SKIPPED);
    await writer.close();
    writer.write(OK); // after close: ignored, not a crash
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { input: 'in/a.txt', output: 'out/a.soap.txt', status: 'ok', noteId: 'note_1', attempts: 2, duration_ms: 251, error: null, reason: null },
      { input: 'in/b.txt', output: null, status: 'failed', noteId: null, attempts: 3, duration_ms: 900, error: { code: 'SERVICE_UNAVAILABLE', message: 'SOAPNoteAPI is busy' }, reason: null },
      { input: 'in/c.txt', output: 'out/c.soap.txt', status: 'skipped', noteId: null, attempts: 0, duration_ms: 0, error: null, reason: 'output exists' },
    ]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('replaces an older report and tightens its mode', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'soap-report-')), 'report.ndjson');
    writeFileSync(path, 'old line\nold line\n');
    chmodSync(path, 0o644);
    const writer = await openReportWriter(path, createClaimSet());
    writer.write(SKIPPED);
    await writer.close();
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(2);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses a report in a missing folder as a usage error', async () => {
    await expect(openReportWriter(join(tmpdir(), 'no-such-soap-dir', 'r.ndjson'), createClaimSet())).rejects.toThrow(UsageError);
  });
});

describe('batch progress', () => {
  afterEach(() => vi.useRealTimers());

  it('describes done / failed / left and an ETA from the items really worked on', () => {
    const state = { total: 200, done: 12, failed: 1, worked: 10, startedAt: 0 };
    expect(describeProgress(state, 5000)).toBe('12/200 done · 1 failed · 187 left · ETA 1m 34s');
    expect(describeProgress({ ...state, worked: 0 }, 5000)).toBe('12/200 done · 1 failed · 187 left');
    expect(describeProgress({ ...state, done: 199 }, 5000)).toBe('199/200 done · 1 failed · 0 left');
  });

  it('prints a plain line every interval off a terminal, and nothing after stop', async () => {
    vi.useFakeTimers({ now: 0 });
    const stderr = new CaptureStream(false);
    const progress = await startBatchProgress(stderr, 3, { quiet: false, intervalMs: 1000, now: Date.now });
    progress.record(OK);
    expect(stderr.text).toBe('');
    await vi.advanceTimersByTimeAsync(1000);
    progress.record(FAILED);
    progress.log('✗ in/b.txt: SOAPNoteAPI is busy\n');
    await vi.advanceTimersByTimeAsync(1000);
    progress.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(stderr.text).toBe('soap: 1/3 done · 0 failed · 2 left · ETA 2s\n✗ in/b.txt: SOAPNoteAPI is busy\nsoap: 1/3 done · 1 failed · 1 left · ETA 1s\n');
  });

  it('prints nothing at all with --quiet, on a terminal or not', async () => {
    vi.useFakeTimers({ now: 0 });
    for (const tty of [false, true]) {
      const stderr = new CaptureStream(tty);
      const progress = await startBatchProgress(stderr, 3, { quiet: true, intervalMs: 10 });
      progress.record(OK);
      progress.log('✗ in/b.txt: failed\n');
      await vi.advanceTimersByTimeAsync(1000);
      progress.stop();
      expect(stderr.text).toBe('');
    }
  });

  it('shows an ora spinner with the counts on a terminal, and no plain lines', async () => {
    let t = 0;
    const stderr = new CaptureStream(true);
    const progress = await startBatchProgress(stderr, 3, { quiet: false, intervalMs: 10, now: () => t });
    t = 2000;
    progress.record(OK);
    progress.record(SKIPPED);
    await new Promise((r) => setTimeout(r, 120)); // let ora draw a frame
    progress.log('✗ in/b.txt: SOAPNoteAPI is busy\n');
    progress.stop();
    expect(stderr.text).toContain('2/3 done · 0 failed · 1 left · ETA 2s');
    expect(stderr.text).toContain('✗ in/b.txt: SOAPNoteAPI is busy\n');
    expect(stderr.text).not.toContain('soap: ');
  });
});

describe('batch summary', () => {
  it('is one line off a terminal', () => {
    expect(renderBatchSummary({ ok: 195, skipped: 3, failed: 2 }, 63_400, { tty: false, reportPath: 'report.ndjson' })).toMatchInlineSnapshot(`
      "soap: 195 ok, 3 skipped, 2 failed of 200 in 1m 3s · report: report.ndjson
      "
    `);
    expect(renderBatchSummary({ ok: 5, skipped: 0, failed: 0, notStarted: 7 }, 800, { tty: false })).toMatchInlineSnapshot(`
      "soap: 5 ok, 0 skipped, 0 failed, 7 not started of 12 in 800ms
      "
    `);
  });

  it('is a table on a terminal', () => {
    expect(renderBatchSummary({ ok: 195, skipped: 3, failed: 2 }, 3_725_000, { tty: true, reportPath: 'report.ndjson' })).toMatchInlineSnapshot(`
      "┌─────────┬───────┐
      │ ok      │   195 │
      │ skipped │     3 │
      │ failed  │     2 │
      │ total   │   200 │
      │ time    │ 1h 2m │
      └─────────┴───────┘
      report: report.ndjson
      "
    `);
    expect(renderBatchSummary({ ok: 1, skipped: 0, failed: 0, notStarted: 4 }, 42_000, { tty: true })).toMatchInlineSnapshot(`
      "┌─────────────┬─────┐
      │ ok          │   1 │
      │ skipped     │   0 │
      │ failed      │   0 │
      │ not started │   4 │
      │ total       │   5 │
      │ time        │ 42s │
      └─────────────┴─────┘
      "
    `);
  });
});
