import { UsageError } from '../errors.js';
import { parseBaseUrl } from '../http/base-url.js';
import { resolveSpecialty } from '../specialties.js';
import { readConfigFile } from './read.js';
import { resolveConfigPath } from './paths.js';
import { CONFIG_KEYS, isConfigKey, type ConfigKey, type ConfigValues, type Format, type Provider } from './schema.js';

type Env = Record<string, string | undefined>;

/** Flags every network command shares; strings as commander hands them over. */
export interface CommonFlags {
  provider?: string;
  baseUrl?: string;
  maxRetries?: string;
  timeout?: string;
  specialty?: string;
  template?: string;
  format?: string;
  json?: boolean;
}

export interface Settings {
  provider: Provider;
  /** True when nothing chose the provider and no key was set, so the offline engine was picked. */
  providerDefaulted: boolean;
  specialty: string | undefined;
  template: string | undefined;
  format: Format;
  maxRetries: number;
  timeoutMs: number;
  soapnoteapi: { key: string | undefined; keySource: string; baseUrl: URL };
  assemblyai: { key: string | undefined; keySource: string; baseUrl: URL; gatewayUrl: URL };
  openai: { key: string | undefined; keySource: string; baseUrl: URL };
}

const DEFAULTS = {
  format: 'text',
  'soapnoteapi.base_url': 'https://api.soapnoteapi.com',
  'assemblyai.base_url': 'https://api.assemblyai.com',
  'assemblyai.gateway_url': 'https://llm-gateway.assemblyai.com',
  'openai.base_url': 'https://api.openai.com',
} satisfies ConfigValues;

/** Environment variables per key, first match wins (SOAPNOTE_API_KEY appears in the service's own docs). */
const ENV_NAMES: Partial<Record<ConfigKey, string[]>> = {
  'soapnoteapi.key': ['SOAPNOTEAPI_KEY', 'SOAPNOTE_API_KEY'],
  'soapnoteapi.base_url': ['SOAPNOTEAPI_BASE_URL'],
  'assemblyai.key': ['ASSEMBLYAI_API_KEY'],
  'assemblyai.base_url': ['ASSEMBLYAI_BASE_URL'],
  'assemblyai.gateway_url': ['ASSEMBLYAI_LLM_GATEWAY_URL'],
  'openai.key': ['OPENAI_API_KEY'],
  'openai.base_url': ['OPENAI_BASE_URL'],
  provider: ['SOAP_PROVIDER'],
  specialty: ['SOAP_SPECIALTY'],
  template: ['SOAP_TEMPLATE'],
  format: ['SOAP_FORMAT'],
};

interface Sourced {
  value: string | undefined;
  source: string;
}

function validate(key: ConfigKey, value: string, source: string): string {
  const result = CONFIG_KEYS[key].safeParse(value);
  if (!result.success) throw new UsageError(`${source}: ${result.error.issues[0]?.message ?? 'invalid value'}`);
  return value;
}

/** Resolves every setting once: defaults ← config file ← environment ← flags, each validated where it came from. */
export function resolveSettings(flags: CommonFlags, env: Env): Settings {
  const file = readConfigFile(env);
  const filePath = resolveConfigPath(env);
  const lookup = (key: ConfigKey, flag?: string, flagName?: string): Sourced => {
    if (flag !== undefined && flagName) return { value: validate(key, flag, flagName), source: flagName };
    for (const name of ENV_NAMES[key] ?? []) {
      const v = env[name];
      if (v !== undefined && v !== '') return { value: validate(key, v, name), source: name };
    }
    const fromFile = file[key];
    if (fromFile !== undefined) {
      if (typeof fromFile !== 'string' || !isConfigKey(key)) throw new UsageError(`${filePath}: ${key} must be a string`);
      return { value: validate(key, fromFile, `config ${key}`), source: `config ${key}` };
    }
    return { value: (DEFAULTS as ConfigValues)[key], source: 'default' };
  };
  const secret = (key: ConfigKey) => {
    const s = lookup(key);
    return { key: s.value, keySource: s.source };
  };

  const chosen = lookup('provider', flags.provider, '--provider').value as Provider | undefined;
  const soapnoteapi = secret('soapnoteapi.key');
  const assemblyai = secret('assemblyai.key');
  const openai = secret('openai.key');
  // With no provider chosen, the backend whose key is set; with no key at all, the offline engine.
  const provider: Provider = chosen ?? (soapnoteapi.key ? 'soapnoteapi' : assemblyai.key ? 'assemblyai' : openai.key ? 'openai' : 'local');
  const format = (flags.json ? 'json' : lookup('format', flags.format, '--format').value) as Format;
  if (flags.json && flags.format && flags.format !== 'json') {
    throw new UsageError(`--json conflicts with --format ${flags.format}`, { hint: 'use one of them' });
  }
  if (flags.baseUrl !== undefined) {
    parseBaseUrl(flags.baseUrl, '--base-url');
    if (provider === 'local') {
      throw new UsageError('--base-url has no effect with the offline engine (--provider local)', {
        hint: chosen ? 'drop --base-url, or choose a hosted --provider' : 'pass --provider soapnoteapi|assemblyai|openai with it',
      });
    }
  }
  const url = (key: ConfigKey, forProvider: Provider) => {
    const s = lookup(key, provider === forProvider ? flags.baseUrl : undefined, '--base-url');
    return parseBaseUrl(s.value!, s.source);
  };
  return {
    provider,
    providerDefaulted: chosen === undefined && provider === 'local',
    format,
    specialty: flags.specialty !== undefined ? resolveSpecialty(flags.specialty) : lookup('specialty').value,
    template: lookup('template', flags.template, '--template').value,
    maxRetries: parseCount(flags.maxRetries, '--max-retries', 2, 10),
    timeoutMs: parseSeconds(flags.timeout, '--timeout', 120) * 1000,
    soapnoteapi: { ...soapnoteapi, baseUrl: url('soapnoteapi.base_url', 'soapnoteapi') },
    assemblyai: { ...assemblyai, baseUrl: url('assemblyai.base_url', 'assemblyai'), gatewayUrl: url('assemblyai.gateway_url', 'assemblyai') },
    openai: { ...openai, baseUrl: url('openai.base_url', 'openai') },
  };
}

/** A whole number within [0, max], or the default when absent. */
export function parseCount(raw: string | undefined, flag: string, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) > max) throw new UsageError(`${flag} must be a whole number from 0 to ${max}, not "${raw}"`);
  return Number(raw);
}

/** A positive number of seconds (fractions allowed), or the default when absent. */
export function parseSeconds(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || !(value > 0) || value > 86_400) {
    throw new UsageError(`${flag} must be a number of seconds greater than 0, not "${raw}"`);
  }
  return value;
}
