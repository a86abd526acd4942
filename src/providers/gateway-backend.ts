import { readChatStream, readCompletionText, type ChatCompletion, type ChatRequest } from '../api/chat/index.js';
import type { SseResult } from '../http/core.js';
import {
  assembleStreamedNote,
  buildNoteMessages,
  buildVisitSummaryMessages,
  containsTranscriptTag,
  generateNoteSections,
  generateSection,
  parseVisitSummaryAnswer,
  regenerateSections,
  type ChatMessage,
  type CompleteChat,
  type NotePromptInput,
  type Utterance,
} from '../llm/index.js';
import type { Note } from '../note/index.js';
import { iterateCallbacks } from './iterate-callbacks.js';
import type { Backend, ModelOptions } from './types.js';

/** The chat endpoint of one model gateway: AssemblyAI's LLM Gateway or an OpenAI-compatible server. */
export interface ChatEndpoint {
  provider: 'assemblyai' | 'openai';
  /** How its messages name it (stream errors). */
  service: string;
  createChatCompletion(body: ChatRequest): Promise<{ data: ChatCompletion }>;
  streamChatCompletion(body: ChatRequest): Promise<SseResult>;
}

export interface GatewayBackend extends Pick<Backend, 'createNote' | 'streamNote' | 'summarizeVisits'> {
  /** The note from a transcript already made (audio): its text, or its speaker turns, or the gateway's tag. */
  writeNote(input: Omit<NotePromptInput, 'sections'>, extra: Record<string, unknown>, transcriptId?: string): Promise<Note>;
}

/**
 * AssemblyAI's LLM gateway and OpenAI-compatible servers: same prompts, same parsing, one code path. `defaultModel`
 * applies when --model is not given.
 */
export function createGatewayBackend(chat: ChatEndpoint, options: ModelOptions, defaultModel: string): GatewayBackend {
  const model = options.model ?? defaultModel;
  const request = (messages: ChatMessage[], transcriptId?: string): ChatRequest => ({
    model,
    messages,
    max_tokens: options.maxTokens,
    // The gateway substitutes the transcript only where the tag stands; the id is sent only then.
    ...(transcriptId && containsTranscriptTag(messages) ? { transcript_id: transcriptId } : {}),
  });
  const completeWith =
    (transcriptId?: string): CompleteChat =>
    async (messages) =>
      readCompletionText((await chat.createChatCompletion(request(messages, transcriptId))).data);
  const tag = { provider: chat.provider, model };

  const writeNote: GatewayBackend['writeNote'] = async (input, extra, transcriptId) => {
    const sections = await generateNoteSections(completeWith(transcriptId), input, options.method);
    return { subjective: '', objective: '', assessment: '', plan: '', ...sections, ...tag, ...extra };
  };
  const promptInput = (r: Parameters<Backend['createNote']>[0]) => ({
    transcript: r.transcript,
    useTranscriptTag: false,
    specialty: r.specialty,
    template: r.template,
    context: r.context,
  });
  return {
    writeNote,
    async createNote(r, regenerate) {
      if (!regenerate) return writeNote(promptInput(r), {});
      const complete = completeWith();
      const next = await regenerateSections(regenerate.previous, regenerate.sections, (s) => generateSection(complete, promptInput(r), s));
      return { ...next, ...tag };
    },
    streamNote(r) {
      const messages = buildNoteMessages(promptInput(r));
      return iterateCallbacks(async (push) => {
        const deltas = readChatStream(await chat.streamChatCompletion(request(messages)), chat.service);
        await assembleStreamedNote(deltas, (event) => {
          if (event.type === 'text') push({ section: event.section, content: event.text });
        });
      });
    },
    async summarizeVisits(r) {
      return parseVisitSummaryAnswer(await completeWith()(buildVisitSummaryMessages(r)));
    },
  };
}

/**
 * The note step for a finished transcript. The gateway's `{{ transcript }}` tag carries plain text only, so when
 * speaker turns exist they are written into the prompt instead; otherwise the tag and the id are used.
 */
export function writeNoteFromTranscript(
  gateway: GatewayBackend,
  base: { specialty: string; template?: string },
  transcript: { id: string; text: string; utterances?: readonly Utterance[] | null },
): Promise<Note> {
  const utterances = transcript.utterances?.length ? transcript.utterances : undefined;
  return gateway.writeNote({ ...base, useTranscriptTag: !utterances, utterances }, { transcript_id: transcript.id, transcript: transcript.text }, transcript.id);
}
