import { statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { readRegularFileSync } from '../input/read-text.js';
import { describeConfigReadError } from './config-errors.js';
import { CONFIG_KEY_NAMES } from './keys.js';
import { resolveConfigPath } from './paths.js';

type Env = Record<string, string | undefined>;

/** A few settings and keys: anything bigger (a device, a wrong symlink) is not our config file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const KNOWN_KEYS = new Set(CONFIG_KEY_NAMES);

/**
 * Flattens conf's nested JSON (`{soapnoteapi:{key}}`) into dotted keys. A known key keeps whatever it holds — a
 * hand-edited `"key": {"live": "snapi_…"}` is that key with a wrong type, to be refused and masked, not a new key.
 */
function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value) && !KNOWN_KEYS.has(prefix)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = value;
  }
  return out;
}

/**
 * The config file's text as JSON. Editors on Windows save a byte-order mark, which JSON.parse refuses: it is dropped.
 * An empty file is an empty config. conf reads the file with this too (see store.ts).
 */
export function parseConfigText(text: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  return json.trim() === '' ? {} : JSON.parse(json);
}

/**
 * Reads the config file conf writes, with plain fs: commands that only need one value (is a key set?) should not
 * pay for loading conf. Values are validated by zod where they are used (see resolve-settings.ts).
 */
export function readConfigFile(env: Env): Record<string, unknown> {
  const path = resolveConfigPath(env);
  let text: string;
  try {
    text = readRegularFileSync(path, MAX_CONFIG_BYTES).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    if (code === 'EFBIG') throw new UsageError(`config file ${path} is larger than ${MAX_CONFIG_BYTES} bytes`, { hint: 'remove it, or point SOAP_CONFIG_DIR elsewhere' });
    if (code === 'ENOTREG') {
      // A folder where the file should be has its own line; a FIFO or device is simply not our file.
      const isDir = (() => { try { return statSync(path).isDirectory(); } catch { return false; } })();
      if (isDir) throw describeConfigReadError(env, path, Object.assign(new Error(), { code: 'EISDIR' }));
      throw new UsageError(`config file ${path} is not a regular file`, { hint: 'remove it, or point SOAP_CONFIG_DIR elsewhere' });
    }
    throw describeConfigReadError(env, path, err);
  }
  try {
    return flatten(parseConfigText(text));
  } catch {
    throw new UsageError(`config file ${path} is not valid JSON`, { hint: `fix or remove it (soap config path shows where it is)` });
  }
}
