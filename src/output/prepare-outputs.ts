import { open, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeFolders } from './make-folders.js';
import { UsageError } from '../errors.js';
import { assertOutputsApart, type NamedPath } from './outputs-apart.js';
import { siblingTempName } from './write-atomic.js';

function errnoOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'error';
}

function hintFor(code: string): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'free some space first';
  if (code === 'EROFS') return 'that file system is read-only; choose another place';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where a folder is needed; choose another place';
  return 'check its permissions, or choose another place';
}

/**
 * Proves a folder takes new files by creating and removing an empty hidden one: the same `wx` open the atomic write
 * uses, so a read-only mount, missing permissions or an exhausted inode table shows up before anything is paid for.
 */
async function proveWritable(dir: string, label: string): Promise<void> {
  const probe = siblingTempName(`${dir}/soap-probe`, 'probe');
  try {
    const handle = await open(probe, 'wx', 0o600);
    await handle.close();
    await unlink(probe);
  } catch (err) {
    const code = errnoOf(err);
    throw new UsageError(`${label}: cannot write in ${dir} (${code})`, { hint: hintFor(code) });
  }
}

async function makeFolder(dir: string, label: string): Promise<void> {
  try {
    await makeFolders(dir);
  } catch (err) {
    const code = errnoOf(err);
    throw new UsageError(`${label}: cannot create the folder ${dir} (${code})`, { hint: hintFor(code) });
  }
  if (!(await stat(dir)).isDirectory()) throw new UsageError(`${label}: ${dir} is not a folder`, { hint: hintFor('ENOTDIR') });
}

/** `-o FILE` before the paid request: its folder made if missing and proven writable, and the path not a folder. */
export async function prepareOutputFile(path: string, label = `-o ${path}`): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`${label}: is a folder`, { hint: 'give a file name, or use --out-dir for a folder of notes' });
  const dir = dirname(path);
  await makeFolder(dir, label);
  await proveWritable(dir, label);
}

/** `--out-dir DIR` before the first paid request: created if missing and proven writable. */
export async function prepareOutputDir(dir: string): Promise<void> {
  const label = `--out-dir ${dir}`;
  await makeFolder(dir, label);
  await proveWritable(dir, label);
}

/**
 * `-o FILE` of a single run, before the paid request: refused (exit 2) when it is one of the inputs, through a link
 * or a hard link too; its folder made and proven writable.
 */
export async function prepareSingleOutput(output: string | undefined, inputs: NamedPath[], cwd: string): Promise<void> {
  if (output === undefined) return;
  await assertOutputsApart(inputs, [{ path: output, label: `-o ${output}` }], cwd);
  await prepareOutputFile(output);
}
