import type { ProviderDefinition } from './types.js';

const MB = 1024 * 1024;

/** The hosted SOAPNoteAPI: notes, streams, audio (with async jobs), visit summaries and its own specialty list. */
export const soapnoteapi = {
  id: 'soapnoteapi',
  label: 'SOAPNoteAPI',
  // SOAPNOTE_API_KEY is the name seed 002 uses; both are accepted.
  key: {
    env: ['SOAPNOTEAPI_KEY', 'SOAPNOTE_API_KEY'],
    hint: 'set it with `soap config set soapnoteapi.key` (reads the key from stdin) or export SOAPNOTEAPI_KEY',
    shape: { pattern: /^snapi_sk_(test|live)_[A-Za-z0-9_-]+$/, message: 'a SOAPNoteAPI key looks like snapi_sk_live_… or snapi_sk_test_…' },
  },
  urls: { base_url: { env: ['SOAPNOTEAPI_BASE_URL'], default: 'https://api.soapnoteapi.com' } },
  supports: { modelOptions: false, speechModel: false, redaction: false, audioUrl: false },
  audioLimit: () => ({ bytes: 25 * MB, service: 'SOAPNoteAPI' }),
  keepsJobs: true,
  listsSpecialties: true,
  load: async (connection, runtime) => (await import('./soapnoteapi-backend.js')).createSoapNoteApiBackend(connection, runtime),
  keyCheck: {
    url: 'base_url',
    request: 'GET /v1/note/soap-doctor-key-check',
    acceptedStatuses: [404],
    send: async (connection, runtime) => (await import('../api/soapnoteapi/create-client.js')).createSoapNoteApiClient(connection, runtime).checkKey(),
  },
} as const satisfies ProviderDefinition;
