import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { BatchInput } from '../../src/batch/expand-inputs.js';
import { runBatch, type BatchOptions, type BatchOutcome } from '../../src/batch/run-batch.js';
import { ApiError, TimeoutError, UsageError } from '../../src/errors.js';
import type { RateGate } from '../../src/http/rate-gate.js';

const inputs = (n: number): BatchInput[] => Array.from({ length: n }, (_, i) => ({ path: `in/${i}.txt`, relative: `${i}.txt` }));

function options(extra: Partial<BatchOptions> = {}): BatchOptions {
  return { concurrency: 4, failFast: false, signal: new AbortController().signal, ...extra };
}

/** A fake processItem that tracks how many run at once. */
function tracker(delayMs = 10) {
  const state = { active: 0, peak: 0, started: [] as string[] };
  const processItem = async (input: BatchInput, gate: RateGate) => {
    state.started.push(input.path);
    state.active++;
    state.peak = Math.max(state.peak, state.active);
    await gate.waitTurn(new AbortController().signal);
    await sleep(delayMs);
    state.active--;
    return { noteId: `note_${input.relative}`, output: `out/${input.relative}` };
  };
  return { state, processItem };
}

describe('runBatch', () => {
  it('respects the concurrency bound and actually uses it', async () => {
    const { state, processItem } = tracker();
    const seen: BatchOutcome[] = [];
    const r = await runBatch(inputs(20), processItem, options({ concurrency: 3, onOutcome: (o) => seen.push(o) }));
    expect(state.peak).toBe(3);
    expect(r.counts).toEqual({ ok: 20, skipped: 0, failed: 0, notStarted: 0 });
    expect(r.interrupted).toBe(false);
    expect(seen).toHaveLength(20);
    expect(r.outcomes.map((o) => o.input)).toEqual(inputs(20).map((i) => i.path));
    expect(r.outcomes[0]).toMatchObject({ input: 'in/0.txt', output: 'out/0.txt', status: 'ok', noteId: 'note_0.txt', attempts: 1 });
    expect(r.outcomes[0]!.duration_ms).toBeGreaterThanOrEqual(5);
  });

  it('counts attempts through the gate wrapper, per item', async () => {
    const r = await runBatch(
      inputs(3),
      async (input, gate) => {
        const tries = Number(input.relative[0]) + 1;
        for (let i = 0; i < tries; i++) await gate.waitTurn(new AbortController().signal);
        if (input.relative === '2.txt') throw new TimeoutError('SOAPNoteAPI did not finish within 1 s');
        return {};
      },
      options(),
    );
    expect(r.outcomes.map((o) => [o.status, o.attempts])).toEqual([
      ['ok', 1],
      ['ok', 2],
      ['failed', 3],
    ]);
  });

  it('turns errors into failed outcomes with the service code or the class name', async () => {
    const errors: Record<string, Error> = {
      '0.txt': new ApiError('SOAPNoteAPI is busy', { status: 503, code: 'SERVICE_UNAVAILABLE', requestId: 'r1', service: 'SOAPNoteAPI' }),
      '1.txt': new ApiError('bad gateway', { status: 502, code: undefined, requestId: undefined, service: 'SOAPNoteAPI' }),
      '2.txt': new UsageError('in/2.txt: only 12 characters; a transcript needs at least 50'),
      '3.txt': new TimeoutError('SOAPNoteAPI did not finish within 60 s'),
    };
    const r = await runBatch(inputs(5), async (input) => {
      const err = errors[input.relative];
      if (err) throw err;
      return {};
    }, options());
    expect(r.outcomes.map((o) => o.error)).toEqual([
      { code: 'SERVICE_UNAVAILABLE', message: 'SOAPNoteAPI is busy' },
      { code: 'ApiError', message: 'bad gateway' },
      { code: 'UsageError', message: 'in/2.txt: only 12 characters; a transcript needs at least 50' },
      { code: 'TimeoutError', message: 'SOAPNoteAPI did not finish within 60 s' },
      undefined,
    ]);
    expect(r.outcomes[2]).toMatchObject({ status: 'failed', attempts: 0 });
    expect(r.counts).toEqual({ ok: 1, skipped: 0, failed: 4, notStarted: 0 });
  });

  it('skips what shouldSkip reports as done, without calling processItem', async () => {
    const { state, processItem } = tracker(1);
    const r = await runBatch(inputs(4), processItem, options({ shouldSkip: async (i) => (i.relative < '2' ? `out/${i.relative}` : undefined) }));
    expect(state.started).toEqual(['in/2.txt', 'in/3.txt']);
    expect(r.outcomes[0]).toMatchObject({ status: 'skipped', output: 'out/0.txt', attempts: 0 });
    expect(r.counts).toMatchObject({ ok: 2, skipped: 2 });
  });

  it('--fail-fast stops scheduling at the first failure and lets in-flight items finish', async () => {
    const finished: string[] = [];
    const r = await runBatch(
      inputs(50),
      async (input) => {
        if (input.relative === '1.txt') throw new Error('boom');
        await sleep(20);
        finished.push(input.path);
        return {};
      },
      options({ concurrency: 3, failFast: true }),
    );
    // 0 and 2 were in flight when 1 failed, and finish; 1's slot is not handed to 3.
    expect(finished.sort()).toEqual(['in/0.txt', 'in/2.txt']);
    expect(r.counts).toEqual({ ok: 2, skipped: 0, failed: 1, notStarted: 47 });
    expect(r.interrupted).toBe(false);
  });

  it('without --fail-fast, goes on after failures', async () => {
    const r = await runBatch(inputs(10), async (input) => {
      if (Number(input.relative[0]) % 3 === 0) throw new Error('boom');
      return {};
    }, options());
    expect(r.counts).toEqual({ ok: 6, skipped: 0, failed: 4, notStarted: 0 });
  });

  it('a first Ctrl-C stops scheduling but lets the requests in flight finish', async () => {
    const controller = new AbortController();
    const { state, processItem } = tracker(30);
    const run = runBatch(inputs(40), processItem, options({ concurrency: 4, signal: controller.signal }));
    await sleep(45); // the first four are done, the next four are in flight
    controller.abort();
    const r = await run;
    expect(r.interrupted).toBe(true);
    expect(state.started).toHaveLength(8);
    expect(r.counts).toEqual({ ok: 8, skipped: 0, failed: 0, notStarted: 32 });
    expect(r.outcomes.every((o) => o.status === 'ok')).toBe(true);
  });

  it('starts nothing when already interrupted', async () => {
    const { state, processItem } = tracker(1);
    const r = await runBatch(inputs(5), processItem, options({ signal: AbortSignal.abort() }));
    expect(state.started).toEqual([]);
    expect(r).toMatchObject({ interrupted: true, outcomes: [], counts: { notStarted: 5 } });
  });

  it('shares one rate gate: a pause asked by one item holds the others', async () => {
    const startedAt: number[] = [];
    const t0 = Date.now();
    await runBatch(
      inputs(6),
      async (input, gate) => {
        if (input.relative === '0.txt') gate.pauseFor(150);
        await sleep(5);
        await gate.waitTurn(new AbortController().signal);
        startedAt.push(Date.now() - t0);
        return {};
      },
      options({ concurrency: 3 }),
    );
    expect(Math.min(...startedAt)).toBeGreaterThanOrEqual(140);
  });

  it('stops and rethrows when a hook fails (e.g. the report cannot be written)', async () => {
    const { processItem } = tracker(5);
    let calls = 0;
    const run = runBatch(inputs(20), processItem, options({ concurrency: 2, onOutcome: () => { if (++calls === 2) throw new Error('ENOSPC'); } }));
    await expect(run).rejects.toThrow('ENOSPC');
    expect(calls).toBeLessThan(5);
  });

  describe('inputs claimed by another run (a shared --out-dir)', () => {
    /** A fake claim: `held` lists inputs another run holds for its first `rounds` looks; releases are recorded. */
    function claims(held: Record<string, number>) {
      const looks = new Map<string, number>();
      const released: string[] = [];
      const claim = async (input: BatchInput) => {
        const seen = (looks.get(input.relative) ?? 0) + 1;
        looks.set(input.relative, seen);
        if (seen <= (held[input.relative] ?? 0)) return { held: false as const, heldBy: 'pid 4242 on ci-3 since 2026-01-01T00:00:00.000Z' };
        return { held: true as const, release: async () => void released.push(input.relative) };
      };
      return { claim, looks, released };
    }

    it('goes past a held input, then takes it once the other run lets go; every claim is released', async () => {
      const { state, processItem } = tracker(5);
      const fake = claims({ '1.txt': 3 });
      const waiting: number[] = [];
      const r = await runBatch(inputs(4), processItem, options({ concurrency: 2, claim: fake.claim, recheckMs: 5, onWaiting: (n) => waiting.push(n) }));
      expect(state.started).toEqual(['in/0.txt', 'in/2.txt', 'in/3.txt', 'in/1.txt']);
      expect(fake.looks.get('1.txt')).toBe(4);
      expect(waiting).toEqual([1]);
      expect(r.counts).toEqual({ ok: 4, skipped: 0, failed: 0, notStarted: 0 });
      expect(fake.released.sort()).toEqual(['0.txt', '1.txt', '2.txt', '3.txt']);
    });

    it('an input the other run wrote meanwhile is skipped, not paid for again', async () => {
      const { state, processItem } = tracker(1);
      const fake = claims({ '0.txt': 1 });
      let written = false;
      const r = await runBatch(inputs(2), processItem, options({
        claim: async (input) => {
          const result = await fake.claim(input);
          if (!result.held) written = true; // the other run finishes it while we look elsewhere
          return result;
        },
        shouldSkip: async (input) => (input.relative === '0.txt' && written ? 'out/0.txt' : undefined),
        recheckMs: 5,
      }));
      expect(state.started).toEqual(['in/1.txt']);
      expect(r.outcomes[0]).toMatchObject({ status: 'skipped', reason: 'output exists', output: 'out/0.txt' });
      expect(fake.released).toEqual(['1.txt']); // found written before claiming again: no claim to release
    });

    it('the claim is released after a failure too', async () => {
      const fake = claims({});
      await runBatch(inputs(2), async () => {
        throw new TimeoutError('no answer');
      }, options({ claim: fake.claim }));
      expect(fake.released.sort()).toEqual(['0.txt', '1.txt']);
    });

    it('on Ctrl-C while waiting, a still-held input is reported skipped, naming the holder', async () => {
      const controller = new AbortController();
      const { processItem } = tracker(1);
      const fake = claims({ '0.txt': Infinity });
      // Ctrl-C once the held input has been looked at three times: it is being waited for.
      const claim = async (input: BatchInput) => {
        const result = await fake.claim(input);
        if (fake.looks.get('0.txt') === 3) controller.abort();
        return result;
      };
      const r = await runBatch(inputs(2), processItem, options({ claim, signal: controller.signal, recheckMs: 5 }));
      expect(r.interrupted).toBe(true);
      expect(r.outcomes[0]).toMatchObject({ input: 'in/0.txt', status: 'skipped', reason: 'claimed by another run (pid 4242 on ci-3 since 2026-01-01T00:00:00.000Z)' });
      expect(r.counts).toMatchObject({ ok: 1, skipped: 1, notStarted: 0 });
      expect(fake.looks.get('0.txt')).toBe(3);
    });
  });
});
