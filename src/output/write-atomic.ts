import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputWriteError } from './unkept-note.js';

/** A hidden name beside `path`, unique to this process: walks and globs skip it, and no two writers share one. */
export function siblingTempName(path: string, suffix: string): string {
  // node:crypto is loaded on first use, not with the module: most runs never get here, and loading it costs start-up time.
  return join(dirname(path), `.${basename(path)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.${suffix}`);
}

/**
 * Writes a file so readers see either the old content or the whole new one, never a torn write: a private temp
 * file beside the target (mode 0600: notes are patient data), flushed to disk, then renamed over it. A failure
 * (full disk, permissions) leaves no temp file behind and throws OutputWriteError naming the system's code.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = siblingTempName(path, 'tmp');
  let handle;
  try {
    handle = await open(tmp, 'wx', 0o600);
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new OutputWriteError(path, (err as NodeJS.ErrnoException).code ?? 'error', err);
  }
}
