import type { ProviderDefinition } from './types.js';

/** The offline engine: no key, no network; notes and summaries from the transcript itself. */
export const local = {
  id: 'local',
  label: 'the offline engine',
  urls: {},
  supports: { modelOptions: false, speechModel: false, redaction: false, audioUrl: false },
  keepsJobs: false,
  listsSpecialties: false,
  paidRequests: { audio: [], note: 0 },
  // `generic` lets the engine pick the note's layout from the transcript itself (src/local/specialty-layout.ts).
  defaultSpecialty: 'generic',
  load: async () => (await import('./local-backend.js')).createLocalBackend(),
} as const satisfies ProviderDefinition;
