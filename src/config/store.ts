import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Env } from '../context.js';
import { describeConfigWriteError } from './config-errors.js';
import { resolveConfigDir } from './paths.js';
import { parseConfigText, readConfigFile } from './read.js';

export interface ConfigStore {
  set(key: string, value: string): void;
  delete(key: string): void;
}

/**
 * Creates the folder and its missing parents one level at a time, mode 0700. Not `mkdirSync(…, {recursive})`: where
 * a parent exists but answers ENOENT for any child (a path under /proc), Node's recursive mkdir retries forever.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    try {
      // A file where a folder should be fails as mkdir would have; chmod must never reach it.
      if (!statSync(at).isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) throw err;
      missing.push(at);
    }
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level, { mode: 0o700 });
    } catch (err) {
      // Made by another run in the meantime: fine. Anything else (ENOENT under /proc included) is final.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** Runs a write, turning a file-system failure into one line that names the folder and what to do. */
function writing<T>(env: Env, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === undefined) throw err;
    throw describeConfigWriteError(env, err);
  }
}

/**
 * The config file, through conf (atomic writes, a stable on-disk format). The folder is 0700 and the file 0600:
 * it may hold API keys.
 */
export async function openConfigStore(env: Env): Promise<ConfigStore> {
  const dir = resolveConfigDir(env);
  writing(env, () => {
    makeFolder(dir);
    chmodSync(dir, 0o700);
  });
  // conf throws a bare SyntaxError on a hand-broken file; reading it first gives the same clear error as elsewhere.
  readConfigFile(env);
  const { default: Conf } = await import('conf');
  const store = writing(
    env,
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: 'config',
        configFileMode: 0o600,
        projectSuffix: '',
        deserialize: (text) => parseConfigText(text) as Record<string, unknown>,
      }),
  );
  return {
    set: (key, value) => writing(env, () => store.set(key, value)),
    delete: (key) => writing(env, () => store.delete(key)),
  };
}
