import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, formatErrorBody } from './api-error.js';
import { checkAuthorization } from './auth.js';
import { FaultQueue, describeSabotage, hasFaultAnswer, sendFaultAnswer } from './faults.js';
import type { HandlerSettings } from './handler-context.js';
import type { NoteStore } from './note-store.js';
import { pause } from './pause.js';
import { consumeBody } from './request-body.js';
import { ResponseSink } from './response-sink.js';
import { startRecord, trackRequest } from './server-lifecycle.js';
import { resolveRoute, type RouteMatch } from './routes.js';
import type { Reading, RecordedRequest } from './types.js';

/** What the pipeline shares across requests; settings are read live on every request. */
export interface PipelineState {
  requests: RecordedRequest[];
  faults: FaultQueue;
  notes: NoteStore;
  settings: HandlerSettings & { latencyMs: number };
  nextRequestId(): string;
  /** Controllers of requests in flight, aborted on close so no timer outlives the server. */
  inflight: Set<AbortController>;
}

function rejectUnrouted(route: RouteMatch, record: RecordedRequest): void {
  if (route.kind === 'not-found') {
    throw new ApiError(404, 'NOT_FOUND', `No endpoint at ${record.method} ${record.path}`);
  }
  if (route.kind === 'method-not-allowed') {
    const allow = route.allow.join(', ');
    throw new ApiError(405, 'METHOD_NOT_ALLOWED', `Use ${allow} for ${record.path}`, {}, { allow });
  }
}

async function sendApiError(sink: ResponseSink, err: ApiError, reading: Reading): Promise<void> {
  await sink.sendWhole(
    err.status,
    { 'content-type': 'application/json; charset=utf-8', ...err.headers },
    formatErrorBody(err.code, err.message, err.details, reading),
  );
}

/** Order per request: record, pick a fault, read the body, wait, then fault or route → auth → handler. */
export async function handleRequest(state: PipelineState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader('x-request-id', state.nextRequestId());
  res.on('error', () => undefined); // writes racing a client that left are expected here
  const controller = trackRequest(res, state.inflight);
  const record = startRecord(req);
  state.requests.push(record);
  const route = resolveRoute(record.method, record.path);
  const fault = state.faults.take(record.method, record.path);
  // Read once: a test switching readings between requests does not change one in flight.
  const { reading } = state.settings;
  const sink = new ResponseSink(res, fault?.headers ?? {}, controller.signal, describeSabotage(fault));
  try {
    const maxFileBytes = route.kind === 'handler' ? route.maxFileBytes(reading) : Infinity;
    const body = await consumeBody(req, record, maxFileBytes);
    await pause(state.settings.latencyMs + (fault?.delayMs ?? 0), controller.signal);
    if (sink.closed) return;
    if (fault?.reset === 'before-headers') {
      res.destroy();
      return;
    }
    if (fault && hasFaultAnswer(fault)) {
      await sendFaultAnswer(sink, fault, reading);
      return;
    }
    rejectUnrouted(route, record);
    if (route.kind !== 'handler') return;
    // The current reading's specialty list is public (help center: "No authentication required").
    if (!(route.public && reading === 'current')) checkAuthorization(record.headers.authorization);
    const { stream, audio } = state.settings;
    await route.handler({
      record,
      params: route.params,
      body,
      sink,
      notes: state.notes,
      settings: { stream, audio, reading },
      signal: controller.signal,
    });
  } catch (err) {
    if (sink.closed) return;
    if (sink.headersSent) {
      res.destroy();
    } else if (err instanceof ApiError) {
      await sendApiError(sink, err, reading);
    } else {
      await sendApiError(sink, new ApiError(500, 'INTERNAL_ERROR', `Emulator failure: ${(err as Error).message}`), reading);
    }
  }
}
