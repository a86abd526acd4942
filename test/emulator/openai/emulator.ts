import { deriveAudioTranscript } from '../audio-handler.js';
import type { ParsedBody } from '../request-body.js';
import { sendJson } from '../response-sink.js';
import type { RecordedFile } from '../types.js';
import { answerChat, createDefaultChatSettings, validateChatRequest, type ChatSettings, type RecordedCompletion } from './chat-completions.js';
import { formatChatError } from './chat-errors.js';
import type { Reading } from './reading.js';
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

function requireAudioFile(body: ParsedBody): { file: RecordedFile; model: string; format: string } {
  if (!body.multipart || body.multipartError) throw new HttpFailure(400, 'Expected multipart/form-data with a "file" field');
  const file = body.multipart.files.find((f) => f.field === 'file');
  if (!file || file.size === 0) throw new HttpFailure(400, 'file is required');
  const model = body.multipart.fields.model;
  if (!model) throw new HttpFailure(400, 'model is required');
  return { file, model, format: body.multipart.fields.response_format ?? 'json' };
}

/**
 * An OpenAI-compatible server. `reading` (default `seeds`, settable per test) picks its chat dialect: `seeds` is
 * OpenAI's own API; `current` answers the way AssemblyAI's OpenAI-compatible gateway documents now (flat error
 * bodies, `input_tokens` usage, an empty first choice, streams refused for non-OpenAI models) — see chat-completions.ts.
 */
export async function startOpenAiEmulator(opts: { port?: number; host?: string; apiKey?: string; reading?: Reading } = {}): Promise<OpenAiEmulator> {
  const startReading = opts.reading ?? 'seeds';
  const chatDefaults = createDefaultChatSettings(startReading);
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
      // OpenAI's envelope (`code` null when the API has none, as it often is), or the gateway's current shapes.
      formatError: (status, message, code) => formatChatError(emulator.errorShape ?? (emulator.reading === 'current' ? 'flat' : 'openai'), status, message, code),
    },
    opts,
  );
  const emulator: OpenAiEmulator = withCoreControls<Omit<OpenAiEmulator, keyof CoreControls>>(core, {
    completions,
    transcriptions,
    apiKey: opts.apiKey,
    ...chatDefaults,
    reset() {
      resetCore(core);
      completions.length = 0;
      transcriptions.length = 0;
      Object.assign(emulator, createDefaultChatSettings(startReading), { apiKey: opts.apiKey });
    },
  });
  return emulator;
}
