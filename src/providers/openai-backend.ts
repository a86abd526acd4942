import { createOpenAiClient, DEFAULT_CHAT_MODEL } from '../api/openai/index.js';
import { UsageError } from '../errors.js';
import { createGatewayBackend } from './gateway-backend.js';
import type { Backend, BackendOptions, BackendRuntime, ConnectionSettings } from './types.js';

/** An OpenAI-compatible server: Whisper-style transcription, then the note from chat completions. */
export function createOpenAiBackend(connection: ConnectionSettings, runtime: BackendRuntime, options: BackendOptions): Backend {
  const client = createOpenAiClient(connection, runtime);
  const chat = {
    provider: 'openai' as const,
    service: client.core.options.service,
    createChatCompletion: (body: Parameters<typeof client.createChatCompletion>[0]) => client.createChatCompletion(body),
    streamChatCompletion: (body: Parameters<typeof client.streamChatCompletion>[0]) => client.streamChatCompletion(body),
  };
  const gateway = createGatewayBackend(chat, options.model, DEFAULT_CHAT_MODEL, runtime);
  return {
    createNote: gateway.createNote,
    streamNote: gateway.streamNote,
    summarizeVisits: gateway.summarizeVisits,
    async createAudioNote(source, request, hooks) {
      if (!('file' in source)) throw new UsageError('a URL works only with --provider assemblyai; download the recording first');
      hooks.onProgress?.(`Transcribing ${source.file.path}…`);
      const { text } = (await client.transcribeAudio(source.file.path, { model: options.transcription.speechModels?.[0], mime: source.file.mime })).data;
      hooks.onProgress?.('Writing the note…');
      // The transcript the server wrote is patient data: kept out of messages while the note is written from it.
      const guard = runtime.guardText ?? ((_text, call) => call());
      return { note: await guard(text, () => gateway.writeNote({ specialty: request.specialty, template: request.template, transcript: text }, { transcript: text })) };
    },
  };
}
