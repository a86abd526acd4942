import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import type { Fault } from '../emulator/index.js';
import { runSoap } from '../helpers/run-cli.js';
import { hits, startFor, type Endpoint, type Running } from './endpoints.js';
import { FAULTS, askedWaitMs, firstGapMs } from './fault-cases.js';

/** Every (endpoint, fault) pair that applies, as rows of the matrix. */
export function matrixRows(endpoints: Endpoint[]) {
  return endpoints.flatMap((endpoint) => FAULTS.filter((fault) => fault.applies(endpoint)).map((fault) => ({ endpoint, fault })));
}

/**
 * One test per (endpoint, fault): the case starts its own emulator, scripts the fault, runs the command in-process
 * and checks the exit code, that stderr is exactly the one expected line, and how many requests the endpoint saw
 * (and, for 429s, how long soap waited between them). Most cases spend their time waiting, so they run
 * concurrently in one flat suite, which keeps every slot busy.
 */
export function defineFaultMatrix(title: string, endpoints: Endpoint[]): void {
  const rows = matrixRows(endpoints).map((row) => [`${row.endpoint.name} × ${row.fault.name}`, row] as const);
  describe.concurrent(title, () => {
    it.for(rows)('%s', async ([, { endpoint, fault }], { expect }) => {
      const run = await startFor(endpoint.service);
      try {
        const args = await endpoint.args(run);
        const envOverride = (await fault.script(run, endpoint, args)) ?? {};
        const r = await runSoap([...args, '--max-retries', '1', ...(fault.flags ?? ['--timeout', '5'])], { env: { ...run.env, ...envOverride } });
        const want = fault.expect(run, endpoint);
        const lines = r.stderr.split('\n').filter(Boolean);
        expect(lines, r.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(want.message);
        expect(r.code, r.stderr).toBe(want.exit);
        expect(hits(run, endpoint)).toHaveLength(want.requests);
        if (want.gapMs) {
          const gap = firstGapMs(run, endpoint)!;
          const { min, max } = want.gapMs.fromHeader ? datedBounds(run, endpoint) : want.gapMs;
          if (min !== undefined) expect(gap).toBeGreaterThanOrEqual(min);
          if (max !== undefined) expect(gap).toBeLessThanOrEqual(max);
        }
      } finally {
        await run.emu.close();
      }
    });
  });
}

/** Bounds for an HTTP-date Retry-After: what the date asked for, give or take scheduling. */
function datedBounds(run: Running, endpoint: Endpoint): { min: number; max: number } {
  const asked = askedWaitMs(run, endpoint, run.scripted['retry-after'] ?? '');
  // Above any first backoff (at most 0.5 s), or the check would not tell the two apart.
  if (!(asked >= 600)) throw new Error(`the case set its date too close (${asked} ms); raise the offset`);
  // The lower bound is the proof; the upper one only catches a wait that ignored the date altogether.
  return { min: asked - 60, max: asked + 5000 };
}

/**
 * Uploads retried after a failure re-send the whole file: each attempt the emulator saw carries every byte of the
 * recording (size, and the hash where the emulator parsed the multipart body), and the retry succeeds.
 */
export function defineUploadRetries(endpoints: Endpoint[]): void {
  const uploads = endpoints.filter((e) => e.upload);
  const faults: [string, Fault][] = [
    ['reset before the headers', { reset: 'before-headers' }],
    ['reset during the body', { reset: 'during-body' }],
    ['503', { status: 503, message: 'busy', headers: { 'retry-after-ms': '10' } }],
  ];
  const rows = uploads.flatMap((endpoint) => faults.map(([name, fault]) => [`${endpoint.name} × ${name}`, { endpoint, fault }] as const));
  describe.concurrent('uploads retried after a failure re-send the whole file', () => {
    it.for(rows)('%s', async ([, { endpoint, fault }], { expect }) => {
      const run = await startFor(endpoint.service);
      try {
        const file = readFileSync(endpoint.upload!);
        const sha256 = createHash('sha256').update(file).digest('hex');
        run.emu.fault({ method: endpoint.method, path: endpoint.path, times: 1, ...fault });
        const r = await runSoap([...(await endpoint.args(run)), '--json', '--max-retries', '2', '--timeout', '10'], { env: run.env });
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toHaveProperty('plan');
        const attempts = hits(run, endpoint);
        expect(attempts).toHaveLength(2);
        for (const attempt of attempts) {
          const part = attempt.multipart?.files[0];
          if (part) expect({ size: part.size, sha256: part.sha256 }).toEqual({ size: file.length, sha256 });
          else expect(attempt.bodySize).toBe(file.length);
        }
        // The speech API hashes raw uploads as they stream (a reset during the answer comes after the hash).
        if (run.aai) for (const upload of run.aai.uploads) expect(upload).toEqual({ size: file.length, sha256 });
      } finally {
        await run.emu.close();
      }
    });
  });
}
