import { z } from 'zod';
import { parseBaseUrl } from '../http/base-url.js';
import { FORMATS, type Format } from '../output/formats.js';
import { PROVIDERS, PROVIDER_IDS, type ProviderId } from '../providers/table.js';
import { maskSecret } from '../text/secrets.js';
import { SECRET_KEY_NAMES } from './keys.js';

export { PROVIDER_IDS as PROVIDERS, type ProviderId as Provider };
export { FORMATS, type Format };

const noWhitespace = (what: string) =>
  z.string().min(1).refine((v) => !/\s/.test(v), `${what} contains whitespace or a line break; paste it again without them`);

const baseUrl = z.string().superRefine((value, ctx) => {
  try {
    parseBaseUrl(value, 'base URL');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message.replace(/^base URL: /, '') });
  }
});

/**
 * A provider's key: no whitespace (a pasted line break is never part of a key). Its documented shape is only checked
 * for a warning (describeKeyShape): vendors change key formats, and the service's 401 decides.
 */
const keySchema = noWhitespace('the key');

/** `<provider>.key` and `<provider>.<url>` for every row of the provider table. */
const PROVIDER_KEYS = Object.fromEntries(
  PROVIDERS.flatMap((p) => [
    ...(p.key ? [[`${p.id}.key`, keySchema] as const] : []),
    ...Object.keys(p.urls).map((name) => [`${p.id}.${name}`, baseUrl] as const),
  ]),
) as Record<string, z.ZodType<string>>;

/** Every settable key, flat and dotted as users type them (`soap config set soapnoteapi.key`). */
export const CONFIG_KEYS: Readonly<Record<string, z.ZodType<string>>> = {
  ...PROVIDER_KEYS,
  provider: z.enum(PROVIDER_IDS),
  // Any name: the service's own list decides (checked where it is used, and by `config set`).
  specialty: z.string().trim().min(1, 'a specialty is required'),
  template: z.string().min(1),
  format: z.enum(FORMATS),
};

export type ConfigKey = string;
export type ConfigValues = Partial<Record<ConfigKey, string>>;

/** The keys that hold secrets: one per provider that takes a key. */
export const SECRET_KEYS: ReadonlySet<ConfigKey> = new Set(SECRET_KEY_NAMES);

/** What is odd about a key's shape, for a warning; undefined when it looks like the provider documents it, or for other settings. */
export function describeKeyShape(key: ConfigKey, value: string): string | undefined {
  const shape = PROVIDERS.find((p) => `${p.id}.key` === key)?.key?.shape;
  return shape && !shape.pattern.test(value) ? shape.message : undefined;
}

export function isConfigKey(key: string): boolean {
  return Object.hasOwn(CONFIG_KEYS, key);
}

/** A JSON value's kind, as messages name it: `a number`, `an object`, `a list`. */
function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * How `config get/list` show a value read from the file. A key is masked whatever its type: a hand-edited file may
 * hold it as a number, a list or an object, and none of it is printed. Other values that are not strings show as JSON.
 */
export function displayConfigValue(key: ConfigKey, value: unknown): string {
  if (SECRET_KEYS.has(key)) return typeof value === 'string' ? maskSecret(value) : `(invalid: ${describeKind(value)}, not a string)`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Why a value from the file cannot be used as it is, or undefined when it is a string. */
export function describeWrongType(value: unknown): string | undefined {
  return typeof value === 'string' ? undefined : `is ${describeKind(value)}, not a string`;
}
