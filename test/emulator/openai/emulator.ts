import { deriveAudioTranscript } from '../audio-handler.js';
import type { ParsedBody } from '../request-body.js';
import { sendJson } from '../response-sink.js';
import type { RecordedFile } from '../types.js';
import { answerChat, createDefaultChatSettings, validateChatRequest, type ChatSettings, type RecordedCompletion } from './chat-completions.js';
import { HttpFailure, requireJson, resetCore, startHttpEmulator, withCoreControls, type CoreControls, type Route } from '../http-emulator.js';

export interface OpenAiEmulator extends ChatSettings, CoreControls {
  completions: RecordedCompletion[];
  /** Every audio file received, as size and sha256. */
  transcriptions: (RecordedFile & { model: string })[];
  /** When set, requests need `Authorization: Bearer <apiKey>`; unset, like a local server, anything goes. */
  apiKey: string | undefined;
  reset(): void;
}

export const OPENAI_TEST_KEY = 'sk-test-emulator-0123456789';

/** OpenAI's error envelope; `code` is null when the API has none, as it often is. */
function formatOpenAiError(status: number, message: string, code?: string): string {
  const type = status === 401 ? 'invalid_request_error' : status >= 500 ? 'server_error' : status === 429 ? 'requests' : 'invalid_request_error';
  return JSON.stringify({ error: { message, type, param: null, code: code ?? (status === 401 ? 'invalid_api_key' : null) } });
}

function requireAudioFile(body: ParsedBody): { file: RecordedFile; model: string; format: string } {
  if (!body.multipart || body.multipartError) throw new HttpFailure(400, 'Expected multipart/form-data with a "file" field');
  const file = body.multipart.files.find((f) => f.field === 'file');
  if (!file || file.size === 0) throw new HttpFailure(400, 'file is required');
  const model = body.multipart.fields.model;
  if (!model) throw new HttpFailure(400, 'model is required');
  return { file, model, format: body.multipart.fields.response_format ?? 'json' };
}

export async function startOpenAiEmulator(opts: { port?: number; host?: string; apiKey?: string } = {}): Promise<OpenAiEmulator> {
  const chatDefaults = createDefaultChatSettings();
  const completions: RecordedCompletion[] = [];
  const transcriptions: OpenAiEmulator['transcriptions'] = [];
  const routes: Route[] = [
    {
      method: 'POST',
      pattern: '/v1/chat/completions',
      handle: async (ctx) => {
        completions.push(await answerChat(ctx.sink, ctx.signal, validateChatRequest(requireJson(ctx.body)), emulator));
      },
    },
    {
      method: 'POST',
      pattern: '/v1/audio/transcriptions',
      handle: async (ctx) => {
        const { file, model, format } = requireAudioFile(ctx.body as ParsedBody);
        transcriptions.push({ ...file, model });
        const text = deriveAudioTranscript(file.sha256, file.filename);
        if (format === 'text') await ctx.sink.sendWhole(200, { 'content-type': 'text/plain; charset=utf-8' }, text);
        else await sendJson(ctx.sink, 200, { text });
      },
    },
    { method: 'GET', pattern: '/v1/models', handle: (ctx) => sendJson(ctx.sink, 200, { object: 'list', data: [{ id: 'gpt-4o', object: 'model', owned_by: 'emulator' }] }) },
  ];
  const core = await startHttpEmulator(
    {
      routes,
      authorize: (record) => {
        if (emulator.apiKey === undefined) return '';
        if (record.headers.authorization !== `Bearer ${emulator.apiKey}`) throw new HttpFailure(401, 'Incorrect API key provided.', 'invalid_api_key');
        return emulator.apiKey;
      },
      formatError: formatOpenAiError,
    },
    opts,
  );
  const emulator: OpenAiEmulator = withCoreControls<Omit<OpenAiEmulator, keyof CoreControls>>(core, {
    completions,
    transcriptions,
    apiKey: opts.apiKey,
    answerStyle: chatDefaults.answerStyle,
    stream: chatDefaults.stream,
    reset() {
      resetCore(core);
      completions.length = 0;
      transcriptions.length = 0;
      Object.assign(emulator, createDefaultChatSettings(), { apiKey: opts.apiKey });
    },
  });
  return emulator;
}
