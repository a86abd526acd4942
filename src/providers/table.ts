import { assemblyai } from './assemblyai.js';
import { local } from './local.js';
import { openai } from './openai.js';
import { soapnoteapi } from './soapnoteapi.js';
import type { ProviderDefinition } from './types.js';

/**
 * Every backend, one row each. Order matters: with no provider chosen, the first whose key is set is used, and the
 * last (the offline engine, which needs none) otherwise. A new backend is one module and one line here.
 */
const ROWS = [soapnoteapi, assemblyai, openai, local] as const satisfies readonly ProviderDefinition[];

export type ProviderId = (typeof ROWS)[number]['id'];

export type ProviderRow = ProviderDefinition & { readonly id: ProviderId };

export const PROVIDERS: readonly ProviderRow[] = ROWS;

export const PROVIDER_IDS = ROWS.map((p) => p.id) as [ProviderId, ...ProviderId[]];

export function findProvider(id: ProviderId): ProviderRow {
  return PROVIDERS.find((p) => p.id === id)!;
}
