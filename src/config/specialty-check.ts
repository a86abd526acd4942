import { InterruptedError, SoapError } from '../errors.js';
import type { BackendRuntime as RequestRuntime, ConnectionSettings, ProviderDefinition, Specialty } from '../providers/index.js';
import { SPECIALTIES, isNearTypo, matchSpecialty, suggestSpecialties, unknownSpecialtyError, type KnownSpecialty } from '../specialties.js';
import type { Env } from '../context.js';
import { readSpecialtyCache, writeSpecialtyCache } from './specialty-cache.js';

/** A validation fetch is not the paid request: it gets no retries and at most this long. */
const LIST_TIMEOUT_MS = 10_000;

export interface SpecialtyCheckContext {
  env: Env;
  provider: ProviderDefinition;
  connection: ConnectionSettings;
  runtime: RequestRuntime;
  /** How messages name where the specialty came from (`--specialty`, `SOAP_SPECIALTY`, `config specialty`). */
  source: string;
}

export interface CheckedSpecialty {
  id: string;
  /** Set when the specialty is used without any list vouching for it. */
  warning?: string;
}

const HINT = 'run `soap specialties` to list them';

function merged(...lists: ReadonlyArray<KnownSpecialty>[]): KnownSpecialty[] {
  return lists.flat().filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i);
}

/**
 * Checks a specialty against the service's own list, fetching it only when it must: an id of the built-in 24, or of
 * the cached list, is taken at once (no network). Otherwise a near-typo of a built-in id is refused with suggestions;
 * then the service's list decides (cached today, else fetched without a key and cached for a day). When no list can be
 * had (no network, or a provider that keeps none), a near-typo of a known id is still refused, and anything else is
 * used with a warning: the service decides.
 */
export async function checkSpecialty(input: string, ctx: SpecialtyCheckContext): Promise<CheckedSpecialty> {
  const builtIn = matchSpecialty(input);
  if (builtIn) return { id: builtIn };
  const baseUrl = ctx.connection.service.urls.base_url;
  const fetchLive = ctx.provider.fetchSpecialties;
  const cached = fetchLive && baseUrl ? await readSpecialtyCache(ctx.env, baseUrl) : undefined;
  const fromCache = cached && matchSpecialty(input, cached.specialties);
  if (fromCache) return { id: fromCache };
  const known = merged(SPECIALTIES, cached?.specialties ?? []);
  if (isNearTypo(input, SPECIALTIES)) throw unknownSpecialtyError(input, ctx.source, suggestSpecialties(input, 3, known), HINT);
  let live: Specialty[] | undefined = cached?.fresh ? cached.specialties : undefined;
  let why = `${ctx.provider.label} keeps no specialty list`;
  if (!live && fetchLive && baseUrl) {
    try {
      live = await fetchLive({ ...ctx.connection, maxRetries: 0, timeoutMs: Math.min(ctx.connection.timeoutMs, LIST_TIMEOUT_MS) }, ctx.runtime);
      await writeSpecialtyCache(ctx.env, baseUrl, live);
    } catch (err) {
      if (err instanceof InterruptedError) throw err;
      why = `${ctx.provider.label}'s specialty list could not be fetched (${err instanceof SoapError ? err.message : 'error'})`;
    }
  }
  if (live) {
    const found = matchSpecialty(input, live);
    if (found) return { id: found };
    throw unknownSpecialtyError(input, ctx.source, suggestSpecialties(input, 3, merged(live, SPECIALTIES)), HINT);
  }
  if (isNearTypo(input, known)) throw unknownSpecialtyError(input, ctx.source, suggestSpecialties(input, 3, known), HINT);
  return { id: input.trim(), warning: `${ctx.source}: "${input.trim()}" is not a specialty soap knows, and ${why}; using it as given, the service decides` };
}
