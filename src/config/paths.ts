import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

/** Where the config lives: SOAP_CONFIG_DIR, else the platform's per-user config folder. */
export function resolveConfigDir(env: Env): string {
  if (env.SOAP_CONFIG_DIR) return env.SOAP_CONFIG_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'soap');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'soap');
}

export function resolveConfigPath(env: Env): string {
  return join(resolveConfigDir(env), 'config.json');
}
