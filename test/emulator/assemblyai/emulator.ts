import { createHash } from 'node:crypto';
import { sendJson } from '../response-sink.js';
import { answerChat, createDefaultChatSettings, validateChatRequest, type ChatSettings, type RecordedCompletion } from '../openai/chat-completions.js';
import { HttpFailure, requireJson, resetCore, startHttpEmulator, withCoreControls, type CoreControls, type Route, type StreamedBody } from '../http-emulator.js';
import { resolveGatewayMessages } from './gateway.js';
import { validateTranscriptRequest } from './transcript-request.js';
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
  reset(): void;
}

/** Both halves of the pipeline on one port: the speech API (/v2) and the LLM Gateway (/v1/chat/completions). */
export async function startAssemblyAiEmulator(opts: { port?: number; host?: string; keys?: string[] } = {}): Promise<AssemblyAiEmulator> {
  const keys = new Set(opts.keys ?? [ASSEMBLYAI_TEST_KEY, ASSEMBLYAI_OTHER_KEY]);
  const store = new TranscriptStore();
  const uploads: RecordedUpload[] = [];
  const completions: RecordedCompletion[] = [];
  const uploadPrefix = () => `${core.url}/upload/`;

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
        const request = validateTranscriptRequest(requireJson(ctx.body));
        const { audio_url: url } = request;
        // An upload of ours is known by its hash; any other URL stands for audio fetched from the web.
        const sha256 = url.startsWith(uploadPrefix()) ? url.slice(uploadPrefix().length) : createHash('sha256').update(url).digest('hex');
        if (url.startsWith(uploadPrefix()) && !uploads.some((u) => u.sha256 === sha256)) throw new HttpFailure(400, 'Download error: no upload at that URL');
        await sendJson(ctx.sink, 200, store.create(ctx.key, request, sha256, emulator.transcript));
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
        const request = validateChatRequest(requireJson(ctx.body));
        const messages = resolveGatewayMessages(store, ctx.key, request.messages, request.transcript_id);
        completions.push(await answerChat(ctx.sink, ctx.signal, { ...request, messages }, emulator));
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
      formatError: (_status, message) => JSON.stringify({ error: message }),
    },
    opts,
  );
  const chat = createDefaultChatSettings();
  const emulator: AssemblyAiEmulator = withCoreControls<Omit<AssemblyAiEmulator, keyof CoreControls>>(core, {
    uploads,
    completions,
    transcript: createDefaultTranscriptScript(),
    answerStyle: chat.answerStyle,
    stream: chat.stream,
    reset() {
      resetCore(core);
      uploads.length = 0;
      completions.length = 0;
      store.clear();
      Object.assign(emulator, createDefaultChatSettings(), { transcript: createDefaultTranscriptScript() });
    },
  });
  return emulator;
}
