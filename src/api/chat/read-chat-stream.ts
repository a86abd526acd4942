import { ApiError, InvalidResponseError } from '../../errors.js';
import type { SseResult } from '../../http/core.js';
import type { SseEvent } from '../../http/sse.js';
import { describeSchemaFailure } from '../../http/schema-failure.js';
import { chatChunkSchema, chatStreamErrorSchema, readUsage, type TokenUsage } from './chat-completion.js';

/** What a stream said besides its text, filled in as its events are read. */
export interface ChatStreamOutcome {
  /** The last finish_reason a chunk gave (`stop`, `length`…). */
  finishReason?: string;
  /** Usage, when a chunk carried it (OpenAI's `stream_options.include_usage`). */
  usage?: TokenUsage;
}

/** The text an event adds to the answer ('' for none); an error object or an `error` event throws. */
function readChatEvent(event: SseEvent, service: string, outcome: ChatStreamOutcome): string {
  let payload: unknown;
  try {
    payload = JSON.parse(event.data);
  } catch {
    throw new InvalidResponseError(`${service} sent a stream event that is not JSON`, { status: 200, code: undefined, requestId: undefined, service });
  }
  const failure = chatStreamErrorSchema.safeParse(payload);
  if (failure.success || event.event === 'error') {
    const error = failure.success ? failure.data.error : undefined;
    const message = typeof error === 'string' ? error : (error?.message ?? 'the stream reported an error');
    const code = typeof error === 'object' && error?.code != null ? String(error.code) : undefined;
    throw new ApiError(`${service} stopped the answer: ${message}`, { status: 200, code, requestId: undefined, service }, {
      hint: 'retry; if it persists, try another model',
    });
  }
  const chunk = chatChunkSchema.safeParse(payload);
  if (!chunk.success) {
    throw new InvalidResponseError(`${service} sent a stream event of an unexpected shape: ${describeSchemaFailure(chunk.error)}`, { status: 200, code: undefined, requestId: undefined, service });
  }
  const choice = chunk.data.choices[0];
  if (choice?.finish_reason) outcome.finishReason = choice.finish_reason;
  outcome.usage = readUsage(chunk.data.usage) ?? outcome.usage;
  return choice?.delta?.content ?? '';
}

/**
 * The content deltas of an OpenAI-style stream (`data: {choices:[{delta:{content}}]}` … `data: [DONE]`), read by
 * the HTTP core's SSE reader; an error object throws ApiError. `outcome` collects the finish reason and usage.
 */
export async function* readChatStream(stream: SseResult, service: string, outcome: ChatStreamOutcome = {}): AsyncGenerator<string> {
  for await (const event of stream.events) {
    const text = readChatEvent(event, service, outcome);
    if (text) yield text;
  }
}
