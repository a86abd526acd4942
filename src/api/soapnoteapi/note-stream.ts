import type { Readable } from 'node:stream';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { z } from 'zod';
import { StreamIncompleteError, type SoapError } from '../../errors.js';
import { mapHttpError, type ServiceHints } from '../../http/error-mapping.js';

export const noteStreamEventSchema = z.looseObject({ section: z.string(), content: z.string() });
export type NoteStreamEvent = z.infer<typeof noteStreamEventSchema>;

/** HTTP statuses of the documented error codes, so an error event mid-stream maps like an error answer. */
const STATUS_OF_CODE: Record<string, number> = {
  VALIDATION_ERROR: 400,
  AUTHENTICATION_ERROR: 401,
  AUTHORIZATION_ERROR: 403,
  NOT_FOUND: 404,
  INSUFFICIENT_BALANCE: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

export interface NoteStreamSource {
  body: Readable;
  requestId: string | undefined;
  classify(err: unknown): SoapError;
}

function toError(data: string, source: NoteStreamSource, hints: ServiceHints): SoapError {
  let code: string | undefined;
  try {
    code = (JSON.parse(data) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return mapHttpError(STATUS_OF_CODE[code ?? ''] ?? 500, 'application/json', data, { requestId: source.requestId, service: 'SOAPNoteAPI' }, hints);
}

/**
 * Reads SOAPNoteAPI's SSE note stream as typed events, ending at `data: [DONE]`. A stream that closes before it is
 * an error, as is an error event or an error object in place of an event.
 */
export async function* readNoteStream(source: NoteStreamSource, hints: ServiceHints): AsyncGenerator<NoteStreamEvent> {
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => pending.push(message) });
  const decoder = new TextDecoder();
  try {
    for await (const chunk of source.body) {
      parser.feed(decoder.decode(chunk as Buffer, { stream: true }));
      while (pending.length > 0) {
        const message = pending.shift()!;
        if (message.data === '[DONE]') return;
        if (message.event === 'error' || message.data.includes('"error"')) throw toError(message.data, source, hints);
        let parsed: unknown;
        try {
          parsed = JSON.parse(message.data);
        } catch {
          throw new StreamIncompleteError('SOAPNoteAPI sent a stream event that is not JSON', { hint: 'retry; if it persists, check proxy settings' });
        }
        const event = noteStreamEventSchema.safeParse(parsed);
        if (!event.success) throw new StreamIncompleteError('SOAPNoteAPI sent a stream event without section and content');
        yield event.data;
      }
    }
  } catch (err) {
    throw err instanceof Error && 'exitCode' in err ? err : source.classify(err);
  } finally {
    source.body.destroy();
  }
  throw new StreamIncompleteError('the stream ended before [DONE]: the note is incomplete', { hint: 'run the command again' });
}
