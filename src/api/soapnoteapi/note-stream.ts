import { InvalidResponseError, type SoapError } from '../../errors.js';
import type { SseResult } from '../../http/core.js';
import { mapHttpError, type ServiceHints } from '../../http/error-mapping.js';
import { streamEventSchema, type StreamEvent } from '../../note/index.js';

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

function toError(data: string, requestId: string | undefined, hints: ServiceHints): SoapError {
  let code: string | undefined;
  try {
    code = (JSON.parse(data) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return mapHttpError(STATUS_OF_CODE[code ?? ''] ?? 500, 'application/json', data, { requestId, service: 'SOAPNoteAPI' }, hints);
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
