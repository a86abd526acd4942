import { statSync } from 'node:fs';
import { SoapError } from '../errors.js';
import { resolveConfigPath } from './paths.js';
import { readConfigFile } from './read.js';
import { isConfigKey } from './schema.js';

type Env = Record<string, string | undefined>;

export interface ConfigFileReport {
  path: string;
  exists: boolean;
  /** Permission bits, `0600`. */
  mode?: string;
  /** Parses as the JSON soap writes. */
  valid?: boolean;
  /** The settings it sets, by name (values are not reported: some are keys). */
  settings: string[];
  /** Names in it that are no setting soap knows (ignored). */
  unknown: string[];
  problems: { message: string; hint: string }[];
}

/** `soap doctor`'s look at the config file: where it is, who may read it, whether it parses, what it sets. */
export function inspectConfigFile(env: Env): ConfigFileReport {
  const path = resolveConfigPath(env);
  let mode: number;
  try {
    mode = statSync(path).mode & 0o777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path, exists: false, settings: [], unknown: [], problems: [] };
    const message = `config file ${path} cannot be read (${(err as NodeJS.ErrnoException).code})`;
    return { path, exists: true, settings: [], unknown: [], problems: [{ message, hint: 'check its permissions and the folder’s' }] };
  }
  const report: ConfigFileReport = { path, exists: true, mode: `0${mode.toString(8).padStart(3, '0')}`, settings: [], unknown: [], problems: [] };
  // soap creates it 0600; one others can read exposes the keys in it.
  if (mode & 0o077) {
    report.problems.push({ message: `config file ${path} can be read by other users (mode ${report.mode}) and may hold API keys`, hint: `run chmod 600 ${path}` });
  }
  try {
    const names = Object.keys(readConfigFile(env));
    report.valid = true;
    report.settings = names.filter(isConfigKey);
    report.unknown = names.filter((name) => !isConfigKey(name));
  } catch (err) {
    if (!(err instanceof SoapError)) throw err;
    report.valid = false;
    report.problems.push({ message: err.message, hint: err.hint ?? 'fix or remove it' });
  }
  return report;
}
