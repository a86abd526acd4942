import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InterruptedError, UsageError } from '../../src/errors.js';
import { readInputBytes, readRegularFileSync } from '../../src/input/read-text.js';
import { readVisits } from '../../src/input/visits.js';
import { readSecret } from '../../src/commands/config/read-secret.js';
import type { Context } from '../../src/context.js';

const dir = mkdtempSync(join(tmpdir(), 'soap-read-input-'));
const signal = new AbortController().signal;
const piped = (text: string) => ({ stdin: Object.assign(Readable.from([Buffer.from(text)]), { isTTY: false }), signal });

describe('readInputBytes', () => {
  it('gives up a read that waits for a writer when the signal aborts, and destroys the stream', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    const stop = new AbortController();
    const reading = readInputBytes('-', { stdin, signal: stop.signal }, 1024);
    stop.abort();
    const err = await reading.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InterruptedError);
    expect((err as Error).message).toBe('interrupted while reading stdin');
    expect(stdin.destroyed).toBe(true);
  });

  it('does not start a read once the signal has aborted', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(readInputBytes('-', { ...piped('some text'), signal: stop.signal }, 1024)).rejects.toBeInstanceOf(InterruptedError);
  });

  it.each([
    ['stdin one byte over', () => readInputBytes('-', piped('x'.repeat(11)), 10), 'stdin: larger than 10 bytes'],
    ['a file one byte over', () => readInputBytes(file('over.txt', 'x'.repeat(11)), { ...piped(''), signal }, 10), /over\.txt: 11 bytes is larger than the 10-byte limit/],
    ['a character device', () => readInputBytes('/dev/zero', { ...piped(''), signal }, 10), '/dev/zero: larger than 10 bytes'],
  ])('refuses %s', async (_name, read, message) => {
    await expect(read()).rejects.toThrow(message);
  });

  it('reads exactly the limit', async () => {
    expect((await readInputBytes('-', piped('x'.repeat(10)), 10)).bytes).toHaveLength(10);
  });
});

describe('readRegularFileSync', () => {
  it.each([
    ['a character device', '/dev/zero', 'ENOTREG'],
    ['a folder', dir, 'ENOTREG'],
    ['a file over the limit', () => file('big.json', 'x'.repeat(11)), 'EFBIG'],
    ['a missing file', join(dir, 'missing.json'), 'ENOENT'],
  ])('refuses %s with %s', (_name, path, code) => {
    expect(() => readRegularFileSync(typeof path === 'function' ? path() : path, 10)).toThrow(expect.objectContaining({ code }));
  });
});

describe('readVisits reads each file once', () => {
  const visits = { visits: [{ visit_date: '2026-01-05', soap_note: { subjective: 'knee pain', plan: 'rest' } }] };

  it('a visits file on stdin (it was read twice, and the second read found stdin empty)', async () => {
    expect(await readVisits(['-'], piped(JSON.stringify(visits)), 'field')).toEqual(visits);
  });

  it('a single note on stdin becomes one visit', async () => {
    const note = { subjective: 'cough', plan: 'fluids', visit_date: '2026-02-01' };
    expect(await readVisits(['-'], piped(JSON.stringify(note)), 'field')).toEqual({ visits: [{ visit_date: '2026-02-01', soap_note: { subjective: 'cough', plan: 'fluids' } }] });
  });

  it('refuses a file that is neither', async () => {
    await expect(readVisits(['-'], piped('{"hello":1}'), 'field')).rejects.toBeInstanceOf(UsageError);
  });
});

describe('readSecret at a terminal prompt', () => {
  it('gives up on SIGTERM (Ctrl-C arrives as a character in raw mode, SIGTERM does not) and leaves raw mode', async () => {
    const modes: boolean[] = [];
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: (raw: boolean) => modes.push(raw) });
    const stop = new AbortController();
    const stderr = new PassThrough();
    const ctx = { stdin, stderr, signal: stop.signal } as unknown as Context;
    const reading = readSecret(ctx, 'key: ');
    stdin.write('snapi_sk_te');
    stop.abort();
    await expect(reading).rejects.toBeInstanceOf(InterruptedError);
    expect(modes).toEqual([true, false]);
  });
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
