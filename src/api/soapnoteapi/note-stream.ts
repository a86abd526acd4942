import { InvalidResponseError, type SoapError } from '../../errors.js';
import type { SseResult } from '../../http/core.js';
import { statusOfErrorCode } from '../../http/error-codes.js';
import { mapHttpError, parseErrorBody, type ServiceHints } from '../../http/error-mapping.js';
import type { StreamEvent } from '../../note/index.js';

const SERVICE = 'SOAPNoteAPI';

/** Keys that make an event (part of) a full note, which a server may send at the end of its stream. */
const NOTE_KEYS = ['noteId', 'subjective', 'objective', 'assessment', 'plan', 'billing_codes', 'billing_codes_disclaimer', 'patient_summary', 'expires_at', 'transcript'];

/** An error event: its code and message mapped as an error answer would be; its text, which may quote patient data, is not shown. */
function toError(data: string, requestId: string | undefined, hints: ServiceHints): SoapError {
  const body = parseErrorBody(data) ?? { message: 'the stream reported an error' };
  return mapHttpError(statusOfErrorCode(body.code, 500), 'application/json', JSON.stringify({ error: body }), { requestId, service: SERVICE }, hints);
}

function invalid(message: string, requestId: string | undefined): InvalidResponseError {
  return new InvalidResponseError(`${SERVICE} ${message}`, { status: 200, code: undefined, requestId, service: SERVICE }, {
    hint: 'retry; if it persists, check proxy settings',
  });
}

/**
 * An event's JSON payloads: one, or one per line when a server wrote its events on consecutive `data:` lines without
 * the blank line between them (the help center prints its example that way), which SSE joins into one event.
 */
function readPayloads(data: string): unknown[] | undefined {
  try {
    return [JSON.parse(data) as unknown];
  } catch {
    const lines = data.split('\n').filter((line) => line.trim());
    if (lines.length < 2) return undefined;
    try {
      return lines.map((line) => JSON.parse(line) as unknown);
    } catch {
      return undefined;
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What one payload says, in either reading: `{section, content}` (API docs), `{content}` with the headings inside the
 * text (help center), full-note keys to merge, or several of these at once. A keep-alive (`{}`) or anything else
 * unknown says nothing.
 */
export function readNotePayload(payload: unknown): StreamEvent[] {
  if (!isObject(payload)) return [];
  const events: StreamEvent[] = [];
  const content = typeof payload.content === 'string' ? payload.content : undefined;
  if (typeof payload.section === 'string') events.push({ section: payload.section.trim().toLowerCase(), content: content ?? '' });
  else if (content !== undefined) events.push({ content });
  if (NOTE_KEYS.some((key) => payload[key] !== undefined)) {
    const { section: _section, content: _content, ...note } = payload;
    events.push({ note });
  }
  return events;
}

/** Only an explicit error object is an error: a chunk whose text is the word "error" is text. */
function hasError(payload: unknown): boolean {
  return isObject(payload) && payload.error !== undefined && payload.error !== null && payload.error !== false;
}

/**
 * SOAPNoteAPI's note stream as typed events, in either reading. An `error` event or an error object throws; a stream
 * that carried no note at all (no section, content or note fields in any event) is an invalid answer.
 */
export async function* readNoteStream(stream: Pick<SseResult, 'events' | 'requestId'>, hints: ServiceHints): AsyncGenerator<StreamEvent> {
  let usable = false;
  for await (const message of stream.events) {
    if (message.event === 'error') throw toError(message.data, stream.requestId, hints);
    const payloads = readPayloads(message.data);
    if (!payloads) throw invalid('sent a stream event that is not JSON', stream.requestId);
    for (const payload of payloads) {
      if (hasError(payload)) throw toError(JSON.stringify(payload), stream.requestId, hints);
      for (const event of readNotePayload(payload)) {
        usable = true;
        yield event;
      }
    }
  }
  if (!usable) throw invalid('sent a stream without a note in it (no event had a section, content or note fields)', stream.requestId);
}
