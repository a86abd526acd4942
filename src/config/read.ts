import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { describeConfigReadError } from './config-errors.js';
import { CONFIG_KEY_NAMES } from './keys.js';
import { resolveConfigPath } from './paths.js';

type Env = Record<string, string | undefined>;

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
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw describeConfigReadError(env, path, err);
  }
  try {
    return flatten(parseConfigText(text));
  } catch {
    throw new UsageError(`config file ${path} is not valid JSON`, { hint: `fix or remove it (soap config path shows where it is)` });
  }
}
