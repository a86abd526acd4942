import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode-text.js';

/**
 * Decoding a text file's bytes: UTF-8, or UTF-16 with a byte-order mark (what Notepad's "Unicode" and PowerShell 5's
 * `>` write); UTF-16 without a mark, UTF-32 and binary data are refused with a line naming the encoding and how to
 * convert. test/commands/text-encodings.test.ts sends real UTF-16 files through the commands.
 */

const TEXT = 'Doctor: what brings you in? Patient: my knee — it hurts, naïve of me to run on ice 🏃. Señora García agrees.';

/** UTF-16BE: Node has no encoder for it, so the little-endian bytes are swapped pairwise. */
function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}
function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

const BOM = { utf8: [0xef, 0xbb, 0xbf], le: [0xff, 0xfe], be: [0xfe, 0xff], le32: [0xff, 0xfe, 0, 0], be32: [0, 0, 0xfe, 0xff] };
const withMark = (mark: number[], body: Buffer) => Buffer.concat([Buffer.from(mark), body]);

const DECODED: [string, Buffer][] = [
  ['UTF-8', Buffer.from(TEXT)],
  ['UTF-8 with a byte-order mark', withMark(BOM.utf8, Buffer.from(TEXT))],
  ['UTF-16LE with a byte-order mark', withMark(BOM.le, Buffer.from(TEXT, 'utf16le'))],
  ['UTF-16BE with a byte-order mark', withMark(BOM.be, utf16be(TEXT))],
  ['UTF-16LE with a mark and Windows line endings', withMark(BOM.le, Buffer.from(`${TEXT}\r\n${TEXT}\r\n`, 'utf16le'))],
];

const REFUSED: [string, Buffer, RegExp][] = [
  ['UTF-16LE without a mark', Buffer.from(TEXT, 'utf16le'), /^in\.txt: looks like UTF-16LE text without a byte-order mark — convert it to UTF-8 first, e\.g\. iconv -f UTF-16LE -t UTF-8 in\.txt > /],
  ['UTF-16BE without a mark', utf16be(TEXT), /^in\.txt: looks like UTF-16BE text without a byte-order mark — .*iconv -f UTF-16BE -t UTF-8 in\.txt/],
  ['UTF-32LE with a mark', withMark(BOM.le32, utf32(TEXT, true)), /^in\.txt: is UTF-32LE text, which soap does not read — .*iconv -f UTF-32LE -t UTF-8/],
  ['UTF-32BE with a mark', withMark(BOM.be32, utf32(TEXT, false)), /^in\.txt: is UTF-32BE text, which soap does not read/],
  ['UTF-16LE with a mark, cut in the middle of a character', withMark(BOM.le, Buffer.from(TEXT, 'utf16le').subarray(0, 41)), /^in\.txt: starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text/],
  ['UTF-16BE with a mark and a lone surrogate', withMark(BOM.be, Buffer.from([0x00, 0x41, 0xd8, 0x3d, 0x00, 0x42])), /^in\.txt: starts with a UTF-16BE byte-order mark but is not valid/],
  // Random bytes after FF FE are almost always invalid UTF-16 (a lone surrogate); these decode, as control characters.
  ['binary data that starts like a UTF-16 mark', withMark(BOM.le, Buffer.from([0x01, 0x00, 0x1b, 0x00, 0x41, 0x00, 0x0e, 0x00, 0x7f, 0x00, 0x10, 0x00, 0x42, 0x00, 0x13, 0x00])), /^in\.txt: looks binary/],
  ['binary data with NUL bytes here and there', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x7f, 0x00, 0x41, 0x42, 0x43, 0x44, 0x45]), /^in\.txt: looks binary \(contains NUL bytes\)/],
  ['Latin-1', Buffer.from('Señora García, naïve', 'latin1'), /^in\.txt: is not valid UTF-8 text/],
  ['nothing at all', Buffer.alloc(0), /^in\.txt: is empty/],
];

describe('decoding a text file', () => {
  it.for(DECODED)('%s is decoded', ([, bytes]) => {
    expect(decodeText(bytes, 'in.txt').split(/\r?\n/)[0]).toBe(TEXT);
  });

  it.for(REFUSED)('%s is refused with one line', ([, bytes, message]) => {
    let line = '';
    try {
      decodeText(bytes, 'in.txt');
    } catch (err) {
      const e = err as Error & { hint?: string };
      line = `${e.message}${e.hint ? ` — ${e.hint}` : ''}`;
    }
    expect(line).toMatch(message);
  });

  it('names stdin without a file to convert', () => {
    expect(() => decodeText(Buffer.from(TEXT, 'utf16le'), 'stdin')).toThrow(/^stdin: looks like UTF-16LE text without a byte-order mark$/);
  });
});
