import type { Readable } from 'node:stream';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { InterruptedError, SoapError, StreamIncompleteError, TimeoutError } from '../errors.js';

/** Bytes an event may take before it ends, and a whole stream: a note streams in a few hundred KB at most. */
const MAX_EVENT_BYTES = 8 * 1024 * 1024;
const MAX_STREAM_BYTES = 64 * 1024 * 1024;

/** One Server-Sent Event, as the spec frames it (`event:` defaults to "message"). */
export type SseEvent = EventSourceMessage;

export interface SseSource {
  body: Readable;
  /** The HTTP core's mapping of what reading the body throws (abort, silence timeout, reset). */
  classify(err: unknown): SoapError;
}

/**
 * The one SSE reader: events of a `text/event-stream` body (framing by eventsource-parser: CRLF or LF, multi-line
 * `data:`, comments, `event:` lines), until `data: [DONE]`, also when it is the last line with no blank line after
 * it. A body that ends before `[DONE]`, or breaks off, throws StreamIncompleteError; Ctrl-C and silence keep their
 * own types. Reading stops (and the connection is released) when the consumer stops iterating.
 */
export async function* readSseEvents(source: SseSource, service: string): AsyncGenerator<SseEvent> {
  const pending: SseEvent[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  // The parser holds an unfinished event in memory: one that never ends, or a runaway stream, is refused.
  let sinceEvent = 0;
  let total = 0;
  try {
    for await (const chunk of source.body as AsyncIterable<Buffer>) {
      parser.feed(decoder.decode(chunk, { stream: true }));
      sinceEvent = pending.length > 0 ? 0 : sinceEvent + chunk.length;
      total += chunk.length;
      if (sinceEvent > MAX_EVENT_BYTES || total > MAX_STREAM_BYTES) {
        const what = total > MAX_STREAM_BYTES ? `a stream larger than ${MAX_STREAM_BYTES / 1048576} MB` : `an event larger than ${MAX_EVENT_BYTES / 1048576} MB`;
        throw new StreamIncompleteError(`${service} sent ${what}: the rest was not read`, { hint: 'no note is that large; check --base-url and proxy settings' });
      }
      for (const event of pending.splice(0)) {
        if (event.data === '[DONE]') return;
        yield event;
      }
    }
  } catch (err) {
    if (err instanceof SoapError) throw err;
    const mapped = source.classify(err);
    if (mapped instanceof TimeoutError || mapped instanceof InterruptedError) throw mapped;
    throw new StreamIncompleteError(`${service} broke off the answer (${(err as Error).message})`, { cause: err });
  } finally {
    source.body.destroy();
  }
  // The body ended: an event still in the parser (no blank line after it) counts.
  parser.reset({ consume: true });
  for (const event of pending.splice(0)) {
    if (event.data === '[DONE]') return;
    yield event;
  }
  throw new StreamIncompleteError('the stream ended before [DONE]: the note is incomplete', { hint: 'run the command again' });
}
