import type { CommandIo } from '../command-io.js';
import { createDebugSink } from '../command-io.js';
import { inspectConfigFile, type ConfigFileReport } from '../../config/inspect-config-file.js';
import { resolveSettings, type Settings } from '../../config/resolve-settings.js';
import { maskSecret } from '../../text/secrets.js';
import { SoapError } from '../../errors.js';
import { inspectExtraCaCerts, type ExtraCaCerts } from '../../http/extra-ca-certs.js';
import { checkBackend, type BackendCheck } from '../../providers/check-backend.js';
import { PROVIDERS, type ProviderId } from '../../providers/index.js';
import type { ProviderRow } from '../../providers/table.js';
import type { DoctorOptions } from './options.js';

export interface Problem {
  /** The URL, file or variable it is about. */
  where: string;
  message: string;
  /** What to do. */
  hint: string;
  /** `key`: a key refused or missing (exit 3 when every problem is one). */
  kind: 'key' | 'other';
}

export interface KeyReport {
  setting: string;
  set: boolean;
  /** Where it came from: `SOAPNOTEAPI_KEY`, `config soapnoteapi.key`. */
  source?: string;
  /** Enough to recognise it, never enough to use it. */
  masked?: string;
}

export type BackendReport = { provider: ProviderId; label: string } & BackendCheck;

export interface DoctorReport {
  ok: boolean;
  config: Omit<ConfigFileReport, 'problems'>;
  keys: KeyReport[];
  /** NODE_EXTRA_CA_CERTS, when set. */
  extraCaCerts: ExtraCaCerts | null;
  /** The backend notes go to with no --provider, and why. */
  provider: { id: ProviderId; chosenBy: 'setting' | 'key' | 'default' } | null;
  backends: BackendReport[];
  problems: Problem[];
}

/** A backend worth checking: its key is set, a URL of its is set (not the default), or it is the one chosen. */
function isConfigured(row: ProviderRow, settings: Settings, config: ConfigFileReport, env: Record<string, string | undefined>): boolean {
  if (!row.keyCheck) return false;
  if (settings.services[row.id].key !== undefined || (!settings.providerDefaulted && settings.provider === row.id)) return true;
  return Object.entries(row.urls).some(([name, url]) => url.env.some((v) => env[v]) || config.settings.includes(`${row.id}.${name}`));
}

function problemsOf(backend: BackendReport, extraCaCerts: ExtraCaCerts | null): Problem[] {
  const problems: Problem[] = [];
  for (const endpoint of backend.endpoints) {
    const failure = endpoint.failure;
    if (!failure) continue;
    const hint =
      failure.stage === 'tls' && extraCaCerts
        ? `NODE_EXTRA_CA_CERTS=${extraCaCerts.path} is set: check that it holds the CA that signed this server's certificate`
        : (failure.hint ?? 'check the URL and your network');
    problems.push({ where: endpoint.url, message: failure.message, hint, kind: 'other' });
  }
  const where = backend.endpoints.find((e) => e.reachable)?.url ?? backend.endpoints[0]?.url ?? backend.label;
  const { key } = backend;
  if (key.status === 'refused') problems.push({ where, message: `${backend.label} refused the key (${key.message ?? 'no message'})`, hint: key.hint ?? '', kind: 'key' });
  if (key.status === 'missing') problems.push({ where, message: `no ${backend.label} key is set`, hint: key.hint ?? '', kind: 'key' });
  if (key.status === 'out of credit') problems.push({ where, message: key.message ?? `${backend.label}: out of credit`, hint: key.hint ?? 'add funds', kind: 'other' });
  // Reachable, yet an answer that says nothing about the key (a 5xx, a proxy's HTML page).
  if (key.status === 'unchecked' && key.message && backend.endpoints.every((e) => e.reachable)) {
    problems.push({ where, message: key.message, hint: key.hint ?? 'retry later; if it persists, check the URL and proxy settings', kind: 'other' });
  }
  return problems;
}

function describeKeys(settings: Settings): KeyReport[] {
  return PROVIDERS.filter((row) => row.key).map((row) => {
    const { key, keySource } = settings.services[row.id];
    return key === undefined ? { setting: `${row.id}.key`, set: false } : { setting: `${row.id}.key`, set: true, source: keySource, masked: maskSecret(key) };
  });
}

function chooseProvider(settings: Settings, env: Record<string, string | undefined>, config: ConfigFileReport): DoctorReport['provider'] {
  const chosenBy = env.SOAP_PROVIDER || config.settings.includes('provider') ? 'setting' : settings.providerDefaulted ? 'default' : 'key';
  return { id: settings.provider, chosenBy };
}

/** Everything `soap doctor` looks at; only GET requests without a body leave the machine. */
export async function diagnose(options: DoctorOptions, io: CommandIo): Promise<DoctorReport> {
  const env = io.ctx.env;
  const { problems: configProblems, ...config } = inspectConfigFile(env);
  const problems: Problem[] = configProblems.map((p) => ({ where: config.path, ...p, kind: 'other' }));
  const extraCaCerts = inspectExtraCaCerts(env) ?? null;
  if (extraCaCerts?.problem) {
    problems.push({ where: 'NODE_EXTRA_CA_CERTS', message: `${extraCaCerts.path} ${extraCaCerts.problem}`, hint: "point it at your organisation's CA certificate file (PEM)", kind: 'other' });
  }
  let settings: Settings | undefined;
  try {
    settings = resolveSettings({}, env);
  } catch (err) {
    if (!(err instanceof SoapError)) throw err;
    if (config.valid !== false) problems.push({ where: 'settings', message: err.message, hint: err.hint ?? 'fix the value named', kind: 'other' });
  }
  const backends: BackendReport[] = [];
  if (settings) {
    const resolved = settings;
    const runtime = { signal: io.ctx.signal, debug: createDebugSink(io) };
    const rows = PROVIDERS.filter((row) => isConfigured(row, resolved, { ...config, problems: [] }, env));
    const checks = await Promise.all(
      rows.map((row) => checkBackend(row, { service: resolved.services[row.id], maxRetries: 0, timeoutMs: options.timeoutMs }, runtime, env)),
    );
    rows.forEach((row, i) => backends.push({ provider: row.id, label: row.label, ...checks[i]! }));
    for (const backend of backends) problems.push(...problemsOf(backend, extraCaCerts));
  }
  return {
    ok: problems.length === 0,
    config,
    keys: settings ? describeKeys(settings) : [],
    extraCaCerts,
    provider: settings ? chooseProvider(settings, env, { ...config, problems: [] }) : null,
    backends,
    problems,
  };
}
