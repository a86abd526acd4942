import type { ProviderDefinition } from './types.js';

/** AssemblyAI: speech-to-text (upload → transcript with speaker labels) and its LLM gateway for the note. */
export const assemblyai = {
  id: 'assemblyai',
  label: 'AssemblyAI',
  key: { env: ['ASSEMBLYAI_API_KEY'], hint: 'export ASSEMBLYAI_API_KEY=… or run `soap config set assemblyai.key` (reads the key from stdin)' },
  urls: {
    base_url: { env: ['ASSEMBLYAI_BASE_URL'], default: 'https://api.assemblyai.com' },
    gateway_url: { env: ['ASSEMBLYAI_LLM_GATEWAY_URL'], default: 'https://llm-gateway.assemblyai.com' },
  },
  supports: { modelOptions: true, speechModel: true, speechModelList: true, redaction: true, audioUrl: true, medicalMode: true },
  audioLimit: () => ({ bytes: 2.2 * 1024 ** 3, service: 'AssemblyAI' }),
  keepsJobs: true,
  listsSpecialties: false,
  // The upload (skipped for a URL), the transcript job (billed by the hour of audio; polled for free), the gateway.
  paidRequests: { audio: [{ what: 'upload', fileOnly: true }, { what: 'transcription' }], note: 1 },
  load: async (connection, runtime, options) => (await import('./assemblyai-backend.js')).createAssemblyAiBackend(connection, runtime, options),
  // The gateway takes the same key; soap doctor checks it can be reached.
  keyCheck: {
    url: 'base_url',
    request: 'GET /v2/transcript/soap-doctor-key-check',
    acceptedStatuses: [400, 404],
    send: async (connection, runtime) => (await import('../api/assemblyai/create-clients.js')).createAssemblyAiClients(connection, runtime).api.checkKey(),
  },
} as const satisfies ProviderDefinition;
