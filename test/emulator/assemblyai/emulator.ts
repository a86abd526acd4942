import { createHash, randomUUID } from 'node:crypto';
import { sendJson } from '../response-sink.js';
import { answerChat, createDefaultChatSettings, validateChatRequest, type ChatSettings, type RecordedCompletion } from '../openai/chat-completions.js';
import { formatChatError } from '../openai/chat-errors.js';
import type { Reading } from '../openai/reading.js';
import { HttpFailure, requireJson, resetCore, startHttpEmulator, withCoreControls, type CoreControls, type RequestContext, type Route, type StreamedBody } from '../http-emulator.js';
import { resolveGatewayMessages } from './gateway.js';
import { validateTranscriptRequest, type MedicalMode } from './transcript-request.js';
import { TranscriptStore, createDefaultTranscriptScript, type TranscriptScript } from './transcript-store.js';

export const ASSEMBLYAI_TEST_KEY = 'aai-test-key-0123456789abcdef';
/** A second account, for "another account's transcript" cases. */
export const ASSEMBLYAI_OTHER_KEY = 'aai-other-key-fedcba9876543210';

export interface RecordedUpload {
  sha256: string;
  size: number;
}

export interface AssemblyAiEmulator extends ChatSettings, CoreControls {
  /** Every /v2/upload received, hashed while it streamed (no bytes are kept). */
  uploads: RecordedUpload[];
  completions: RecordedCompletion[];
  /** How transcripts created from now on progress. */
  transcript: TranscriptScript;
  /** How `domain: "medical-v1"` is taken (see MedicalMode). */
  medical: MedicalMode;
  /** Every transcript submitted so far completes at its next poll. */
  finishTranscripts(): void;
  /** Restores the defaults, the reading included (the one given at start). */
  reset(): void;
}

export interface AssemblyAiStartOptions {
  port?: number;
  host?: string;
  keys?: string[];
  /** `seeds` (default) or `current`; also settable per test as `emu.reading`. */
  reading?: Reading;
}

/**
 * Both halves of the pipeline on one port: the speech API (/v2) and the LLM Gateway (/v1/chat/completions), in either
 * reading. `seeds`: speech_models optional, `transcript_id` fills the `{{ transcript }}` tag, errors `{"error": "…"}`,
 * OpenAI-style usage, every model streams. `current`: speech_models required, `metadata.warnings` and
 * `speech_model_used` in transcripts, no `transcript_id` (400, as the 2026-03-23 gateway schema has none), flat
 * gateway errors (auth errors keep `{error, status, request_id}`), `input_tokens` usage, Claude's own finish_reason,
 * an empty first choice, and streams refused for non-OpenAI models.
 */
export async function startAssemblyAiEmulator(opts: AssemblyAiStartOptions = {}): Promise<AssemblyAiEmulator> {
  const keys = new Set(opts.keys ?? [ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_OTHER_KEY]);
  const startReading = opts.reading ?? 'seeds';
  const store = new TranscriptStore();
  const uploads: RecordedUpload[] = [];
  const completions: RecordedCompletion[] = [];
  const uploadPrefix = () => `${core.url}/upload/`;

  const answerGateway = async (ctx: RequestContext) => {
    const request = validateChatRequest(requireJson(ctx.body));
    if (request.transcript_id !== undefined && emulator.reading === 'current') throw new HttpFailure(400, 'invalid request body: unknown field "transcript_id"');
    const messages = resolveGatewayMessages(store, ctx.key, request.messages, request.transcript_id);
    completions.push(await answerChat(ctx.sink, ctx.signal, { ...request, messages }, emulator));
  };

  const routes: Route[] = [
    {
      method: 'POST',
      pattern: '/v2/upload',
      read: 'raw',
      handle: async (ctx) => {
        const body = ctx.body as StreamedBody;
        if (body.size === 0) throw new HttpFailure(400, 'Upload body is empty');
        uploads.push({ sha256: body.sha256, size: body.size });
        await sendJson(ctx.sink, 200, { upload_url: `${uploadPrefix()}${body.sha256}` });
      },
    },
    {
      method: 'POST',
      pattern: '/v2/transcript',
      handle: async (ctx) => {
        const request = validateTranscriptRequest(requireJson(ctx.body), emulator.reading, emulator.medical);
        const { audio_url: url } = request;
        // An upload of ours is known by its hash; any other URL stands for audio fetched from the web.
        const sha256 = url.startsWith(uploadPrefix()) ? url.slice(uploadPrefix().length) : createHash('sha256').update(url).digest('hex');
        if (url.startsWith(uploadPrefix()) && !uploads.some((u) => u.sha256 === sha256)) throw new HttpFailure(400, 'Download error: no upload at that URL');
        await sendJson(ctx.sink, 200, store.create(ctx.key, request, sha256, emulator.transcript, { reading: emulator.reading, medical: emulator.medical }));
      },
    },
    {
      method: 'GET',
      pattern: '/v2/transcript/:id',
      handle: async (ctx) => {
        const transcript = store.poll(ctx.key, ctx.params.id ?? '');
        if (!transcript) throw new HttpFailure(404, 'Transcript not found');
        await sendJson(ctx.sink, 200, transcript);
      },
    },
    {
      method: 'POST',
      pattern: '/v1/chat/completions',
      handle: async (ctx) => {
        try {
          await answerGateway(ctx);
        } catch (err) {
          // The gateway's own error bodies, which differ from the speech API's (see chat-errors.ts).
          if (!(err instanceof HttpFailure) || ctx.sink.headersSent) throw err;
          const shape = emulator.errorShape ?? (emulator.reading === 'current' ? 'flat' : 'string');
          await ctx.sink.sendWhole(err.status, { 'content-type': 'application/json; charset=utf-8' }, formatChatError(shape, err.status, err.message, err.code));
        }
      },
    },
  ];

  const core = await startHttpEmulator(
    {
      routes,
      authorize: (record) => {
        // The bare key, no "Bearer": a Bearer header is refused as the service does.
        const value = record.headers.authorization;
        if (typeof value !== 'string' || !keys.has(value)) throw new HttpFailure(401, 'Authentication error, API token missing/invalid');
        return value;
      },
      // The speech API's `{"error": "…"}`; a refused key now also says `"status": "error"` with a request id.
      formatError: (status, message) =>
        JSON.stringify(emulator.reading === 'current' && (status === 401 || status === 403) ? { error: message, status: 'error', request_id: randomUUID() } : { error: message }),
    },
    opts,
  );
  const emulator: AssemblyAiEmulator = withCoreControls<Omit<AssemblyAiEmulator, keyof CoreControls>>(core, {
    uploads,
    completions,
    transcript: createDefaultTranscriptScript(),
    medical: 'supported',
    ...createDefaultChatSettings(startReading),
    finishTranscripts: () => store.finishAll(),
    reset() {
      resetCore(core);
      uploads.length = 0;
      completions.length = 0;
      store.clear();
      Object.assign(emulator, createDefaultChatSettings(startReading), { transcript: createDefaultTranscriptScript(), medical: 'supported' });
    },
  });
  return emulator;
}
