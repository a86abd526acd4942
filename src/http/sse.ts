import type { Readable } from 'node:stream';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { InterruptedError, SoapError, StreamIncompleteError, TimeoutError } from '../errors.js';

/** One Server-Sent Event, as the spec frames it (`event:` defaults to "message"). */
export type SseEvent = EventSourceMessage;

/** An event, or a whole stream, this large is no note: the parser would hold it all in memory. */
const MAX_EVENT_BYTES = 8 * 1024 * 1024;
const MAX_STREAM_BYTES = 64 * 1024 * 1024;

/** Event types servers use for keep-alives. */
const KEEP_ALIVE_EVENTS = new Set(['ping', 'keepalive', 'keep-alive', 'heartbeat']);

/** A keep-alive says nothing: a `ping` (or similar) event, or an event without data; comments never arrive here. */
function isKeepAlive(event: SseEvent): boolean {
  const type = event.event?.toLowerCase() ?? '';
  if (type === 'error') return false;
  return event.data.trim() === '' || KEEP_ALIVE_EVENTS.has(type);
}

/**
 * Where `[DONE]` ends an event: undefined when it does not; otherwise the event's data before it (usually '', more
 * when a server wrote its events on consecutive `data:` lines without blank lines, so they arrive as one event).
 */
function readDone(event: SseEvent): string | undefined {
  const lines = event.data.split('\n');
  if (lines.at(-1)?.trim() !== '[DONE]') return undefined;
  return lines.slice(0, -1).join('\n');
}

export interface SseSource {
  body: Readable;
  /** The HTTP core's mapping of what reading the body throws (abort, silence timeout, reset). */
  classify(err: unknown): SoapError;
}

/**
 * The one SSE reader: events of a `text/event-stream` body (framing by eventsource-parser: CRLF or LF, `data:` with
 * or without a space, multi-line `data:`, comments, `event:` lines), until `data: [DONE]`, also when it is the last
 * line with no blank line after it. Keep-alives (comments, `event: ping`, events without data) are skipped; what a
 * `data:` payload means (`{}` included) is the caller's to read. A body that ends before `[DONE]`, or breaks off,
 * throws StreamIncompleteError; Ctrl-C and silence (no bytes for the timeout; see HttpCore.sse) keep their own
 * types. Reading stops (and the connection is released) when the consumer stops iterating.
 */
export async function* readSseEvents(source: SseSource, service: string): AsyncGenerator<SseEvent> {
  const pending: SseEvent[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  /** The events parsed so far, in order, until [DONE]: true once it came. */
  function* drain(): Generator<SseEvent, boolean> {
    for (const event of pending.splice(0)) {
      const before = readDone(event);
      if (before === undefined) {
        if (!isKeepAlive(event)) yield event;
        continue;
      }
      if (before.trim()) yield { ...event, data: before };
      return true;
    }
    return false;
  }
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
      if (yield* drain()) return;
    }
  } catch (err) {
    if (err instanceof SoapError) throw err;
    const mapped = source.classify(err);
    if (mapped instanceof TimeoutError || mapped instanceof InterruptedError) throw mapped;
    throw new StreamIncompleteError(`${service} broke off the answer (${(err as Error).message})`, { cause: err });
  } finally {
    source.body.destroy();
  }
  // The body ended. An event still in the parser (no blank line after it) counts only if it is the [DONE]: anything
  // else there was cut short, and is reported as a stream that ended early, not as a broken event.
  parser.feed('\n\n');
  const last = pending.splice(0);
  const before = last.length > 0 ? readDone(last.at(-1)!) : undefined;
  if (before !== undefined) {
    pending.push(...last.slice(0, -1), ...(before.trim() ? [{ ...last.at(-1)!, data: before }] : []));
    yield* drain();
    return;
  }
  throw new StreamIncompleteError('the stream ended before [DONE]: the note is incomplete', { hint: 'run the command again' });
}
