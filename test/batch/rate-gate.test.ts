import { describe, expect, it } from 'vitest';
import { countAttempts, createRateGate } from '../../src/http/rate-gate.js';

const START = 1_000_000;

/** Lets every pending promise chain run (a real macrotask: nothing here fakes the global timers). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A clock that moves only when told to, and the sleep that goes with it. `advance` wakes each sleeper at its own
 * moment, in order, so a waiter that wakes and finds the pause extended can go back to sleep before time moves on.
 */
function fakeClock() {
  let time = START;
  let sleepers: { until: number; wake: () => void }[] = [];
  const slept: number[] = [];
  return {
    now: () => time,
    /** The lengths of the sleeps asked for, in order. */
    slept,
    sleep: (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        signal.throwIfAborted();
        slept.push(ms);
        const sleeper = { until: time + ms, wake: resolve };
        sleepers.push(sleeper);
        signal.addEventListener(
          'abort',
          () => {
            sleepers = sleepers.filter((s) => s !== sleeper);
            reject(signal.reason);
          },
          { once: true },
        );
      }),
    async advance(ms: number) {
      const target = time + ms;
      for (;;) {
        const next = sleepers.filter((s) => s.until <= target).sort((a, b) => a.until - b.until)[0];
        if (!next) break;
        sleepers = sleepers.filter((s) => s !== next);
        time = next.until;
        next.wake();
        await settle();
      }
      time = target;
      await settle();
    },
  };
}

/** Starts a waiter and records the fake time at which it got through (undefined while it waits). */
function waiter(gate: ReturnType<typeof createRateGate>, clock: ReturnType<typeof fakeClock>, signal = new AbortController().signal) {
  const state: { passedAt?: number; done: Promise<void> } = { done: Promise.resolve() };
  state.done = gate.waitTurn(signal).then(() => {
    state.passedAt = clock.now() - START;
  });
  return state;
}

describe('rate gate (on a fake clock and sleep)', () => {
  it('lets everyone through at once when nobody asked for a pause', async () => {
    const clock = fakeClock();
    const gate = createRateGate(clock);
    const waiters = [waiter(gate, clock), waiter(gate, clock)];
    await Promise.all(waiters.map((w) => w.done));
    expect(waiters.map((w) => w.passedAt)).toEqual([0, 0]);
    expect(clock.slept).toEqual([]);
  });

  it('holds every waiter until the pause is over, then lets them all proceed', async () => {
    const clock = fakeClock();
    const gate = createRateGate(clock);
    gate.pauseFor(2000);
    const early = [waiter(gate, clock), waiter(gate, clock), waiter(gate, clock)];
    await clock.advance(1999);
    expect(early.map((w) => w.passedAt)).toEqual([undefined, undefined, undefined]);
    // A worker arriving during the pause waits for the same end, not a fresh one.
    const late = waiter(gate, clock);
    await clock.advance(1);
    await Promise.all([...early, late].map((w) => w.done));
    expect([...early, late].map((w) => w.passedAt)).toEqual([2000, 2000, 2000, 2000]);
    expect(clock.slept).toEqual([2000, 2000, 2000, 1]);
  });

  it('extends a pause when another 429 asks for longer, never shortens it', async () => {
    const clock = fakeClock();
    const gate = createRateGate(clock);
    gate.pauseFor(1000);
    const w = waiter(gate, clock);
    await clock.advance(500);
    gate.pauseFor(1500); // until t = 2000
    gate.pauseFor(10); // would end it at t = 510: ignored
    // The waiter wakes at t = 1000 as first asked, finds the pause extended, and sleeps again.
    await clock.advance(600);
    expect(w.passedAt).toBeUndefined();
    await clock.advance(899);
    expect(w.passedAt).toBeUndefined();
    await clock.advance(1);
    await w.done;
    expect(w.passedAt).toBe(2000);
    expect(clock.slept).toEqual([1000, 1000]);
  });

  it('a shorter pause asked later does not let a new waiter through early', async () => {
    const clock = fakeClock();
    const gate = createRateGate(clock);
    gate.pauseFor(3000);
    await clock.advance(1000);
    gate.pauseFor(100);
    const w = waiter(gate, clock);
    await clock.advance(1999);
    expect(w.passedAt).toBeUndefined();
    await clock.advance(1);
    await w.done;
    expect(w.passedAt).toBe(3000);
  });

  it('stops waiting when the request is aborted', async () => {
    const clock = fakeClock();
    const gate = createRateGate(clock);
    const controller = new AbortController();
    gate.pauseFor(60_000);
    const pending = gate.waitTurn(controller.signal);
    await settle();
    controller.abort();
    await expect(pending).rejects.toThrow();
    await expect(gate.waitTurn(controller.signal)).rejects.toThrow();
    // No time passed: the abort itself ended the wait.
    expect(clock.now()).toBe(START);
  });

  it('counts attempts per item while sharing the pause', async () => {
    const clock = fakeClock();
    const shared = createRateGate(clock);
    const a = countAttempts(shared);
    const b = countAttempts(shared);
    const signal = new AbortController().signal;
    await a.waitTurn(signal);
    a.pauseFor(100);
    const w = waiter(b, clock);
    await clock.advance(50);
    expect(w.passedAt).toBeUndefined();
    await clock.advance(50);
    await w.done;
    expect(w.passedAt).toBe(100);
    await a.waitTurn(signal);
    expect([a.attempts, b.attempts]).toEqual([2, 1]);
  });
});

describe('rate gate (its defaults: Date.now and node:timers/promises)', () => {
  it('really waits out a short pause', async () => {
    const gate = createRateGate();
    gate.pauseFor(30);
    const started = Date.now();
    await gate.waitTurn(new AbortController().signal);
    // Date.now has whole milliseconds, so allow one either side of the 30 asked for.
    expect(Date.now() - started).toBeGreaterThanOrEqual(29);
  });
});
