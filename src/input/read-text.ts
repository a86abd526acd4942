import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from '../errors.js';

export interface TextSource {
  text: string;
  /** How errors name it: the path as given, or "stdin". */
  label: string;
}

function describeFsError(label: string, err: unknown): UsageError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`${label}: no such file`, { hint: 'check the path' });
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(`${label}: permission denied`, { hint: 'check the file\'s permissions' });
  if (code === 'EISDIR') return new UsageError(`${label}: is a directory, not a file`, { hint: 'give a file (or, for many inputs, see --out-dir)' });
  return new UsageError(`${label}: cannot be read (${code ?? 'error'})`);
}

async function readStream(stream: Readable, maxBytes: number, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > maxBytes) throw new UsageError(`${label}: larger than ${maxBytes} bytes`, { hint: 'split it, or check it is a transcript' });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Reads a file, or stdin for "-", refusing what is missing, a folder, unreadable or larger than `maxBytes`. */
export async function readInputBytes(path: string, stdin: Readable & { isTTY?: boolean }, maxBytes: number): Promise<{ bytes: Buffer; label: string }> {
  if (path === '-') {
    if (stdin.isTTY) throw new UsageError('stdin: nothing piped in', { hint: 'pipe a transcript in (cat t.txt | soap note -) or give a file' });
    return { bytes: await readStream(stdin, maxBytes, 'stdin'), label: 'stdin' };
  }
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw describeFsError(path, err);
  }
  if (info.isDirectory()) throw describeFsError(path, Object.assign(new Error(), { code: 'EISDIR' }));
  if (info.size > maxBytes) throw new UsageError(`${path}: ${info.size} bytes is larger than the ${maxBytes}-byte limit`, { hint: 'split it, or check it is a transcript' });
  try {
    const handle = await open(path, 'r');
    try {
      return { bytes: await handle.readFile(), label: path };
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw describeFsError(path, err);
  }
}
