import { UsageError } from '../errors.js';
import { readRegularFileSync } from '../input/read-text.js';
import { resolveConfigPath } from './paths.js';

type Env = Record<string, string | undefined>;

/** A few settings and keys: anything bigger (a device, a wrong symlink) is not our config file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Flattens conf's nested JSON (`{soapnoteapi:{key}}`) into dotted keys. */
function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = value;
  }
  return out;
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
    if (code === 'ENOTREG') throw new UsageError(`config file ${path} is not a regular file`, { hint: 'remove it, or point SOAP_CONFIG_DIR elsewhere' });
    if (code === 'EFBIG') throw new UsageError(`config file ${path} is larger than ${MAX_CONFIG_BYTES} bytes`, { hint: 'remove it, or point SOAP_CONFIG_DIR elsewhere' });
    throw new UsageError(`config file ${path} cannot be read (${(err as NodeJS.ErrnoException).code})`, { hint: 'check its permissions' });
  }
  try {
    return flatten(JSON.parse(text));
  } catch {
    throw new UsageError(`config file ${path} is not valid JSON`, { hint: `fix or remove it (soap config path shows where it is)` });
  }
}
