/** The provider table and what commands need to use a backend without asking which one it is. */
export { PROVIDERS, PROVIDER_IDS, findProvider, type ProviderId } from './table.js';
export { loadBackend } from './load-backend.js';
export type * from './types.js';
