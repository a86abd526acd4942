import { UsageError } from '../errors.js';
import { parseBaseUrl } from '../http/base-url.js';
import type { ConnectionSettings, ServiceSettings } from '../http/connection.js';
import { PROVIDERS, findProvider, type ProviderId } from '../providers/table.js';
import { matchSpecialty } from '../specialties.js';
import { readConfigFile } from './read.js';
import { resolveConfigPath } from './paths.js';
import { CONFIG_KEYS, describeWrongType, type ConfigKey, type Format } from './schema.js';

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
  provider: ProviderId;
  /** True when nothing chose the provider and no key was set, so the offline engine was picked. */
  providerDefaulted: boolean;
  /**
   * As given, an id of the built-in list when it names one (`Nurse Practitioner` → nurse_practitioner); any other is
   * checked against the service's list before anything is sent (src/config/specialty-check.ts).
   */
  specialty: string | undefined;
  /** Where the specialty came from, for messages: `--specialty`, `SOAP_SPECIALTY`, `config specialty`. */
  specialtySource: string;
  template: string | undefined;
  format: Format;
  maxRetries: number;
  timeoutMs: number;
  /** Every provider's key and URLs, by the provider table. */
  services: Record<ProviderId, ServiceSettings>;
}

const DEFAULTS: Record<string, string> = { format: 'text' };

/** Environment variables of the settings that are not a provider's. */
const ENV_NAMES: Record<string, readonly string[]> = {
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
  const result = CONFIG_KEYS[key]!.safeParse(value);
  if (!result.success) throw new UsageError(`${source}: ${result.error.issues[0]?.message ?? 'invalid value'}`);
  return value;
}

/** Resolves every setting once: defaults ← config file ← environment ← flags, each validated where it came from. */
export function resolveSettings(flags: CommonFlags, env: Env): Settings {
  const file = readConfigFile(env);
  const filePath = resolveConfigPath(env);
  const lookup = (key: ConfigKey, names: readonly string[], fallback: string | undefined, flag?: string, flagName?: string): Sourced => {
    if (flag !== undefined && flagName) return { value: validate(key, flag, flagName), source: flagName };
    for (const name of names) {
      const v = env[name];
      if (v !== undefined && v !== '') return { value: validate(key, v, name), source: name };
    }
    const fromFile = file[key];
    if (fromFile !== undefined) {
      if (typeof fromFile !== 'string') {
        throw new UsageError(`${filePath}: ${key} ${describeWrongType(fromFile)}`, { hint: `set it again: soap config set ${key}` });
      }
      return { value: validate(key, fromFile, `config ${key}`), source: `config ${key}` };
    }
    return { value: fallback, source: 'default' };
  };
  const setting = (key: string, flag?: string, flagName?: string) => lookup(key, ENV_NAMES[key] ?? [], DEFAULTS[key], flag, flagName).value;

  const chosen = setting('provider', flags.provider, '--provider') as ProviderId | undefined;
  const keys = Object.fromEntries(
    PROVIDERS.map((p) => {
      const found = p.key ? lookup(`${p.id}.key`, p.key.env, undefined) : { value: undefined, source: 'none' };
      return [p.id, { key: found.value, keySource: found.source, keyHint: p.key?.hint ?? '' }];
    }),
  ) as Record<ProviderId, Omit<ServiceSettings, 'urls'>>;
  // With no provider chosen, the first in the table whose key is set; with no key at all, the offline engine.
  const provider: ProviderId = chosen ?? PROVIDERS.find((p) => keys[p.id].key !== undefined)?.id ?? 'local';
  const format = (flags.json ? 'json' : setting('format', flags.format, '--format')) as Format;
  const specialty = lookup('specialty', ENV_NAMES.specialty ?? [], undefined, flags.specialty, '--specialty');
  if (flags.json && flags.format && flags.format !== 'json') {
    throw new UsageError(`--json conflicts with --format ${flags.format}`, { hint: 'use one of them' });
  }
  if (flags.baseUrl !== undefined) {
    parseBaseUrl(flags.baseUrl, '--base-url');
    if (!('base_url' in findProvider(provider).urls)) {
      throw new UsageError(`--base-url has no effect with ${findProvider(provider).label} (--provider ${provider})`, {
        hint: chosen ? 'drop --base-url, or choose a hosted --provider' : 'pass --provider soapnoteapi|assemblyai|openai with it',
      });
    }
  }
  const services = Object.fromEntries(
    PROVIDERS.map((p) => {
      const urls = Object.fromEntries(
        Object.entries(p.urls).map(([name, url]) => {
          const flag = p.id === provider && name === 'base_url' ? flags.baseUrl : undefined;
          const s = lookup(`${p.id}.${name}`, url.env, url.default, flag, '--base-url');
          return [name, parseBaseUrl(s.value!, s.source)];
        }),
      );
      return [p.id, { ...keys[p.id], urls }];
    }),
  ) as Record<ProviderId, ServiceSettings>;
  return {
    provider,
    providerDefaulted: chosen === undefined && provider === 'local',
    format,
    specialty: specialty.value === undefined ? undefined : (matchSpecialty(specialty.value) ?? specialty.value.trim()),
    specialtySource: specialty.source,
    template: setting('template', flags.template, '--template'),
    maxRetries: parseCount(flags.maxRetries, '--max-retries', 2, 10),
    timeoutMs: parseSeconds(flags.timeout, '--timeout', 120) * 1000,
    services,
  };
}

/** What the chosen provider's backend is built from. */
export function connectionOf(settings: Settings, provider: ProviderId = settings.provider): ConnectionSettings {
  return { service: settings.services[provider], maxRetries: settings.maxRetries, timeoutMs: settings.timeoutMs };
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
