import { z } from 'zod';
import { SPECIALTIES } from '../specialties.js';
import { parseBaseUrl } from '../http/base-url.js';

export const PROVIDERS = ['soapnoteapi', 'assemblyai', 'openai', 'local'] as const;
export type Provider = (typeof PROVIDERS)[number];
export const FORMATS = ['text', 'json', 'markdown', 'fhir'] as const;
export type Format = (typeof FORMATS)[number];

const noWhitespace = (what: string) =>
  z.string().min(1).refine((v) => !/\s/.test(v), `${what} contains whitespace or a line break; paste it again without them`);

const baseUrl = z.string().superRefine((value, ctx) => {
  try {
    parseBaseUrl(value, 'base URL');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message.replace(/^base URL: /, '') });
  }
});

/** Every settable key, flat and dotted as users type them (`soap config set soapnoteapi.key`). */
export const CONFIG_KEYS = {
  'soapnoteapi.key': noWhitespace('the key').regex(/^snapi_sk_(test|live)_[A-Za-z0-9_-]+$/, 'a SOAPNoteAPI key looks like snapi_sk_live_… or snapi_sk_test_…'),
  'soapnoteapi.base_url': baseUrl,
  'assemblyai.key': noWhitespace('the key'),
  'assemblyai.base_url': baseUrl,
  'assemblyai.gateway_url': baseUrl,
  'openai.key': noWhitespace('the key'),
  'openai.base_url': baseUrl,
  provider: z.enum(PROVIDERS),
  specialty: z.enum(SPECIALTIES.map((s) => s.id) as [string, ...string[]]),
  template: z.string().min(1),
  format: z.enum(FORMATS),
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;
export type ConfigValues = Partial<Record<ConfigKey, string>>;

export const SECRET_KEYS: ReadonlySet<ConfigKey> = new Set(['soapnoteapi.key', 'assemblyai.key', 'openai.key']);

export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, key);
}

/** Shows enough of a secret to recognise it, never enough to use it: `snapi_sk_live_…ab12`. */
export function maskSecret(value: string): string {
  const prefix = /^(snapi_sk_(?:test|live)_|sk-)/.exec(value)?.[1] ?? '';
  return value.length <= prefix.length + 8 ? `${prefix}…` : `${prefix}…${value.slice(-4)}`;
}
