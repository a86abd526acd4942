import { addUsage, isTruncated, type ChatRequest, type TokenUsage } from '../api/chat/index.js';
import {
  buildNoteMessages,
  buildVisitSummaryMessages,
  generateNoteSections,
  generateSection,
  parseVisitSummaryAnswer,
  regenerateSections,
  requireCompleteAnswer,
  type ChatMessage,
  type CompleteChat,
  type NotePromptInput,
} from '../llm/index.js';
import type { Note } from '../note/index.js';
import { askGateway, type ChatEndpoint, type GatewayHooks } from './gateway-chat.js';
import { streamGatewayNote } from './gateway-stream.js';
import type { Backend, ModelOptions } from './types.js';

export interface GatewayBackend extends Pick<Backend, 'createNote' | 'streamNote' | 'summarizeVisits'> {
  /** The note from a transcript already made (audio): its speaker turns or its text, written into the prompt. */
  writeNote(input: Omit<NotePromptInput, 'sections'>, extra: Record<string, unknown>): Promise<Note>;
}

const withUsage = <N extends object>(note: N, usage: TokenUsage | undefined) => (usage ? { ...note, usage } : note);

/**
 * AssemblyAI's LLM gateway and OpenAI-compatible servers: same prompts, same parsing, one code path. `defaultModel`
 * applies when --model is not given.
 */
export function createGatewayBackend(chat: ChatEndpoint, options: ModelOptions, defaultModel: string, hooks: GatewayHooks = {}): GatewayBackend {
  const model = options.model ?? defaultModel;
  const request = (messages: ChatMessage[]): ChatRequest => ({ model, messages, max_tokens: options.maxTokens });
  /** A completer for one note, adding up the token usage of its requests. */
  const startNote = () => {
    let usage: TokenUsage | undefined;
    const complete: CompleteChat = async (messages) => {
      const answer = await askGateway(chat, request(messages), hooks, defaultModel);
      usage = addUsage(usage, answer.usage);
      return { text: answer.text, truncated: isTruncated(answer.finishReason) };
    };
    return { complete, usage: () => usage };
  };
  const tag = { provider: chat.provider, model };

  const writeNote: GatewayBackend['writeNote'] = async (input, extra) => {
    const note = startNote();
    const sections = await generateNoteSections(note.complete, input, options.method);
    return withUsage({ subjective: '', objective: '', assessment: '', plan: '', ...sections, ...tag, ...extra }, note.usage());
  };
  const promptInput = (r: Parameters<Backend['createNote']>[0]) => ({ transcript: r.transcript, specialty: r.specialty, template: r.template, context: r.context });
  return {
    writeNote,
    async createNote(r, regenerate) {
      if (!regenerate) return writeNote(promptInput(r), {});
      const note = startNote();
      const next = await regenerateSections(regenerate.previous, regenerate.sections, (s) => generateSection(note.complete, promptInput(r), s));
      return withUsage({ ...next, ...tag }, note.usage());
    },
    streamNote(r) {
      return streamGatewayNote(chat, request(buildNoteMessages(promptInput(r))), hooks, defaultModel);
    },
    async summarizeVisits(r) {
      const { complete } = startNote();
      return parseVisitSummaryAnswer(requireCompleteAnswer(await complete(buildVisitSummaryMessages(r))));
    },
  };
}
