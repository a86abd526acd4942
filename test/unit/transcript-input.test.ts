import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/input/transcript.js';

const dir = mkdtempSync(join(tmpdir(), 'soap-input-'));
const good = 'Doctor: what brings you in today? Patient: my knee has hurt for three weeks.';

function file(name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

const signal = new AbortController().signal;
const noStdin = { stdin: Object.assign(Readable.from([]), { isTTY: false }), signal };

describe('readTranscript', () => {
  it('reads a good file and strips a BOM', async () => {
    const { text, label } = await readTranscript(file('good.txt', `\uFEFF${good}`), noStdin);
    expect(text).toBe(good);
    expect(label).toContain('good.txt');
  });
  it('reads stdin for "-"', async () => {
    const stdin = Object.assign(Readable.from([Buffer.from(good)]), { isTTY: false });
    expect(await readTranscript('-', { stdin, signal })).toEqual({ text: good, label: 'stdin' });
  });
  it('refuses a terminal as stdin', async () => {
    await expect(readTranscript('-', { stdin: Object.assign(Readable.from([]), { isTTY: true }), signal })).rejects.toThrow('stdin: nothing piped in');
  });
  it.each([
    ['missing', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['directory', () => { const d = join(dir, 'folder'); mkdirSync(d, { recursive: true }); return d; }, /folder: is a directory/],
    ['empty', () => file('empty.txt', ''), /empty\.txt: is empty/],
    ['whitespace', () => file('ws.txt', '   \n\t\n  '), /ws\.txt: contains only whitespace/],
    ['short', () => file('short.txt', 'Patient has a cough.'), /short\.txt: only 20 characters; a transcript needs at least 50/],
    ['binary', () => file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), /bin\.txt: looks binary/],
    ['latin1', () => file('latin1.txt', Buffer.concat([Buffer.from(good), Buffer.from([0xe9, 0x20, 0x41])])), /latin1\.txt: is not valid UTF-8/],
    ['huge', () => file('huge.txt', 'a'.repeat(1024 * 1024 + 1)), /huge\.txt: 1048577 bytes is larger than the 1048576-byte limit/],
  ])('refuses %s input with the file named', async (_name, make, message) => {
    await expect(readTranscript(make(), noStdin)).rejects.toThrow(message);
  });
});
