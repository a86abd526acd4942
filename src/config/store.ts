import { chmodSync, mkdirSync } from 'node:fs';
import type { Env } from '../context.js';
import { resolveConfigDir } from './paths.js';
import { readConfigFile } from './read.js';

/**
 * The config file, through conf (atomic writes, a stable on-disk format). The folder is 0700 and the file 0600:
 * it may hold API keys.
 */
export async function openConfigStore(env: Env) {
  const dir = resolveConfigDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  // conf throws a bare SyntaxError on a hand-broken file; reading it first gives the same clear error as elsewhere.
  readConfigFile(env);
  const { default: Conf } = await import('conf');
  const store = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'config', configFileMode: 0o600, projectSuffix: '' });
  return store;
}
