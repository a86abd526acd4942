import { ApiError, InvalidResponseError } from '../../errors.js';
import type { SseResult } from '../../http/core.js';
import type { SseEvent } from '../../http/sse.js';
import { describeSchemaFailure } from '../../http/schema-failure.js';
import { chatChunkSchema, chatStreamErrorSchema } from './chat-completion.js';

/** The text an event adds to the answer ('' for none); an error object or an `error` event throws. */
function readChatEvent(event: SseEvent, service: string): string {
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
  return chunk.data.choices[0]?.delta?.content ?? '';
}

/**
 * The content deltas of an OpenAI-style stream (`data: {choices:[{delta:{content}}]}` … `data: [DONE]`), read by
 * the HTTP core's SSE reader; an error object throws ApiError.
 */
export async function* readChatStream(stream: SseResult, service: string): AsyncGenerator<string> {
  for await (const event of stream.events) {
    const text = readChatEvent(event, service);
    if (text) yield text;
  }
}
