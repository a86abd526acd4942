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
import { canonicalErrorCode } from './error-codes.js';
import { isOutOfCredit } from './retry-policy.js';
import { describeProxyFor } from './dispatcher.js';

/** What an error body says, whichever shape it came in. */
export interface ErrorBody {
  code?: string;
  message?: string;
  /** A request id some services put in the body rather than a header. */
  requestId?: string;
}

const text = z.string().nullish();
const read = (code: string | null | undefined, message: string | null | undefined): ErrorBody => ({ code: code ?? undefined, message: message ?? undefined });

/**
 * The error bodies the services document, tried in order, each read into {code?, message?}. `details` (an object in
 * SOAPNoteAPI's API docs, an array of {field, message} in its help center) is dropped: it may echo patient data. A
 * service with another shape adds one entry here.
 */
const ERROR_BODY_SHAPES = [
  // SOAPNoteAPI: {"error":{code,message,details}}; OpenAI-compatible servers send the same with code null.
  z.object({ error: z.object({ code: text, message: text }) }).transform((b) => read(b.error.code, b.error.message)),
  // SOAPNoteAPI's legacy docs: {"status":"error","error_code":"UNAUTHORIZED","message":"…"}.
  z.object({ error_code: z.string(), message: text }).transform((b) => read(b.error_code, b.message)),
  // AssemblyAI: {"error":"text"}.
  z.object({ error: z.string() }).transform((b) => read(undefined, b.error)),
  // AssemblyAI's gateway: {"message":"text"}.
  z.object({ message: z.string() }).transform((b) => read(undefined, b.message)),
] as const;

const errorBodySchema = z.union(ERROR_BODY_SHAPES);

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

/** Reads an error body in any documented shape; undefined for a body that is not JSON or none of them. */
export function parseErrorBody(body: string): ErrorBody | undefined {
  try {
    const json: unknown = JSON.parse(body);
    const gateway = gatewayErrorBodySchema.safeParse(json);
    if (gateway.success) return gateway.data;
    const parsed = errorBodySchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function isAuthFailure(status: number, code: string | undefined): boolean {
  return status === 401 || status === 403 || code === 'AUTHENTICATION_ERROR' || code === 'AUTHORIZATION_ERROR';
}

/**
 * Maps an error status and body to the typed error tree. The code decides where it says more than the status (an
 * out-of-credit or bad-key code is final whatever the status, in any case); without a code, the status does, also
 * for a body that is not JSON at all.
 */
export function mapHttpError(
  status: number,
  contentType: string,
  body: string,
  fields: Omit<ApiErrorFields, 'status' | 'code'>,
  hints: ServiceHints,
): ApiError {
  const parsed = parseErrorBody(body);
  const f: ApiErrorFields = { ...fields, requestId: fields.requestId ?? parsed?.requestId, status, code: parsed?.code };
  const code = canonicalErrorCode(parsed?.code);
  if (!parsed) {
    const what = /html/i.test(contentType) ? 'an HTML page' : 'a body that is not the documented error JSON';
    const label = `${fields.service} answered HTTP ${status} with ${what}`;
    if (isAuthFailure(status, undefined)) return new AuthError(label, f, { hint: hints.auth });
    if (status === 404) return new NotFoundError(label, f, hints.notFound ? { hint: hints.notFound } : {});
    return new InvalidResponseError(`${label} (a proxy or gateway may be in the way)`, f, {
      hint: 'retry later; if it persists, check proxy settings (HTTPS_PROXY, NO_PROXY)',
    });
  }
  const label = `${fields.service} ${status}${parsed.code ? ` ${parsed.code}` : ''}: ${parsed.message ?? 'no message'}`;
  if (isOutOfCredit(parsed.code)) {
    return new InsufficientBalanceError(label, f, { hint: 'add funds in your dashboard, then run the same command again' });
  }
  if (isAuthFailure(status, code)) return new AuthError(label, f, { hint: hints.auth });
  if (status === 429) return new RateLimitError(label, f, { hint: 'wait a little and retry, or lower --concurrency' });
  if (status === 404 || code === 'NOT_FOUND') return new NotFoundError(label, f, hints.notFound ? { hint: hints.notFound } : {});
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
