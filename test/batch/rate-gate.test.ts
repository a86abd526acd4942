import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countAttempts, createRateGate } from '../../src/http/rate-gate.js';

describe('rate gate', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('lets everyone through at once when nobody asked for a pause', async () => {
    const gate = createRateGate(Date.now);
    const signal = new AbortController().signal;
    await Promise.all([gate.waitTurn(signal), gate.waitTurn(signal)]);
  });

  it('holds every waiter until the pause is over, then lets them all proceed', async () => {
    const gate = createRateGate(Date.now);
    const signal = new AbortController().signal;
    gate.pauseFor(2000);
    const passed: number[] = [];
    const waiters = [1, 2, 3].map((id) => gate.waitTurn(signal).then(() => passed.push(id)));
    await vi.advanceTimersByTimeAsync(1999);
    expect(passed).toEqual([]);
    // A worker arriving during the pause waits for the same end, not a fresh one.
    const late = gate.waitTurn(signal).then(() => passed.push(4));
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all([...waiters, late]);
    expect(passed.sort()).toEqual([1, 2, 3, 4]);
  });

  it('extends a pause when another 429 asks for longer, never shortens it', async () => {
    const gate = createRateGate(Date.now);
    const signal = new AbortController().signal;
    gate.pauseFor(1000);
    let passed = false;
    const waiter = gate.waitTurn(signal).then(() => (passed = true));
    await vi.advanceTimersByTimeAsync(500);
    gate.pauseFor(1500); // until t = 2000
    gate.pauseFor(10); // shorter: ignored
    await vi.advanceTimersByTimeAsync(600);
    expect(passed).toBe(false);
    await vi.advanceTimersByTimeAsync(900);
    await waiter;
    expect(passed).toBe(true);
  });

  it('stops waiting when the request is aborted', async () => {
    const gate = createRateGate(Date.now);
    const controller = new AbortController();
    gate.pauseFor(60_000);
    const waiter = gate.waitTurn(controller.signal);
    controller.abort();
    await expect(waiter).rejects.toThrow();
    await expect(gate.waitTurn(controller.signal)).rejects.toThrow();
  });

  it('counts attempts per item while sharing the pause', async () => {
    const shared = createRateGate(Date.now);
    const a = countAttempts(shared);
    const b = countAttempts(shared);
    const signal = new AbortController().signal;
    await a.waitTurn(signal);
    a.pauseFor(100);
    let bPassed = false;
    const waiter = b.waitTurn(signal).then(() => (bPassed = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(bPassed).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    await waiter;
    await a.waitTurn(signal);
    expect([a.attempts, b.attempts]).toEqual([2, 1]);
  });
});
