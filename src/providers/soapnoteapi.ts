import type { ProviderDefinition } from './types.js';

const MB = 1024 * 1024;

/** The hosted SOAPNoteAPI: notes, streams, audio (with async jobs), visit summaries and its own specialty list. */
export const soapnoteapi = {
  id: 'soapnoteapi',
  label: 'SOAPNoteAPI',
  // SOAPNOTE_API_KEY is the name seed 002 uses, SOAPNOTEAPI_API_KEY the vendor's own MCP client's; all are accepted.
  key: {
    env: ['SOAPNOTEAPI_KEY', 'SOAPNOTE_API_KEY', 'SOAPNOTEAPI_API_KEY'],
    hint: 'set it with `soap config set soapnoteapi.key` (reads the key from stdin) or export SOAPNOTEAPI_KEY',
    shape: { pattern: /^snapi_sk_(test|live)_[A-Za-z0-9_-]+$/, message: 'a SOAPNoteAPI key looks like snapi_sk_live_… or snapi_sk_test_…' },
  },
  urls: { base_url: { env: ['SOAPNOTEAPI_BASE_URL'], default: 'https://api.soapnoteapi.com' } },
  supports: { modelOptions: false, speechModel: false, redaction: false, audioUrl: false },
  // The help center (March 2026) takes 500 MB by PUT; the seeds' POST takes 25 MB, so larger ones get a warning.
  audioLimit: () => ({ bytes: 500 * MB, service: 'SOAPNoteAPI', warn: { bytes: 25 * MB, why: 'older SOAPNoteAPI servers (POST uploads) take at most 25 MB' } }),
  keepsJobs: true,
  listsSpecialties: true,
  // A recording goes with its note request (PUT /v1/note/audio); the job is then polled for free.
  paidRequests: { audio: [], note: 1 },
  fetchSpecialties: async (connection, runtime) => (await import('./soapnoteapi-backend.js')).fetchSoapNoteApiSpecialties(connection, runtime),
  load: async (connection, runtime) => (await import('./soapnoteapi-backend.js')).createSoapNoteApiBackend(connection, runtime),
  keyCheck: {
    url: 'base_url',
    request: 'GET /v1/note/soap-doctor-key-check',
    acceptedStatuses: [404],
    send: async (connection, runtime) => (await import('../api/soapnoteapi/create-client.js')).createSoapNoteApiClient(connection, runtime).checkKey(),
  },
} as const satisfies ProviderDefinition;
