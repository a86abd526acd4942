/** The emulator child of test/bench/batch.ts, with scripted transient faults (the standalone runner has no fault flags). */
import { createInterface } from 'node:readline';
import { startEmulator } from '../emulator/index.js';

/** A path matcher that also picks requests by their number, so exactly one request in ten fails, deterministically. */
class PickRequests extends RegExp {
  constructor(private readonly pick: () => boolean) {
    super('^/v1/note$');
  }
  override test(path: string): boolean {
    return super.test(path) && this.pick();
  }
}

/** The emulator; with `faults`, request n fails with a 503 when n % 20 = 3 and with a reset when n % 20 = 13. */
export async function serveEmulator(faults: boolean, latencyMs: number): Promise<void> {
  const emu = await startEmulator({ latencyMs });
  const faulted = new Set<number>();
  if (faults) {
    // The pipeline records a request before it looks for a fault, so requests.length is this request's number.
    const every = (rest: number) =>
      new PickRequests(() => {
        const n = emu.requests.length;
        if (n % 20 !== rest) return false;
        faulted.add(n);
        return true;
      });
    emu.fault({ method: 'POST', path: every(3), status: 503, times: Infinity });
    emu.fault({ method: 'POST', path: every(13), reset: 'before-headers', times: Infinity });
  }
  process.stdout.write(`${emu.url}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== 'stats') continue;
    const made = new Map<string, number>();
    emu.requests.forEach((r, i) => {
      const transcript = (r.json as { transcript?: string } | undefined)?.transcript;
      if (r.path === '/v1/note' && transcript && !faulted.has(i + 1)) made.set(transcript, (made.get(transcript) ?? 0) + 1);
    });
    const duplicateNotes = [...made.values()].filter((n) => n > 1).length;
    process.stdout.write(`${JSON.stringify({ requests: emu.requests.length, faulted: faulted.size, duplicateNotes })}\n`);
  }
  await emu.close();
}
