import type { ProviderDefinition } from './types.js';

/** The offline engine: no key, no network; notes and summaries from the transcript itself. */
export const local = {
  id: 'local',
  label: 'the offline engine',
  urls: {},
  supports: { modelOptions: false, speechModel: false, redaction: false, audioUrl: false },
  keepsJobs: false,
  listsSpecialties: false,
  load: async () => (await import('./local-backend.js')).createLocalBackend(),
} as const satisfies ProviderDefinition;
