import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

type Env = Record<string, string | undefined>;

/** Where the config lives: SOAP_CONFIG_DIR, else the platform's per-user config folder. */
export function resolveConfigDir(env: Env): string {
  if (env.SOAP_CONFIG_DIR) return env.SOAP_CONFIG_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'soap');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'soap');
}

/** Where soap keeps what it can fetch again (the service's specialty list): SOAP_CACHE_DIR, else the per-user cache folder. */
export function resolveCacheDir(env: Env): string {
  if (env.SOAP_CACHE_DIR) return env.SOAP_CACHE_DIR;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'soap', 'cache');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'soap');
}

export function resolveConfigPath(env: Env): string {
  return join(resolveConfigDir(env), 'config.json');
}

/** What chose the folder, for messages that tell the user what to change. */
export function describeConfigDirSource(env: Env): string {
  if (env.SOAP_CONFIG_DIR) return 'SOAP_CONFIG_DIR';
  if (process.platform === 'win32' && env.APPDATA) return 'APPDATA';
  return env.XDG_CONFIG_HOME ? 'XDG_CONFIG_HOME' : 'your home folder';
}

/** The first of `path` and its parents that exists but is not a folder (a file where a folder should be), if any. */
export function findFileInPath(path: string): string | undefined {
  for (let at = resolve(path); ; at = dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : at;
    } catch {
      // missing (or unreadable): look at its parent
    }
    if (dirname(at) === at) return undefined;
  }
}
