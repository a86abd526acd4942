import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Env } from '../context.js';
import { makeFolders } from '../output/make-folders.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import type { Specialty } from '../providers/index.js';
import { resolveCacheDir } from './paths.js';

/** How long a fetched list is taken as the service's word. */
export const SPECIALTY_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

const cachedListSchema = z.object({
  fetched_at: z.string(),
  base_url: z.string(),
  specialties: z.array(
    z.object({ id: z.string(), name: z.string(), templates: z.array(z.object({ id: z.string(), name: z.string() })).optional() }),
  ),
});

export interface CachedList {
  specialties: Specialty[];
  /** Fetched within the day: the service's list as it is now. */
  fresh: boolean;
}

/** One file per service base URL, so an emulator or a self-hosted server never shares the hosted list. */
function cacheFile(env: Env, baseUrl: URL): string {
  // node:crypto is loaded on first use, not with the module: most runs never get here, and loading it costs start-up time.
  return join(resolveCacheDir(env), `specialties-${process.getBuiltinModule('node:crypto').createHash('sha256').update(baseUrl.href).digest('hex').slice(0, 16)}.json`);
}

/** The cached list of the service at `baseUrl`; undefined when there is none or it cannot be read (a cache is never fatal). */
export async function readSpecialtyCache(env: Env, baseUrl: URL, now = Date.now()): Promise<CachedList | undefined> {
  try {
    const cached = cachedListSchema.parse(JSON.parse(await readFile(cacheFile(env, baseUrl), 'utf8')));
    const age = now - Date.parse(cached.fetched_at);
    return { specialties: cached.specialties, fresh: age >= 0 && age < SPECIALTY_CACHE_TTL_MS };
  } catch {
    return undefined;
  }
}

/** Keeps a fetched list for a day; a folder that cannot be written only means no cache. */
export async function writeSpecialtyCache(env: Env, baseUrl: URL, specialties: Specialty[], now = Date.now()): Promise<boolean> {
  try {
    const dir = resolveCacheDir(env);
    await makeFolders(dir, 0o700);
    const body = { fetched_at: new Date(now).toISOString(), base_url: baseUrl.href, specialties };
    await writeFileAtomic(cacheFile(env, baseUrl), `${JSON.stringify(body, null, 2)}\n`);
    return true;
  } catch {
    return false;
  }
}
