import { randomUUID } from 'node:crypto';
import { pause } from '../pause.js';
import type { ResponseSink } from '../response-sink.js';
import { sendJson } from '../response-sink.js';
import { splitIntoChunks } from '../stream-handler.js';
import { buildAnswerText, type AnswerStyle } from './emulated-answer.js';
import { HttpFailure } from '../http-emulator.js';
import type { ChatErrorShape } from './chat-errors.js';
import type { Reading } from './reading.js';

export interface ChatMessageIn {
  role: string;
  content: string;
}

export interface ChatRequestIn {
  model: string;
  messages: ChatMessageIn[];
  stream: boolean;
  max_tokens?: number;
  transcript_id?: string;
}

export interface ChatStreamOptions {
  /** Characters per content chunk. */
  chunkSize: number;
  intervalMs: number;
  /** End the stream after this many events, without [DONE]. */
  truncateAfterEvents?: number;
  /** Send an error object after `afterEvents` events (default 1), then end. */
  errorAfterEvents?: { message: string; code?: string; afterEvents?: number };
}

/**
 * How a request for a stream is answered: `all` streams for every model; `openai-only` refuses other models with a
 * 400 naming `stream` (AssemblyAI's gateway in March 2026: "Supported on OpenAI models only"); `json` ignores
 * `stream` and answers with one whole completion.
 */
export type StreamingPolicy = 'all' | 'openai-only' | 'json';

export interface ChatSettings {
  reading: Reading;
  answerStyle: AnswerStyle;
  stream: ChatStreamOptions;
  /** Undefined: the reading decides (seeds `all`, current `openai-only`). */
  streaming: StreamingPolicy | undefined;
  /** Undefined: the emulator's own shape for the reading. */
  errorShape: ChatErrorShape | undefined;
  /** The answer cut in half, and finish_reason says so (`length`; Claude's `max_tokens` in the current reading). */
  truncate: boolean;
  /** Models the server knows; any other is refused with 400 "model … is not supported". Undefined: every one. */
  models: string[] | undefined;
}

/** What the model was asked (after substitution) and what it answered. */
export interface RecordedCompletion {
  model: string;
  messages: ChatMessageIn[];
  stream: boolean;
  max_tokens?: number;
  transcript_id?: string;
  answer: string;
}

export function createDefaultChatSettings(reading: Reading): ChatSettings {
  return { reading, answerStyle: 'json', stream: { chunkSize: 24, intervalMs: 0 }, streaming: undefined, errorShape: undefined, truncate: false, models: undefined };
}

export function validateChatRequest(json: Record<string, unknown>): ChatRequestIn {
  if (typeof json.model !== 'string' || json.model === '') throw new HttpFailure(400, 'model is required', 'invalid_request_error');
  const messages = json.messages;
  if (!Array.isArray(messages) || messages.length === 0) throw new HttpFailure(400, 'messages must be a non-empty array', 'invalid_request_error');
  for (const [i, m] of messages.entries()) {
    const ok = typeof m === 'object' && m !== null && typeof m.role === 'string' && typeof m.content === 'string';
    if (!ok) throw new HttpFailure(400, `messages[${i}] must have a string role and content`, 'invalid_request_error');
  }
  if (json.transcript_id !== undefined && typeof json.transcript_id !== 'string') throw new HttpFailure(400, 'transcript_id must be a string');
  return {
    model: json.model,
    messages: (messages as ChatMessageIn[]).map((m) => ({ role: m.role, content: m.content })),
    stream: json.stream === true,
    ...(typeof json.max_tokens === 'number' ? { max_tokens: json.max_tokens } : {}),
    ...(typeof json.transcript_id === 'string' ? { transcript_id: json.transcript_id } : {}),
  };
}

const isOpenAiModel = (model: string) => /^(gpt-|o\d)/.test(model);
const isClaude = (model: string) => model.startsWith('claude-');

/** finish_reason as each reading has it: OpenAI's words in the seeds, provider-native ones (Claude's) now. */
function readFinishReason(settings: ChatSettings, model: string): string {
  const native = settings.reading === 'current' && isClaude(model);
  if (settings.truncate) return native ? 'max_tokens' : 'length';
  return native ? 'end_turn' : 'stop';
}

/** Tokens by a rough four characters each, named as the reading has them. */
function countUsage(reading: Reading, prompt: string, answer: string): Record<string, number> {
  const input = Math.ceil(prompt.length / 4);
  const output = Math.ceil(answer.length / 4);
  return reading === 'current' ? { input_tokens: input, output_tokens: output, total_tokens: input + output } : { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
}

let completionCount = 0;

/** A whole completion; in the current reading the first choice is empty and the answer is in the second. */
function buildCompletion(settings: ChatSettings, request: ChatRequestIn, prompt: string, answer: string): Record<string, unknown> {
  const message = { role: 'assistant', content: answer };
  const finish = readFinishReason(settings, request.model);
  const usage = countUsage(settings.reading, prompt, answer);
  if (settings.reading === 'seeds') {
    return { id: `chatcmpl-emu${++completionCount}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: request.model, choices: [{ index: 0, message, finish_reason: finish }], usage };
  }
  return {
    request_id: randomUUID(),
    choices: [
      { index: 0, message: { role: 'assistant', content: '' }, finish_reason: null },
      { index: 1, message, finish_reason: finish },
    ],
    request: { model: request.model, max_tokens: request.max_tokens ?? 1000 },
    usage,
    http_status_code: 200,
    response_time: 42,
    llm_status_code: 200,
  };
}

/** Answers a validated request, whole or as OpenAI-style SSE chunks, and returns what it recorded. */
export async function answerChat(sink: ResponseSink, signal: AbortSignal, request: ChatRequestIn, settings: ChatSettings): Promise<RecordedCompletion> {
  if (settings.models && !settings.models.includes(request.model)) throw new HttpFailure(400, `model ${request.model} is not supported`);
  const streaming = settings.streaming ?? (settings.reading === 'current' ? 'openai-only' : 'all');
  if (request.stream && streaming === 'openai-only' && !isOpenAiModel(request.model)) {
    throw new HttpFailure(400, `stream is not supported for model ${request.model}; streaming is available for OpenAI models only`);
  }
  const prompt = request.messages.map((m) => m.content).join('\n\n');
  const whole = buildAnswerText(prompt, settings.answerStyle);
  const answer = settings.truncate ? whole.slice(0, Math.ceil(whole.length / 2)) : whole;
  const recorded: RecordedCompletion = {
    model: request.model,
    messages: request.messages,
    stream: request.stream,
    answer,
    ...(request.max_tokens !== undefined ? { max_tokens: request.max_tokens } : {}),
    ...(request.transcript_id ? { transcript_id: request.transcript_id } : {}),
  };
  if (!request.stream || streaming === 'json') {
    await sendJson(sink, 200, buildCompletion(settings, request, prompt, answer));
    return recorded;
  }
  const meta = { id: `chatcmpl-emu${++completionCount}`, created: Math.floor(Date.now() / 1000), model: request.model };
  await streamAnswer(sink, signal, meta, answer, readFinishReason(settings, request.model), { ...settings.stream });
  return recorded;
}

async function streamAnswer(sink: ResponseSink, signal: AbortSignal, meta: { id: string; created: number; model: string }, answer: string, finish: string, options: ChatStreamOptions): Promise<void> {
  const chunk = (delta: Record<string, string>, finishReason: string | null) =>
    `data: ${JSON.stringify({ ...meta, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  const events = [chunk({ role: 'assistant', content: '' }, null), ...splitIntoChunks(answer, options.chunkSize).map((c) => chunk({ content: c }, null)), chunk({}, finish)];
  const errorAt = options.errorAfterEvents ? (options.errorAfterEvents.afterEvents ?? 1) : undefined;
  const stopAt = errorAt ?? options.truncateAfterEvents;
  sink.open(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  for (const [i, event] of events.entries()) {
    if (stopAt !== undefined && i >= stopAt) break;
    if (i > 0) await pause(options.intervalMs, signal);
    if (sink.closed) return;
    await sink.write(event);
  }
  if (options.errorAfterEvents) {
    const { message, code } = options.errorAfterEvents;
    await sink.write(`data: ${JSON.stringify({ error: { message, type: 'server_error', code: code ?? null } })}\n\n`);
  } else if (stopAt === undefined || stopAt > events.length) {
    await sink.write('data: [DONE]\n\n');
  }
  await sink.end();
}
