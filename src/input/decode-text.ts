import { UsageError } from '../errors.js';

/**
 * Turning a text file's bytes into text. UTF-8 is what soap expects; Windows tools (Notepad's "Unicode", PowerShell
 * 5's `>`) save UTF-16 with a byte-order mark, which is decoded rather than called binary. Without a mark, UTF-16
 * cannot be told from binary for sure, so it is refused with the command that converts it.
 */

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'utf-32le': 'UTF-32LE',
  'utf-32be': 'UTF-32BE',
};

/** The encoding a byte-order mark announces (UTF-32's marks first: UTF-32LE's starts like UTF-16LE's). */
function readByteOrderMark(bytes: Buffer): Encoding | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/** Bytes read to guess: enough to be sure, little enough to be instant on a 1 MiB file. */
const SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a mark, by where its NUL bytes are: text in Latin script has a NUL in every other byte, all on the
 * same side (odd offsets for little-endian), while binary data has them anywhere.
 */
function guessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) count++;
  }
  return count;
}

function convertHint(encoding: Encoding, label: string): string {
  const source = label === 'stdin' ? '' : ` ${label}`;
  return `convert it to UTF-8 first, e.g. iconv -f ${NAMES[encoding]} -t UTF-8${source} > transcript-utf8.txt`;
}

function decodeAs(bytes: Buffer, encoding: Encoding, label: string): string {
  try {
    // fatal: a broken sequence is an error, not a U+FFFD in what is sent; the decoder drops the byte-order mark.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding === 'utf-8') throw new UsageError(`${label}: is not valid UTF-8 text`, { hint: 'convert it, e.g. iconv -f latin1 -t utf-8' });
    throw new UsageError(`${label}: starts with a ${NAMES[encoding]} byte-order mark but is not valid ${NAMES[encoding]} text`, {
      hint: 'check the file is whole, or save it again as UTF-8',
    });
  }
}

/** Decodes a text file: UTF-8, or UTF-16 with a byte-order mark. Binary data and other encodings are refused. */
export function decodeText(bytes: Buffer, label: string): string {
  if (bytes.length === 0) throw new UsageError(`${label}: is empty`, { hint: 'give a transcript with some text in it' });
  const marked = readByteOrderMark(bytes);
  if (marked === 'utf-32le' || marked === 'utf-32be') {
    throw new UsageError(`${label}: is ${NAMES[marked]} text, which soap does not read`, { hint: convertHint(marked, label) });
  }
  if (marked === undefined && bytes.includes(0)) {
    const guessed = guessUtf16(bytes);
    if (guessed) throw new UsageError(`${label}: looks like ${NAMES[guessed]} text without a byte-order mark`, { hint: convertHint(guessed, label) });
    throw new UsageError(`${label}: looks binary (contains NUL bytes), not a text transcript`, { hint: 'for recordings use `soap audio`' });
  }
  const text = decodeAs(bytes, marked ?? 'utf-8', label);
  // Any even number of bytes after FF FE decodes as UTF-16: what text never holds (NULs, many control characters)
  // tells binary data that happens to start with a mark.
  const utf16 = marked === 'utf-16le' || marked === 'utf-16be';
  const sample = text.slice(0, SAMPLE_BYTES);
  if (text.includes('\0') || (utf16 && countControls(sample) > sample.length / 100)) {
    throw new UsageError(`${label}: looks binary (contains NUL or control characters), not a text transcript`, { hint: 'for recordings use `soap audio`' });
  }
  return text.replace(/^\uFEFF/, '');
}
