import { describe, it } from 'vitest';
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
  return { min: asked - 60, max: asked + 400 };
}
