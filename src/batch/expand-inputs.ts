import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';
import { readInputBytes, type InputSource } from '../input/read-text.js';

export interface BatchInput {
  /** As the user gave it (or joined onto what they gave), so reports read like their command line. */
  path: string;
  /** posix path relative to its root, used for mirroring and sharding */
  relative: string;
}

export interface ExpandOptions {
  fromList?: string;
  stdin: Readable & { isTTY?: boolean };
  /** The first Ctrl-C / SIGTERM: a list piped from a writer that never comes is given up. */
  signal: AbortSignal;
  /** Lower-case, with the dot: ['.txt'] or the audio extensions. Applies to directory walks only. */
  extensions: string[];
  cwd: string;
}

const STDIN_INPUT: BatchInput = { path: '-', relative: 'stdin' };
/** About 500,000 paths: a list can be long, but not endless (`--from-list /dev/zero`). */
const MAX_LIST_BYTES = 64 * 1024 * 1024;
/** What `outputPathFor` names its files: a walk or glob must not take last night's notes for transcripts. */
const OUTPUT_NAME = /\.soap\.[^/]+$/;

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Reads `--from-list`: one path per line; blank lines and `#` comments are ignored. */
export async function readPathList(source: string, input: InputSource, cwd: string): Promise<string[]> {
  const label = `--from-list ${source}`;
  if (source === '-' && input.stdin.isTTY) throw new UsageError(`${label}: nothing piped in`, { hint: 'pipe paths in, e.g. find notes -name "*.txt" | soap note --from-list -' });
  const { bytes } = await readInputBytes(source === '-' ? '-' : resolve(cwd, source), input, MAX_LIST_BYTES, label);
  if (bytes.includes(0)) throw new UsageError(`${label}: contains NUL bytes`, { hint: 'give one path per line (find … -print, not -print0)' });
  return bytes
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * Every file under `shown` (read at `dir`, its absolute form) with one of `extensions`, depth first, names sorted by
 * code unit so every machine agrees; paths keep the form the user gave.
 */
async function walkDirectory(dir: string, shown: string, prefix: string, extensions: string[], found: BatchInput[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(`${shown}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { hint: 'check its permissions' });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden entries (.git, editors' temp files, our own atomic-write temps) are never inputs, as with globs.
    if (entry.name.startsWith('.')) continue;
    const relativePath = prefix + entry.name;
    if (entry.isDirectory()) {
      await walkDirectory(join(dir, entry.name), join(shown, entry.name), `${relativePath}/`, extensions, found);
      continue;
    }
    const lower = entry.name.toLowerCase();
    if (OUTPUT_NAME.test(lower) || !extensions.some((ext) => lower.endsWith(ext))) continue;
    // Symlinked files count; symlinked folders are not followed, so a link loop cannot hang the walk.
    if (entry.isFile() || (entry.isSymbolicLink() && (await stat(join(dir, entry.name)).catch(() => undefined))?.isFile())) {
      found.push({ path: join(shown, entry.name), relative: relativePath });
    }
  }
}

/** The pattern's leading segments without wildcards: matches are mirrored relative to it. */
function findStaticBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

async function expandGlob(pattern: string, cwd: string): Promise<BatchInput[]> {
  // Our own outputs are left out here too: `notes/**/*.txt` must not pick up notes/x.soap.txt from last night.
  const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).filter((m) => !OUTPUT_NAME.test(m.toLowerCase()));
  if (matches.length === 0) throw new UsageError(`${pattern}: no files match`, { hint: 'check the pattern; quote it so the shell leaves it to soap' });
  const base = resolve(cwd, findStaticBase(pattern));
  return matches.sort().map((match) => {
    const absolute = resolve(cwd, match);
    return { path: isAbsolute(pattern) ? absolute : match, relative: toPosix(relative(base, absolute)) };
  });
}

/** `literal` for --from-list lines: those are names a program listed, never patterns. */
async function expandOne(arg: string, options: ExpandOptions, literal: boolean): Promise<BatchInput[]> {
  if (arg === '-') return [STDIN_INPUT];
  // A file that exists is taken literally, even when its name has [brackets] or other glob characters.
  const info = await stat(resolve(options.cwd, arg)).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) {
    if (info.code === 'ENOENT' && !literal && isDynamicPattern(arg)) return expandGlob(arg, options.cwd);
    if (info.code === 'ENOENT') throw new UsageError(`${arg}: no such file or directory`, { hint: 'check the path' });
    throw new UsageError(`${arg}: cannot be read (${info.code ?? 'error'})`, { hint: 'check its permissions' });
  }
  if (!info.isDirectory()) return [{ path: arg, relative: basename(arg) }];
  const found: BatchInput[] = [];
  await walkDirectory(resolve(options.cwd, arg), arg, '', options.extensions, found);
  if (found.length === 0) throw new UsageError(`${arg}: no ${options.extensions.join(' / ')} files in this folder`, { hint: 'check the folder, or give the files themselves' });
  return found;
}

/**
 * Turns paths, folders, glob patterns, `-` and `--from-list` into one list without duplicates, in argument order
 * (`--from-list` entries last). Every problem is a UsageError naming the culprit, before anything is sent.
 */
export async function expandInputs(args: string[], options: ExpandOptions): Promise<BatchInput[]> {
  const specs = args.map((value) => ({ value, literal: false }));
  if (options.fromList !== undefined) {
    const listed = await readPathList(options.fromList, options, options.cwd).then((paths) => paths.map((value) => ({ value, literal: true })));
    if (options.fromList === '-' && [...args, ...listed.map((s) => s.value)].includes('-')) {
      throw new UsageError('only one input can come from stdin ("-")', { hint: 'give the transcript as a file, or the list as a file' });
    }
    specs.push(...listed);
  }
  if (specs.length === 0) throw new UsageError('no inputs given', { hint: 'give files, folders or quoted glob patterns, or --from-list FILE' });
  const seen = new Set<string>();
  const inputs: BatchInput[] = [];
  for (const spec of specs) {
    for (const input of await expandOne(spec.value, options, spec.literal)) {
      const key = input.path === '-' ? '-' : resolve(options.cwd, input.path);
      if (seen.has(key)) continue;
      seen.add(key);
      inputs.push(input);
    }
  }
  return inputs;
}
