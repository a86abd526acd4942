import type { Settings } from '../config/resolve-settings.js';
import type { CommandIo } from '../commands/io.js';
import type { HttpCoreOptions } from '../http/core.js';
import { readJsonFile } from '../input/json-file.js';
import {
  assembleStreamedNote,
  buildNoteMessages,
  buildVisitSummaryMessages,
  containsTranscriptTag,
  generateNoteSections,
  generateSection,
  parseChatStream,
  parseVisitSummaryAnswer,
  previousNoteSchema,
  readCompletionText,
  regenerateSections,
  type ChatMessage,
  type CompleteChat,
  type NotePromptInput,
} from '../llm/index.js';
import type { GatewayOptions } from './gateway-options.js';
import { iterateCallbacks } from './iterate-callbacks.js';
import type { NoteBackend, ProviderNote } from './types.js';

type ChatTarget = {
  provider: 'assemblyai' | 'openai';
  service: string;
  model: string;
  complete: (messages: ChatMessage[], transcriptId?: string) => Promise<string>;
  stream: (messages: ChatMessage[]) => ReturnType<import('../http/core.js').HttpCore['stream']>;
};

async function connectChat(settings: Settings, io: CommandIo, options: GatewayOptions, rateGate?: HttpCoreOptions['rateGate']): Promise<ChatTarget> {
  const request = (model: string, messages: ChatMessage[], transcriptId?: string) => ({
    model,
    messages,
    max_tokens: options.maxTokens,
    // The gateway substitutes the transcript only where the tag stands; the id is sent only then.
    ...(transcriptId && containsTranscriptTag(messages) ? { transcript_id: transcriptId } : {}),
  });
  if (settings.provider === 'assemblyai') {
    const { createAssemblyAiClients, DEFAULT_GATEWAY_MODEL } = await import('../api/assemblyai/index.js');
    const { gateway } = createAssemblyAiClients(settings, io, rateGate);
    const model = options.model ?? DEFAULT_GATEWAY_MODEL;
    return {
      provider: 'assemblyai',
      service: gateway.core.options.service,
      model,
      complete: async (messages, id) => readCompletionText((await gateway.createChatCompletion(request(model, messages, id))).data),
      stream: (messages) => gateway.streamChatCompletion(request(model, messages)),
    };
  }
  const { createOpenAiClient, DEFAULT_CHAT_MODEL } = await import('../api/openai/index.js');
  const client = createOpenAiClient(settings, io, rateGate);
  const model = options.model ?? DEFAULT_CHAT_MODEL;
  return {
    provider: 'openai',
    service: client.core.options.service,
    model,
    complete: async (messages) => readCompletionText((await client.createChatCompletion(request(model, messages))).data),
    stream: (messages) => client.streamChatCompletion(request(model, messages)),
  };
}

export interface GatewayBackend extends NoteBackend {
  /** The note step alone, for audio: the transcript (or its speaker turns) is already known. */
  writeNote(input: Omit<NotePromptInput, 'sections'>, extra: Record<string, unknown>, transcriptId?: string): Promise<ProviderNote>;
}

/** AssemblyAI's LLM gateway and OpenAI-compatible servers: same prompts, same parsing, one code path. */
export async function createGatewayBackend(settings: Settings, io: CommandIo, options: GatewayOptions, rateGate?: HttpCoreOptions['rateGate']): Promise<GatewayBackend> {
  const chat = await connectChat(settings, io, options, rateGate);
  const writeNote: GatewayBackend['writeNote'] = async (input, extra, transcriptId) => {
    const complete: CompleteChat = (messages) => chat.complete(messages, transcriptId);
    if (options.from && options.sections) {
      const previous = await readJsonFile(options.from, previousNoteSchema, io.ctx.stdin);
      const next = await regenerateSections(previous, options.sections, (s) => generateSection(complete, input, s));
      return { ...next, provider: chat.provider, model: chat.model, ...extra };
    }
    const sections = await generateNoteSections(complete, input, options.method);
    return { provider: chat.provider, subjective: '', objective: '', assessment: '', plan: '', ...sections, model: chat.model, ...extra };
  };
  return {
    writeNote,
    createNote: (request) =>
      writeNote({ transcript: request.transcript, useTranscriptTag: false, specialty: request.specialty, template: request.template, context: request.context }, {}),
    streamNote(request) {
      const messages = buildNoteMessages({ transcript: request.transcript, useTranscriptTag: false, specialty: request.specialty, template: request.template, context: request.context });
      return iterateCallbacks(async (push) => {
        const source = await chat.stream(messages);
        const deltas = parseChatStream(source.body, io.ctx.signal, chat.service, source.classify);
        await assembleStreamedNote(deltas, (event) => {
          if (event.type === 'text') push({ section: event.section, content: event.text });
        });
      });
    },
    async summarizeVisits(request) {
      return parseVisitSummaryAnswer(await chat.complete(buildVisitSummaryMessages(request)));
    },
  };
}
