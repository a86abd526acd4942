import { pause } from '../pause.js';
import type { ResponseSink } from '../response-sink.js';
import { sendJson } from '../response-sink.js';
import { splitIntoChunks } from '../stream-handler.js';
import { buildAnswerText, type AnswerStyle } from './emulated-answer.js';
import { HttpFailure } from '../http-emulator.js';

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

export interface ChatSettings {
  answerStyle: AnswerStyle;
  stream: ChatStreamOptions;
}

/** What the model was asked (after substitution) and what it answered. */
export interface RecordedCompletion {
  model: string;
  messages: ChatMessageIn[];
  stream: boolean;
  transcript_id?: string;
  answer: string;
}

export function createDefaultChatSettings(): ChatSettings {
  return { answerStyle: 'json', stream: { chunkSize: 24, intervalMs: 0 } };
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

let completionCount = 0;

/** Answers a validated request, whole or as OpenAI-style SSE chunks, and returns what it recorded. */
export async function answerChat(sink: ResponseSink, signal: AbortSignal, request: ChatRequestIn, settings: ChatSettings): Promise<RecordedCompletion> {
  const prompt = request.messages.map((m) => m.content).join('\n\n');
  const answer = buildAnswerText(prompt, settings.answerStyle);
  const id = `chatcmpl-emu${++completionCount}`;
  const created = Math.floor(Date.now() / 1000);
  const recorded: RecordedCompletion = { model: request.model, messages: request.messages, stream: request.stream, answer, ...(request.transcript_id ? { transcript_id: request.transcript_id } : {}) };
  if (!request.stream) {
    await sendJson(sink, 200, {
      id,
      object: 'chat.completion',
      created,
      model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
      usage: { prompt_tokens: Math.ceil(prompt.length / 4), completion_tokens: Math.ceil(answer.length / 4), total_tokens: Math.ceil((prompt.length + answer.length) / 4) },
    });
    return recorded;
  }
  await streamAnswer(sink, signal, { id, created, model: request.model }, answer, { ...settings.stream });
  return recorded;
}

async function streamAnswer(sink: ResponseSink, signal: AbortSignal, meta: { id: string; created: number; model: string }, answer: string, options: ChatStreamOptions): Promise<void> {
  const chunk = (delta: Record<string, string>, finish: string | null) =>
    `data: ${JSON.stringify({ ...meta, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const events = [chunk({ role: 'assistant', content: '' }, null), ...splitIntoChunks(answer, options.chunkSize).map((c) => chunk({ content: c }, null)), chunk({}, 'stop')];
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
