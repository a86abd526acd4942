import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Writes a file so readers see either the old content or the whole new one, never a torn write: a private temp
 * file beside the target (mode 0600: notes are patient data), flushed to disk, then renamed over it.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx', 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot write here (${code})`, {
      hint: code === 'ENOENT' ? 'create the folder first' : 'check the folder exists and is writable',
    });
  }
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new UsageError(`${path}: write failed (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { hint: 'check free space and permissions' });
  }
}
