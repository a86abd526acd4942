import { setTimeout as sleep } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { request, type Dispatcher, type FormData } from 'undici';
import type { z } from 'zod';
import { ApiError, ConnectionError, InterruptedError, InvalidResponseError, RateLimitError, SoapError, TimeoutError } from '../errors.js';
import { isRetryableStatus, computeRetryDelayMs, type HeaderBag } from './retry-policy.js';
import { isRetryableTransportError, mapHttpError, mapTransportError, type ServiceHints } from './error-mapping.js';
import { describeSchemaFailure } from './schema-failure.js';
import { classifyErrorAnswer, classifyUnreadableAnswer, type AnswerShape } from './answer-shape.js';
import { getDispatcher } from './dispatcher.js';
import { readSseEvents, type SseEvent } from './sse.js';

const CONNECT_TIMEOUT_MS = 10_000;
/** Slowest upload still waited for: an upload's deadline grows by its size at this rate (2.2 GB ≈ 2.5 hours). */
const MIN_UPLOAD_BYTES_PER_SECOND = 256 * 1024;
const PHASE_TIMEOUT_MS = 60_000;
/** Largest answer read by default: a note is a few KB, a long transcript with word timings a few MB. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** An error answer is read only for its message. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

export interface HttpCoreOptions {
  service: string;
  baseUrl: URL;
  headers: Record<string, string>;
  userAgent: string;
  maxRetries: number;
  /** Deadline for one call, all attempts and waits included. */
  timeoutMs: number;
  hints: ServiceHints;
  signal?: AbortSignal;
  debug?: (line: string) => void;
  /** One stderr line for the user (a billable request that may have been sent twice). */
  warn?: (line: string) => void;
  dispatcher?: Dispatcher;
  random?: () => number;
  /** Shared across a batch so that one 429 pauses every worker (see src/http/rate-gate.ts). */
  rateGate?: { waitTurn(signal: AbortSignal): Promise<void>; pauseFor(ms: number): void };
}

export type RequestBody = string | Buffer | Readable | FormData;

export interface CallOptions {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  json?: unknown;
  /** Called once per attempt, so a retried upload re-opens its source. */
  body?: () => RequestBody | Promise<RequestBody>;
  contentType?: string;
  /** Known length of a streamed body, so the server can refuse an oversized upload before reading it. */
  contentLength?: number;
  accept?: string;
  /** Largest answer body read (default 32 MB); a bigger one is refused, never held in memory. */
  maxAnswerBytes?: number;
  /**
   * The service bills for it and documents no idempotency key: a retry after a failure that may have reached the
   * service (a dropped connection, a timeout, a 504) is told to the user once it succeeds.
   */
  billable?: boolean;
}

export interface CallResult<T> {
  data: T;
  status: number;
  requestId: string | undefined;
  attempts: number;
}

export interface SseResult {
  /** The stream's events until `[DONE]` (see readSseEvents); iterate once. */
  events: AsyncGenerator<SseEvent>;
  requestId: string | undefined;
  // --- issue 12 (gateways): a 2xx answer that is not a stream (a gateway that does not stream this model). ---
  /** The answer's Content-Type, e.g. `text/event-stream; charset=utf-8`. */
  contentType: string;
  /** The whole body as text, instead of `events` (use one or the other). */
  text(): Promise<string>;
  // --- end issue 12 (gateways) ---
}

/** The time a call has: its own deadline (the timeout, plus time for an upload's bytes) and the abort signal. */
interface CallBudget {
  signal: AbortSignal;
  deadline: AbortSignal;
  started: number;
  budgetMs: number;
  /** An SSE call: the body may run past the deadline, but not through a silence longer than the timeout. */
  streaming: boolean;
}

type RawResponse = { statusCode: number; headers: HeaderBag; body: Dispatcher.ResponseData['body'] };

function isRetryable(failure: SoapError): boolean {
  return failure instanceof ApiError ? isRetryableStatus(failure.status, failure.code) : isRetryableTransportError(failure);
}

/** Reads a body up to `limit` bytes; past it the connection is dropped, the first `limit` bytes kept, `whole` false. */
async function readBodyUpTo(body: RawResponse['body'], headers: HeaderBag, limit: number): Promise<{ chunks: Buffer[]; whole: boolean }> {
  if (Number(headers['content-length']) > limit) {
    body.destroy();
    return { chunks: [], whole: false };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      chunks.push(chunk.subarray(0, chunk.length - (size - limit)));
      body.destroy();
      return { chunks, whole: false };
    }
    chunks.push(chunk);
  }
  return { chunks, whole: true };
}

/** A failure after which the service may have taken (and billed) the request: the answer was lost, not refused. */
function mayHaveBeenAccepted(failure: SoapError): boolean {
  if (failure instanceof ApiError) return failure.status === 504;
  return failure instanceof TimeoutError || (failure instanceof ConnectionError && /was closed before the answer was complete/.test(failure.message));
}

function readRequestId(headers: HeaderBag): string | undefined {
  const id = headers['x-request-id'] ?? headers['request-id'];
  return Array.isArray(id) ? id[0] : id;
}

/** One HTTP core for every service: base URL, auth, timeouts, retries, error mapping, zod at the boundary. */
export class HttpCore {
  constructor(readonly options: HttpCoreOptions) {}

  /** Sends a request and parses its JSON answer with `schema`. */
  async json<S extends z.ZodType>(call: CallOptions, schema: S): Promise<CallResult<z.infer<S>>> {
    // The body is read inside the attempt: an answer cut short or stalled mid-body is a transport failure, retried
    // like one, and never escapes as an untyped undici error.
    const { response, attempts, requestId, text } = await this.send(call, true);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      const fields = { requestId, service: this.options.service };
      throw classifyUnreadableAnswer(this.shapeOf(call, response), text, `${call.method} ${call.path}`, fields) ?? this.invalid(`answered ${call.method} ${call.path} with malformed JSON`, response.statusCode, requestId);
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      throw this.invalid(`answered ${call.method} ${call.path} with an unexpected shape: ${describeSchemaFailure(result.error)}`, response.statusCode, requestId);
    }
    return { data: result.data, status: response.statusCode, requestId, attempts };
  }

  /**
   * Sends a request for Server-Sent Events and reads them from a 2xx answer; retries happen only before it starts.
   * Once the events flow, only silence longer than the timeout ends the stream, never its total length.
   */
  async sse(call: CallOptions): Promise<SseResult> {
    const { response, requestId, budget } = await this.send({ ...call, accept: 'text/event-stream' }, false, true);
    const length = response.headers['content-length'];
    const unreadable = classifyUnreadableAnswer(this.shapeOf(call, response), undefined, `${call.method} ${call.path}`, { requestId, service: this.options.service }, Array.isArray(length) ? length[0] : length);
    if (unreadable) {
      // Read off (a page is small; dump stops at 128 KiB) so the connection is released without an error event.
      await response.body.dump().catch(() => undefined);
      throw unreadable;
    }
    const events = readSseEvents({ body: response.body, classify: (err) => this.classify(err, budget) }, this.options.service);
    const contentType = String(response.headers['content-type'] ?? '');
    const text = () => response.body.text().catch((err: unknown) => Promise.reject(this.classify(err, budget)));
    return { events, requestId, contentType, text };
  }

  private urlFor(call: CallOptions): URL {
    return new URL(this.options.baseUrl.href.replace(/\/?$/, '/') + call.path.replace(/^\//, ''));
  }

  private shapeOf(call: CallOptions, response: RawResponse): AnswerShape {
    const location = response.headers.location;
    return {
      status: response.statusCode,
      contentType: String(response.headers['content-type'] ?? ''),
      location: Array.isArray(location) ? location[0] : location,
      url: this.urlFor(call),
    };
  }

  private invalid(what: string, status: number, requestId: string | undefined): InvalidResponseError {
    return new InvalidResponseError(`${this.options.service} ${what}`, { status, code: undefined, requestId, service: this.options.service }, {
      hint: 'retry later; if it persists, check --base-url and proxy settings',
    });
  }

  /** A 2xx answer's body, refused past its limit: a runaway answer (400 MB of JSON) must not take the memory. */
  private async readAnswer(call: CallOptions, response: RawResponse, requestId: string | undefined): Promise<string> {
    const limit = call.maxAnswerBytes ?? MAX_ANSWER_BYTES;
    const { chunks, whole } = await readBodyUpTo(response.body, response.headers, limit);
    // Joined and decoded only when kept: a refused body would otherwise take its size twice more.
    if (whole) return new TextDecoder().decode(Buffer.concat(chunks));
    throw new InvalidResponseError(
      `${this.options.service}'s answer to ${call.method} ${call.path} is larger than ${formatBytes(limit)}: not read`,
      { status: response.statusCode, code: undefined, requestId, service: this.options.service },
      { hint: 'no answer of this service is that large; check --base-url and proxy settings' },
    );
  }

  private async send(call: CallOptions, readBody: boolean, streaming = false) {
    const o = this.options;
    const budgetMs = o.timeoutMs + Math.ceil(((call.contentLength ?? 0) / MIN_UPLOAD_BYTES_PER_SECOND) * 1000);
    // A timer of our own rather than AbortSignal.timeout: a stream's deadline ends once its events start flowing.
    const clock = new AbortController();
    const timer = setTimeout(() => clock.abort(new DOMException('deadline', 'TimeoutError')), budgetMs);
    timer.unref();
    const deadline = clock.signal;
    const signal = o.signal ? AbortSignal.any([o.signal, deadline]) : deadline;
    const started = Date.now();
    const budget: CallBudget = { signal, deadline, started, budgetMs, streaming };
    let maybeTwice = false;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attemptOnce(call, budget, readBody);
      if ('response' in outcome) {
        if (streaming) clearTimeout(timer);
        if (maybeTwice) {
          o.warn?.(`${o.service} may have taken ${call.method} ${call.path} before an earlier attempt failed (no idempotency key is documented): check your account for a second charge`);
        }
        return { ...outcome, attempts: attempt, budget };
      }
      const { failure, headers } = outcome;
      if (call.billable && mayHaveBeenAccepted(failure)) maybeTwice = true;
      if (!isRetryable(failure) || signal.aborted || attempt > o.maxRetries) throw failure;
      const delay = computeRetryDelayMs(attempt - 1, headers, o.random);
      if (Date.now() - started + delay >= budgetMs) throw failure;
      o.debug?.(`retry ${attempt}/${o.maxRetries} in ${delay} ms after: ${failure.message}`);
      try {
        await sleep(delay, undefined, { signal });
      } catch (err) {
        throw this.classify(err, budget);
      }
    }
  }

  private async attemptOnce(
    call: CallOptions,
    budget: CallBudget,
    readBody: boolean,
  ): Promise<{ response: RawResponse; requestId: string | undefined; text: string } | { failure: SoapError; headers: HeaderBag }> {
    const o = this.options;
    try {
      await o.rateGate?.waitTurn(budget.signal);
      const response = await this.attempt(call, budget);
      const requestId = readRequestId(response.headers);
      if (response.statusCode < 300) return { response, requestId, text: readBody ? await this.readAnswer(call, response, requestId) : '' };
      const text = new TextDecoder().decode(Buffer.concat((await readBodyUpTo(response.body, response.headers, MAX_ERROR_BODY_BYTES)).chunks));
      const shape = this.shapeOf(call, response);
      const fields = { requestId, service: o.service };
      const failure = classifyErrorAnswer(shape, text, fields) ?? mapHttpError(response.statusCode, shape.contentType, text, fields, o.hints);
      if (failure instanceof RateLimitError) o.rateGate?.pauseFor(computeRetryDelayMs(0, response.headers, o.random));
      return { failure, headers: response.headers };
    } catch (err) {
      return { failure: this.classify(err, budget), headers: {} };
    }
  }

  private classify(err: unknown, { signal, deadline, budgetMs }: CallBudget): SoapError {
    if (err instanceof SoapError) return err;
    const o = this.options;
    if (signal.aborted) {
      if (deadline.aborted && !o.signal?.aborted) {
        return new TimeoutError(`${o.service} did not finish within ${budgetMs / 1000} s`, { hint: 'retry, or raise --timeout', cause: err });
      }
      return new InterruptedError('interrupted', { cause: err });
    }
    return mapTransportError(err, o.service, o.baseUrl.origin);
  }

  private async attempt(call: CallOptions, { signal, started, budgetMs, streaming }: CallBudget): Promise<RawResponse> {
    const o = this.options;
    const url = this.urlFor(call);
    const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: call.accept ?? 'application/json', ...o.headers };
    let body: RequestBody | undefined;
    if (call.json !== undefined) {
      body = JSON.stringify(call.json);
      headers['content-type'] = 'application/json';
    } else if (call.body) {
      body = await call.body();
      if (call.contentType) headers['content-type'] = call.contentType;
      if (call.contentLength !== undefined) headers['content-length'] = String(call.contentLength);
    }
    const remaining = Math.max(1, budgetMs - (Date.now() - started));
    const t0 = Date.now();
    o.debug?.(`→ ${call.method} ${url.origin}${url.pathname}${typeof body === 'string' ? ` (${Buffer.byteLength(body)} B)` : ''}`);
    const response = await request(url, {
      method: call.method,
      headers,
      body,
      signal,
      dispatcher: o.dispatcher ?? getDispatcher(CONNECT_TIMEOUT_MS),
      headersTimeout: Math.min(PHASE_TIMEOUT_MS, remaining),
      bodyTimeout: streaming ? o.timeoutMs : Math.min(PHASE_TIMEOUT_MS, remaining),
    });
    const length = response.headers['content-length'];
    o.debug?.(`← ${response.statusCode} ${call.method} ${url.pathname} in ${Date.now() - t0} ms (request id ${readRequestId(response.headers) ?? 'none'}${length ? `, ${String(length)} B` : ''})`);
    return response;
  }
}
