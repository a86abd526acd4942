import { addAbortSignal, type Readable } from 'node:stream';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { ApiError, InterruptedError, InvalidResponseError, SoapError, TimeoutError } from '../errors.js';
import { describeSchemaFailure } from '../http/schema-failure.js';
import { chatChunkSchema, chatStreamErrorSchema } from './chat.js';
import { StreamTruncatedError } from './errors.js';

type Step = { kind: 'delta'; text: string } | { kind: 'done' };

function readEvent(event: EventSourceMessage, service: string): Step | undefined {
  if (event.data === '[DONE]') return { kind: 'done' };
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
  const text = chunk.data.choices[0]?.delta?.content ?? '';
  return text ? { kind: 'delta', text } : undefined;
}

/**
 * The content deltas of an OpenAI-style SSE body (`data: {choices:[{delta:{content}}]}` … `data: [DONE]`).
 * A body that ends before `[DONE]` was cut short and throws StreamTruncatedError; an error object throws ApiError.
 */
export async function* parseChatStream(
  body: Readable,
  signal: AbortSignal,
  service = 'the model',
  /** The HTTP core's mapping of transport failures, so a stalled body is a timeout like anywhere else. */
  classify?: (err: unknown) => SoapError,
): AsyncGenerator<string> {
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  addAbortSignal(signal, body);
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      parser.feed(decoder.decode(chunk, { stream: true }));
      for (const event of pending.splice(0)) {
        const step = readEvent(event, service);
        if (step?.kind === 'done') return;
        if (step) yield step.text;
      }
    }
  } catch (err) {
    if (signal.aborted) throw new InterruptedError('interrupted while the answer was streaming', { cause: err });
    if (err instanceof ApiError) throw err;
    const mapped = classify?.(err);
    if (mapped instanceof TimeoutError || mapped instanceof InterruptedError) throw mapped;
    throw new StreamTruncatedError(`${service} broke off the answer (${(err as Error).message})`, '', { cause: err });
  } finally {
    body.destroy();
  }
  parser.reset({ consume: true });
  for (const event of pending.splice(0)) {
    const step = readEvent(event, service);
    if (step?.kind === 'done') return;
    if (step) yield step.text;
  }
  throw new StreamTruncatedError(`${service} ended the answer before [DONE]`);
}
