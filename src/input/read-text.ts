import { createReadStream, fstatSync, open, openSync, readSync, closeSync, constants, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { InterruptedError, UsageError } from '../errors.js';

export interface TextSource {
  text: string;
  /** How errors name it: the path as given, or "stdin". */
  label: string;
}

/** Where "-" reads from, and the first Ctrl-C / SIGTERM, which abandons a read that is waiting for a writer. */
export interface InputSource {
  stdin: Readable & { isTTY?: boolean };
  signal: AbortSignal;
}

function describeFsError(label: string, err: unknown): UsageError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`${label}: no such file`, { hint: 'check the path' });
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(`${label}: permission denied`, { hint: 'check the file\'s permissions' });
  if (code === 'EISDIR') return new UsageError(`${label}: is a directory, not a file`, { hint: 'give a file (or, for many inputs, see --out-dir)' });
  return new UsageError(`${label}: cannot be read (${code ?? 'error'})`);
}

function tooLarge(label: string, maxBytes: number): UsageError {
  return new UsageError(`${label}: larger than ${maxBytes} bytes`, { hint: 'split it, or check it is the right file' });
}

/**
 * Reads a stream up to `maxBytes`: one byte more is refused at once, whatever the source (a pipe, /dev/zero, a FIFO
 * fed forever), so memory stays bounded. The first abort of `signal` gives up the read — a FIFO or a pipe with no
 * writer would otherwise wait for ever — and the stream is destroyed.
 */
function readCapped(stream: Readable, maxBytes: number, label: string, signal: AbortSignal): Promise<Buffer> {
  const reading = (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += buf.length;
      if (size > maxBytes) throw tooLarge(label, maxBytes);
      chunks.push(buf);
    }
    return Buffer.concat(chunks);
  })();
  return new Promise((resolve, reject) => {
    const abandon = (): void => {
      reject(new InterruptedError(`interrupted while reading ${label}`, { hint: 'nothing was sent' }));
      stream.destroy();
    };
    if (signal.aborted) abandon();
    signal.addEventListener('abort', abandon, { once: true });
    reading.then(resolve, reject).finally(() => signal.removeEventListener('abort', abandon));
  });
}

/**
 * A FIFO is opened without blocking and read through the event loop, where it waits for a writer as `cat` would and
 * a signal can end the wait: a blocking open would hold a libuv thread — and the process, even process.exit — until
 * a writer came. Anything else is streamed from disk, `end` (inclusive) reading at most one byte over the limit.
 */
async function openInput(path: string, info: Stats, maxBytes: number): Promise<Readable> {
  if (!info.isFIFO()) return createReadStream(path, { end: maxBytes, highWaterMark: 64 * 1024 });
  const fd = await promisify(open)(path, constants.O_RDONLY | constants.O_NONBLOCK);
  // node:net is loaded on first use, not with the module: most runs never get here, and loading it costs start-up time.
  return new (process.getBuiltinModule('node:net').Socket)({ fd, readable: true, writable: false });
}

/**
 * Reads a file, or stdin for "-", refusing what is missing, a folder, unreadable or larger than `maxBytes`. Files
 * are streamed too, never read whole: a character device or a FIFO reports size 0 and may never end.
 */
export async function readInputBytes(
  path: string,
  source: InputSource,
  maxBytes: number,
  label = path === '-' ? 'stdin' : path,
): Promise<{ bytes: Buffer; label: string }> {
  if (path === '-') {
    if (source.stdin.isTTY) throw new UsageError(`${label}: nothing piped in`, { hint: 'pipe a transcript in (cat t.txt | soap note -) or give a file' });
    return { bytes: await readCapped(source.stdin, maxBytes, label, source.signal), label };
  }
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw describeFsError(label, err);
  }
  if (info.isDirectory()) throw describeFsError(label, Object.assign(new Error(), { code: 'EISDIR' }));
  if (info.isFile() && info.size > maxBytes) throw new UsageError(`${label}: ${info.size} bytes is larger than the ${maxBytes}-byte limit`, { hint: 'split it, or check it is the right file' });
  try {
    return { bytes: await readCapped(await openInput(path, info, maxBytes), maxBytes, label, source.signal), label };
  } catch (err) {
    if (err instanceof UsageError || err instanceof InterruptedError) throw err;
    throw describeFsError(label, err);
  }
}

/**
 * The synchronous reader for small files read before any command runs (the config file): a regular file only —
 * opening a FIFO would block the process where no signal can reach it — and at most `maxBytes`. Throws errno errors
 * (`ENOENT`…), or one with code `ENOTREG` / `EFBIG` for a file that is not regular or too large.
 */
export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
    if (info.size > maxBytes) throw Object.assign(new Error(`${path} is larger than ${maxBytes} bytes`), { code: 'EFBIG' });
    // One byte more than the limit, so a file that grew since fstat is still caught.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw Object.assign(new Error(`${path} is larger than ${maxBytes} bytes`), { code: 'EFBIG' });
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
