import { z } from 'zod';
import {
  ApiError,
  AuthError,
  ConnectionError,
  InsufficientBalanceError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  type SoapError,
  TimeoutError,
  type ApiErrorFields,
} from '../errors.js';
import { isOutOfCredit } from './retry-policy.js';
import { describeProxyFor } from './dispatcher.js';

// SOAPNoteAPI documents {"error":{code,message,details}}; AssemblyAI answers {"error":"text"}, its gateway
// {"message":"text"}, and OpenAI-compatible servers {"error":{message, code: null}}. All become {code?, message?}.
const errorBodySchema = z.union([
  z.object({ error: z.object({ code: z.string().nullish(), message: z.string().nullish() }) }).transform((b) => ({ code: b.error.code ?? undefined, message: b.error.message ?? undefined })),
  z.object({ error: z.string() }).transform((b) => ({ code: undefined, message: b.error })),
  z.object({ message: z.string() }).transform((b) => ({ code: undefined, message: b.message })),
]);

export interface ServiceHints {
  /** What to tell the user on 401/403, e.g. how to set this service's key. */
  auth: string;
  /** What a 404 means for this service. */
  notFound?: string;
}

// --- issue 12 (gateways): AssemblyAI LLM Gateway error bodies, three shapes over time (API-delta.md B.4) ---
// nested (March 2026) {"error":{"code":400,"message","metadata"}}; flat (June 2026 on) {"code":400,"message",
// "request_id","metadata":{"errors":[…]}}; a refused key {"error":"…","status":"error","request_id"}. Recognised
// narrowly (a numeric code, metadata, request_id or status "error"), so other services' bodies parse as before. A
// numeric code only repeats the HTTP status and is dropped; metadata.errors may echo the request and is never read.
const gatewayCode = z.union([z.number(), z.string()]).nullish();
const gatewayErrorBodySchema = z.union([
  z
    .object({ error: z.object({ code: gatewayCode, message: z.string().nullish(), metadata: z.unknown().optional() }), request_id: z.string().nullish() })
    .refine((b) => typeof b.error.code === 'number' || b.error.metadata !== undefined)
    .transform((b) => ({ code: typeof b.error.code === 'string' ? b.error.code : undefined, message: b.error.message ?? undefined, requestId: b.request_id ?? undefined })),
  z
    .object({ message: z.string(), code: gatewayCode, request_id: z.string().nullish(), metadata: z.unknown().optional() })
    .refine((b) => typeof b.code === 'number' || typeof b.request_id === 'string' || b.metadata !== undefined)
    .transform((b) => ({ code: typeof b.code === 'string' ? b.code : undefined, message: b.message, requestId: b.request_id ?? undefined })),
  z
    .object({ error: z.string(), status: z.literal('error'), request_id: z.string().nullish() })
    .transform((b) => ({ code: undefined, message: b.error, requestId: b.request_id ?? undefined })),
]);
// --- end issue 12 (gateways) ---

/** Reads the documented `{"error":{code,message,details}}` body; `details` is dropped since it may echo patient data. */
export function parseErrorBody(text: string): { code?: string; message?: string; requestId?: string } | undefined {
  try {
    const json: unknown = JSON.parse(text);
    const gateway = gatewayErrorBodySchema.safeParse(json); // issue 12 (gateways)
    if (gateway.success) return gateway.data;
    const parsed = errorBodySchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Maps an error status and body to the typed error tree. */
export function mapHttpError(
  status: number,
  contentType: string,
  text: string,
  fields: Omit<ApiErrorFields, 'status' | 'code'>,
  hints: ServiceHints,
): ApiError {
  const body = parseErrorBody(text);
  const f: ApiErrorFields = { ...fields, requestId: fields.requestId ?? body?.requestId, status, code: body?.code };
  if (!body) {
    const what = /html/i.test(contentType) ? 'an HTML page' : 'a body that is not the documented error JSON';
    return new InvalidResponseError(
      `${fields.service} answered HTTP ${status} with ${what} (a proxy or gateway may be in the way)`,
      f,
      { hint: 'retry later; if it persists, check proxy settings (HTTPS_PROXY, NO_PROXY)' },
    );
  }
  const label = `${fields.service} ${status}${body.code ? ` ${body.code}` : ''}: ${body.message ?? 'no message'}`;
  if (status === 401 || status === 403) return new AuthError(label, f, { hint: hints.auth });
  if (isOutOfCredit(status, body.code)) {
    return new InsufficientBalanceError(label, f, { hint: 'add funds in your dashboard, then run the same command again' });
  }
  if (status === 429) return new RateLimitError(label, f, { hint: 'wait a little and retry, or lower --concurrency' });
  if (status === 404) return new NotFoundError(label, f, hints.notFound ? { hint: hints.notFound } : {});
  return new ApiError(label, f, status >= 500 ? { hint: 'the service is having trouble; retry later' } : {});
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;
/** The connection was there and then went away: a reset, or a close before the answer was complete. */
const DROPPED_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED', 'ECONNABORTED']);

/** `SOAPNoteAPI (https://api.soapnoteapi.com)`, or only the service when its name already carries the host. */
function describeWhere(service: string, origin: string, joiner: ' at ' | ' '): string {
  let host = origin;
  try {
    host = new URL(origin).host;
  } catch {
    // keep the origin as given
  }
  if (service.includes(host)) return service;
  return joiner === ' at ' ? `${service} at ${origin}` : `${service} (${origin})`;
}

/** Maps what undici throws (no HTTP answer at all, or one cut short) to ConnectionError / TimeoutError. */
export function mapTransportError(err: unknown, service: string, origin: string): SoapError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    const phase = code === 'UND_ERR_BODY_TIMEOUT' ? 'sending data' : code === 'UND_ERR_CONNECT_TIMEOUT' ? 'accepting the connection' : 'answering';
    return new TimeoutError(`${describeWhere(service, origin, ' ')} stopped ${phase}: timed out`, {
      hint: 'retry, or raise --timeout',
      cause: err,
    });
  }
  if (TLS_CODES.test(code)) {
    return new ConnectionError(`TLS certificate of ${origin} could not be verified (${code})`, {
      hint: 'if your network inspects TLS, point NODE_EXTRA_CA_CERTS at your organisation\'s CA certificate file',
      cause: err,
    });
  }
  if (DROPPED_CODES.has(code)) {
    // Not "could not reach": the service was reached, and the connection broke before the answer was complete.
    return new ConnectionError(`the connection to ${describeWhere(service, origin, ' at ')} was closed before the answer was complete (${code})`, {
      hint: 'retry; if it keeps happening, check your network and proxy settings (HTTPS_PROXY, NO_PROXY)',
      cause: err,
    });
  }
  const proxy = describeProxyFor(origin);
  const tunnel = /Proxy response \((\d+)\)/.exec((err as Error).message ?? '');
  if (proxy && tunnel) {
    const status = Number(tunnel[1]);
    return new ConnectionError(`the proxy ${proxy} refused to connect to ${describeWhere(service, origin, ' at ')} (HTTP ${status})`, {
      hint: status === 407 ? 'the proxy wants credentials: put them in the proxy URL (http://user:password@proxy:port)' : 'ask your network team to allow this host, or add it to NO_PROXY if it is reachable directly',
      cause: err,
    });
  }
  const detail = code || (err as Error).message || 'unknown error';
  if (proxy) {
    // Behind a proxy the only connection soap opens itself is to the proxy: a refusal or a bad name is the proxy's.
    return new ConnectionError(`could not reach the proxy ${proxy} on the way to ${describeWhere(service, origin, ' at ')} (${detail})`, {
      hint: 'check the proxy address, or set NO_PROXY for hosts that are reachable directly',
      cause: err,
    });
  }
  return new ConnectionError(`could not reach ${describeWhere(service, origin, ' at ')} (${detail})`, {
    hint: 'check your network, proxy settings (HTTPS_PROXY, NO_PROXY) or --base-url',
    cause: err,
  });
}

/** Transport failures worth retrying: all but certificate errors, which retrying cannot fix. */
export function isRetryableTransportError(err: SoapError): boolean {
  return (err instanceof ConnectionError && !/TLS certificate/.test(err.message)) || err instanceof TimeoutError;
}
