import { InvalidResponseError, type SoapError } from '../../errors.js';
import type { SseResult } from '../../http/core.js';
import { statusOfErrorCode } from '../../http/error-codes.js';
import { mapHttpError, parseErrorBody, type ServiceHints } from '../../http/error-mapping.js';
import { streamEventSchema, type StreamEvent } from '../../note/index.js';

function toError(data: string, requestId: string | undefined, hints: ServiceHints): SoapError {
  const status = statusOfErrorCode(parseErrorBody(data)?.code, 500);
  return mapHttpError(status, 'application/json', data, { requestId, service: 'SOAPNoteAPI' }, hints);
}

function invalid(message: string, requestId: string | undefined): InvalidResponseError {
  return new InvalidResponseError(`SOAPNoteAPI ${message}`, { status: 200, code: undefined, requestId, service: 'SOAPNoteAPI' }, {
    hint: 'retry; if it persists, check proxy settings',
  });
}

/** SOAPNoteAPI's note stream as typed events; an error event, or an error object in place of one, throws. */
export async function* readNoteStream(stream: SseResult, hints: ServiceHints): AsyncGenerator<StreamEvent> {
  for await (const message of stream.events) {
    if (message.event === 'error' || message.data.includes('"error"')) throw toError(message.data, stream.requestId, hints);
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.data);
    } catch {
      throw invalid('sent a stream event that is not JSON', stream.requestId);
    }
    const event = streamEventSchema.safeParse(parsed);
    if (!event.success) throw invalid('sent a stream event without section and content', stream.requestId);
    yield event.data;
  }
}
