import { UsageError } from '../errors.js';
import { describeConfigDirSource, findFileInPath, resolveConfigDir } from './paths.js';

type Env = Record<string, string | undefined>;

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted: it may belong to another user',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
};

/** A file where the config folder (or one of its parents) should be: one line that names it and what to change. */
function describeFileInTheWay(env: Env): UsageError | undefined {
  const dir = resolveConfigDir(env);
  const file = findFileInPath(dir);
  if (!file) return undefined;
  const source = describeConfigDirSource(env);
  const what = file === dir && source === 'SOAP_CONFIG_DIR' ? `SOAP_CONFIG_DIR ${dir} is a file, not a folder` : `config folder ${dir} cannot be used: ${file} is a file, not a folder`;
  return new UsageError(what, { hint: `point ${source === 'your home folder' ? 'SOAP_CONFIG_DIR' : source} at a folder (soap keeps config.json in it)` });
}

/** Why the config file could not be read, as one line (ENOENT is not an error: there is no config yet). */
export function describeConfigReadError(env: Env, path: string, err: unknown): UsageError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOTDIR') return describeFileInTheWay(env) ?? new UsageError(`config file ${path} cannot be read (ENOTDIR)`);
  if (code === 'EISDIR') return new UsageError(`config file ${path} is a folder, not a file`, { hint: 'remove or rename that folder, or point SOAP_CONFIG_DIR elsewhere' });
  return new UsageError(`config file ${path} cannot be read (${REASONS[code] ?? code})`, { hint: 'check its owner and permissions (ls -l), or point SOAP_CONFIG_DIR elsewhere' });
}

/** Why the config folder or file could not be created or written, as one line. */
export function describeConfigWriteError(env: Env, err: unknown): UsageError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    const inTheWay = describeFileInTheWay(env);
    if (inTheWay) return inTheWay;
  }
  const dir = resolveConfigDir(env);
  const reason = REASONS[code] ?? (code === 'ENOENT' ? 'a folder cannot be created there' : code);
  return new UsageError(`config folder ${dir} cannot be written (${reason})`, {
    hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space, then run the same command again' : 'point SOAP_CONFIG_DIR at a folder you can write, or fix this one\'s permissions',
  });
}
