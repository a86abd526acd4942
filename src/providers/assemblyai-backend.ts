import {
  createAssemblyAiClients,
  readSpeechModelUsed,
  readTranscriptNotices,
  readTranscriptState,
  transcribeAudio,
  waitForTranscript,
  DEFAULT_GATEWAY_MODEL,
  type CompletedTranscript,
} from '../api/assemblyai/index.js';
import { formatElapsed } from '../jobs/format-elapsed.js';
import type { Note } from '../note/index.js';
import { createGatewayBackend, type GatewayBackend } from './gateway-backend.js';
import type { Backend, BackendOptions, BackendRuntime, ConnectionSettings } from './types.js';

/**
 * The note step for a finished transcript: its speaker turns (or, without any, its text) are written into the
 * prompt, never left to the gateway's `{{ transcript }}` tag, which only a gateway that knows `transcript_id` fills
 * and which carries no speakers.
 */
function writeNoteFromTranscript(gateway: GatewayBackend, base: { specialty: string; template?: string }, transcript: CompletedTranscript, runtime: BackendRuntime): Promise<Note> {
  const utterances = transcript.utterances?.length ? transcript.utterances : undefined;
  const model = readSpeechModelUsed(transcript);
  const guard = runtime.guardText ?? ((_text, call) => call());
  return guard(transcript.text, () => gateway.writeNote({ ...base, transcript: transcript.text, utterances }, { transcript_id: transcript.id, transcript: transcript.text, ...(model ? { speech_model_used: model } : {}) }));
}

/** AssemblyAI: upload → transcript with speaker labels → the note from its LLM gateway. */
export function createAssemblyAiBackend(connection: ConnectionSettings, runtime: BackendRuntime, options: BackendOptions): Backend {
  const clients = createAssemblyAiClients(connection, runtime);
  const chat = {
    provider: 'assemblyai' as const,
    service: clients.gateway.core.options.service,
    createChatCompletion: (body: Parameters<typeof clients.gateway.createChatCompletion>[0]) => clients.gateway.createChatCompletion(body),
    streamChatCompletion: (body: Parameters<typeof clients.gateway.streamChatCompletion>[0]) => clients.gateway.streamChatCompletion(body),
  };
  const gateway = createGatewayBackend(chat, options.model, DEFAULT_GATEWAY_MODEL, runtime);
  const { redactPii, speechModels, medical } = options.transcription;
  // A 403 while polling is first read as rate limiting, waited out as many times as other failures are retried.
  const polling = { signal: runtime.signal, debug: runtime.debug, rateLimitRetries: connection.maxRetries };
  /** The model used and the service's warnings: one line each (their words, never the transcript). */
  const report = (transcript: CompletedTranscript, notice = runtime.notice) => {
    runtime.debug?.(`AssemblyAI transcript ${transcript.id}: speech model used ${readSpeechModelUsed(transcript) ?? 'not given'}`);
    for (const line of readTranscriptNotices(transcript)) notice?.(line);
    return transcript;
  };
  return {
    createNote: gateway.createNote,
    streamNote: gateway.streamNote,
    summarizeVisits: gateway.summarizeVisits,
    async createAudioNote(source, request, hooks) {
      const notice = hooks.notice ?? runtime.notice;
      hooks.onProgress?.('file' in source ? `Uploading ${source.file.path}…` : 'Submitting the recording…');
      const transcript = await transcribeAudio(clients, 'file' in source ? { path: source.file.path } : { url: source.url }, {
        ...polling,
        speechModels,
        medical,
        redactPii: redactPii !== undefined,
        redactPiiPolicies: redactPii?.policies,
        redactPiiSub: redactPii?.substitution,
        waitTimeoutMs: hooks.waitTimeoutMs,
        notice,
        onProgress: (label, ms) => hooks.onProgress?.(`Transcribing (${label})… ${formatElapsed(ms)}`),
      });
      report(transcript, notice);
      hooks.onProgress?.('Writing the note…');
      return { note: await writeNoteFromTranscript(gateway, { specialty: request.specialty, template: request.template }, transcript, runtime) };
    },
    /** A transcript's state; waited for with `wait`, and turned into a note when `note` says for which specialty. */
    async getJob(id, query) {
      let transcript;
      if (query.wait) {
        transcript = await waitForTranscript(clients.api, id, { ...polling, waitTimeoutMs: query.waitTimeoutMs, onProgress: query.onProgress });
      } else {
        const state = readTranscriptState((await clients.api.getTranscript(id)).data);
        if (!state.done) return { pending: { id, kind: 'transcript' } };
        transcript = state.result;
      }
      report(transcript);
      if (!query.note) return { transcript };
      query.onWritingNote?.();
      return { note: await writeNoteFromTranscript(gateway, query.note, transcript, runtime) };
    },
  };
}
