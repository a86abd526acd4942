import { PROVIDERS } from '../providers/table.js';

/** The settings that are not a provider's. */
export const GENERAL_KEYS = ['provider', 'specialty', 'template', 'format'] as const;

/** `<provider>.key` for every row of the provider table that takes a key. */
export const SECRET_KEY_NAMES: readonly string[] = PROVIDERS.flatMap((p) => (p.key ? [`${p.id}.key`] : []));

/** Every settable key, as users type them, in the table's order: each provider's key, then its URLs; then the rest. */
export const CONFIG_KEY_NAMES: readonly string[] = [
  ...PROVIDERS.flatMap((p) => [...(p.key ? [`${p.id}.key`] : []), ...Object.keys(p.urls).map((name) => `${p.id}.${name}`)]),
  ...GENERAL_KEYS,
];
