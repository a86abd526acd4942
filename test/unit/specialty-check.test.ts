import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpecialty, type SpecialtyCheckContext } from '../../src/config/specialty-check.js';
import { readSpecialtyCache, writeSpecialtyCache } from '../../src/config/specialty-cache.js';
import { ConnectionError, UsageError } from '../../src/errors.js';
import { findProvider, type ProviderDefinition, type Specialty } from '../../src/providers/index.js';

const BASE = new URL('http://127.0.0.1:9/');
const LIVE: Specialty[] = [
  { id: 'physician', name: 'Physician' },
  { id: 'primary_care_physician', name: 'Primary Care Physician', templates: [{ id: 'follow_up', name: 'Follow-up' }] },
];

/** A provider row whose list is `live` (or fails), counting how often it was fetched. */
function context(live: Specialty[] | Error, source = '--specialty') {
  const calls = { fetched: 0 };
  const provider: ProviderDefinition = {
    ...findProvider('soapnoteapi'),
    fetchSpecialties: async () => {
      calls.fetched++;
      if (live instanceof Error) throw live;
      return live;
    },
  };
  const env = { SOAP_CACHE_DIR: mkdtempSync(join(tmpdir(), 'soap-cache-')) };
  const ctx: SpecialtyCheckContext = {
    env,
    provider,
    connection: { service: { key: undefined, keySource: 'none', keyHint: '', urls: { base_url: BASE } }, maxRetries: 2, timeoutMs: 120_000 },
    runtime: { signal: new AbortController().signal },
    source,
  };
  return { ctx, calls, env };
}

describe('checkSpecialty', () => {
  it('takes a built-in id or display name at once: no fetch, no cache', async () => {
    const { ctx, calls, env } = context(LIVE);
    expect(await checkSpecialty('physician', ctx)).toEqual({ id: 'physician' });
    expect(await checkSpecialty('Nurse Practitioner', ctx)).toEqual({ id: 'nurse_practitioner' });
    expect(calls.fetched).toBe(0);
    expect(readdirSync(env.SOAP_CACHE_DIR)).toEqual([]);
  });

  it('refuses a near-typo of a built-in id with suggestions, without asking the service', async () => {
    const { ctx, calls } = context(LIVE);
    await expect(checkSpecialty('physican', ctx)).rejects.toThrow('--specialty: unknown specialty "physican" (did you mean physician');
    await expect(checkSpecialty('dentst', ctx)).rejects.toBeInstanceOf(UsageError);
    expect(calls.fetched).toBe(0);
  });

  it("accepts an id only the service's list has, fetching it once and then from the cache", async () => {
    const { ctx, calls, env } = context(LIVE);
    expect(await checkSpecialty('primary_care_physician', ctx)).toEqual({ id: 'primary_care_physician' });
    expect(await checkSpecialty('Primary Care Physician', ctx)).toEqual({ id: 'primary_care_physician' });
    expect(calls.fetched).toBe(1);
    expect((await readSpecialtyCache(env, BASE))?.specialties).toEqual(LIVE);
  });

  it("refuses what the service's list does not have, from a fresh cache without fetching again", async () => {
    const { ctx, calls } = context(LIVE);
    await expect(checkSpecialty('wound_care', ctx)).rejects.toThrow('unknown specialty "wound_care"');
    expect(calls.fetched).toBe(1);
    await expect(checkSpecialty('primary_care_physicain', ctx)).rejects.toThrow('(did you mean primary_care_physician');
    expect(calls.fetched).toBe(1);
  });

  it('fetches again once the cached list is a day old', async () => {
    const { ctx, calls, env } = context(LIVE);
    await writeSpecialtyCache(env, BASE, [{ id: 'physician', name: 'Physician' }], Date.now() - 25 * 60 * 60 * 1000);
    expect((await readSpecialtyCache(env, BASE))?.fresh).toBe(false);
    expect(await checkSpecialty('primary_care_physician', ctx)).toEqual({ id: 'primary_care_physician' });
    expect(calls.fetched).toBe(1);
    expect((await readSpecialtyCache(env, BASE))?.fresh).toBe(true);
  });

  it('without a list (service unreachable), sends an unknown id with a warning, but still refuses a near-typo', async () => {
    const { ctx } = context(new ConnectionError('could not reach SOAPNoteAPI at http://127.0.0.1:9 (ECONNREFUSED)'));
    expect(await checkSpecialty('wound_care', ctx)).toEqual({
      id: 'wound_care',
      warning:
        "--specialty: \"wound_care\" is not a specialty soap knows, and SOAPNoteAPI's specialty list could not be fetched (could not reach SOAPNoteAPI at http://127.0.0.1:9 (ECONNREFUSED)); using it as given, the service decides",
    });
    await expect(checkSpecialty('pharmacyy', ctx)).rejects.toThrow('did you mean pharmacy');
  });

  it('a provider that keeps no list: unknown ids are used with a warning, no cache is read or written', async () => {
    const { ctx, env } = context(LIVE, 'SOAP_SPECIALTY');
    const local = { ...ctx, provider: findProvider('local') };
    expect((await checkSpecialty('wound_care', local)).warning).toMatch(/^SOAP_SPECIALTY: "wound_care" is not a specialty soap knows, and the offline engine keeps no specialty list/);
    expect(readdirSync(env.SOAP_CACHE_DIR)).toEqual([]);
  });

  it('a broken cache file is no cache', async () => {
    const { ctx, calls, env } = context(LIVE);
    await writeSpecialtyCache(env, BASE, LIVE);
    for (const name of readdirSync(env.SOAP_CACHE_DIR)) writeFileSync(join(env.SOAP_CACHE_DIR, name), '{"broken":');
    expect(await checkSpecialty('primary_care_physician', ctx)).toEqual({ id: 'primary_care_physician' });
    expect(calls.fetched).toBe(1);
  });
});
