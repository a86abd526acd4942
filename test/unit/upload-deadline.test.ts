import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpCore } from '../../src/http/core.js';
import { TimeoutError } from '../../src/errors.js';
import { TEST_KEY, useEmulator } from '../helpers/emulator-env.js';

const { emu } = useEmulator();

/** Sends `bytes` of body with its length declared, under a 0.3 s timeout; says whether an answer came in time. */
async function sendDeclared(bytes: number): Promise<'answered' | 'timed out'> {
  const core = new HttpCore({
    service: 'SOAPNoteAPI',
    baseUrl: new URL(emu().url),
    headers: { authorization: `Bearer ${TEST_KEY}` },
    userAgent: 'soap/test',
    maxRetries: 0,
    timeoutMs: 300,
    hints: { auth: 'set a key' },
  });
  const body = Buffer.alloc(bytes, 32);
  // Any answer will do (the emulator refuses this body with a 400); only a timeout counts against the deadline.
  return core.json({ method: 'POST', path: '/v1/note', body: () => Readable.from([body]), contentType: 'application/json', contentLength: bytes }, z.unknown()).then(
    () => 'answered',
    (err: unknown) => (err instanceof TimeoutError ? 'timed out' : 'answered'),
  );
}

describe('an upload gets time for its bytes', () => {
  it('a body of known length extends the deadline by its size at 256 KB/s', async () => {
    emu().fault({ path: '/v1/note', delayMs: 600, times: Infinity });
    expect(await sendDeclared(64)).toBe('timed out');
    expect(await sendDeclared(256 * 1024)).toBe('answered');
  });
});
