import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** A path and how a message names it: "-o notes.txt", "the transcript visit.txt", "--report r.ndjson". */
export interface NamedPath {
  path: string;
  label: string;
}

/** What makes two paths one file: the real path (links followed, `./x` = `x`) and, for a file that exists, dev + inode (hard links). */
interface FileIdentity {
  real: string;
  inode: string | undefined;
}

/** Paths that are not files on disk: stdin and URLs are never overwritten. */
function isNotAFile(path: string): boolean {
  return path === '-' || /^https?:\/\//i.test(path);
}

/** Resolves symlinks of the nearest folder that exists, for a file (or folder) that does not exist yet. */
async function realFolder(dir: string, cache: Map<string, Promise<string>>): Promise<string> {
  let found = cache.get(dir);
  if (!found) {
    found = realpath(dir).catch(async () => {
      const parent = dirname(dir);
      return parent === dir ? dir : join(await realFolder(parent, cache), basename(dir));
    });
    cache.set(dir, found);
  }
  return found;
}

async function identify(path: string, cwd: string, cache: Map<string, Promise<string>>): Promise<FileIdentity> {
  const absolute = resolve(cwd, path);
  try {
    const real = await realpath(absolute);
    const info = await stat(real, { bigint: true });
    return { real, inode: `${info.dev}:${info.ino}` };
  } catch {
    // Not there yet (or a dangling link, which the atomic rename replaces): the real folder plus the name.
    return { real: join(await realFolder(dirname(absolute), cache), basename(absolute)), inode: undefined };
  }
}

/**
 * Refuses, before anything is read or sent, any output that is one of the inputs or the same file as another output
 * (the report included): comparing real paths with links followed, and dev + inode for hard links. Otherwise `-o`
 * naming the transcript replaces it with the note, and `--report` naming an input truncates it.
 */
export async function assertOutputsApart(inputs: NamedPath[], outputs: NamedPath[], cwd: string): Promise<void> {
  const cache = new Map<string, Promise<string>>();
  const identified = (list: NamedPath[], isInput: boolean) =>
    Promise.all(list.filter((p) => !isNotAFile(p.path)).map(async (p) => ({ ...p, isInput, id: await identify(p.path, cwd, cache) })));
  const [ins, outs] = await Promise.all([identified(inputs, true), identified(outputs, false)]);
  type Seen = (typeof ins)[number];
  const byReal = new Map<string, Seen>();
  const byInode = new Map<string, Seen>();
  for (const seen of [...ins, ...outs]) {
    const other = byReal.get(seen.id.real) ?? (seen.id.inode === undefined ? undefined : byInode.get(seen.id.inode));
    // Inputs may repeat among themselves (the same context for every input); only an output may not meet anything.
    if (other && !seen.isInput) {
      throw new UsageError(`${seen.label} is the same file as ${other.label}${other.isInput ? ': writing it would destroy the input' : ''}`, {
        hint: other.isInput ? 'choose an output that is not one of the inputs' : 'give every output its own file',
      });
    }
    byReal.set(seen.id.real, seen);
    if (seen.id.inode !== undefined) byInode.set(seen.id.inode, seen);
  }
}
