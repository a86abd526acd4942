import { isLoopbackHost } from '../http/base-url.js';
import type { ConnectionSettings, ProviderDefinition } from './types.js';

const MB = 1024 * 1024;

function isOnLoopback(connection: ConnectionSettings): boolean {
  const url = connection.service.urls.base_url;
  return url !== undefined && isLoopbackHost(url.hostname);
}

/** Any OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp): Whisper-style transcription and chat. */
export const openai = {
  id: 'openai',
  label: 'OpenAI',
  key: {
    env: ['OPENAI_API_KEY'],
    hint: 'export OPENAI_API_KEY=… or run `soap config set openai.key` (reads the key from stdin)',
    // Local servers (Ollama, vLLM, llama.cpp) usually run without a key.
    optional: (connection) => isOnLoopback(connection),
  },
  urls: { base_url: { env: ['OPENAI_BASE_URL'], default: 'https://api.openai.com' } },
  supports: { modelOptions: true, speechModel: true, redaction: false, audioUrl: false },
  // OpenAI's own API takes 25 MB; a model server on this machine decides for itself.
  audioLimit: (connection) =>
    isOnLoopback(connection)
      ? { bytes: 2.2 * 1024 ** 3, service: 'the model server' }
      : { bytes: 25 * MB, service: 'OpenAI' },
  keepsJobs: false,
  listsSpecialties: false,
  paidRequests: { audio: [{ what: 'transcription' }], note: 1 },
  load: async (connection, runtime, options) => (await import('./openai-backend.js')).createOpenAiBackend(connection, runtime, options),
  keyCheck: {
    url: 'base_url',
    request: 'GET /v1/models',
    acceptedStatuses: [],
    send: async (connection, runtime) => (await import('../api/openai/create-client.js')).createOpenAiClient(connection, runtime).listModels(),
  },
} as const satisfies ProviderDefinition;
