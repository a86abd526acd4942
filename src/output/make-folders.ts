import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const codeOf = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | undefined)?.code;

/**
 * `mkdir -p`, one folder at a time, instead of Node's `{ recursive: true }`: that one spins forever at full CPU on a
 * path under /proc that does not exist (`-o /proc/nope/x/note.txt` never returned), and reports ENOENT for every
 * failure (a read-only disk too). Made folder by folder, the first one that cannot be made throws its own reason.
 * Safe when another worker makes the same folders at the same time.
 */
export async function makeFolders(dir: string, mode?: number): Promise<void> {
  const missing: string[] = [];
  for (let current = resolve(dir); ; current = dirname(current)) {
    const found = await stat(current).catch((err: unknown) => {
      if (codeOf(err) === 'ENOENT') return undefined;
      throw err;
    });
    if (found) {
      // A file where a folder is needed: mkdir says so (EEXIST), as it would have.
      if (!found.isDirectory()) await mkdir(current);
      break;
    }
    if (dirname(current) === current) break;
    missing.push(current);
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder, mode === undefined ? undefined : { mode });
    } catch (err) {
      // Made meanwhile by a concurrent worker: as good as made here.
      if (codeOf(err) !== 'EEXIST' || !(await stat(folder)).isDirectory()) throw err;
    }
  }
}
