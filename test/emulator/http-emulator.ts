import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { FaultQueue, describeSabotage, hasFaultAnswer } from './faults.js';
import { pause } from './pause.js';
import { consumeBody, type ParsedBody } from './request-body.js';
import { ResponseSink } from './response-sink.js';
import { closeServer, listenOn, startRecord, trackRequest } from './server-lifecycle.js';
import type { Fault, RecordedRequest } from './types.js';

/**
 * The skeleton the AssemblyAI and OpenAI emulators share with the SOAPNoteAPI one: record, pick a fault, read the
 * body, wait, then fault or route → auth → handler. Only the error envelope and the routes differ per service.
 */

/** A handled failure: the emulator answers `status` in its service's error format. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** A raw upload, hashed as it streams and never kept in memory. */
export interface StreamedBody {
  size: number;
  sha256: string;
}

export interface RequestContext {
  record: RecordedRequest;
  params: Record<string, string>;
  body: ParsedBody | StreamedBody;
  sink: ResponseSink;
  signal: AbortSignal;
  /** What `authorize` returned: the caller's key, or '' when the route needs none. */
  key: string;
}

export interface Route {
  method: string;
  /** `/v2/transcript/:id` style. */
  pattern: string;
  /** 'raw': hash the body as it streams (uploads of gigabytes); otherwise JSON / multipart via the shared reader. */
  read?: 'raw' | 'parsed';
  handle(ctx: RequestContext): Promise<void>;
}

export interface HttpEmulatorSpec {
  routes: readonly Route[];
  /** Throws HttpFailure (401) for a bad key; returns the key. */
  authorize(record: RecordedRequest): string;
  /** The service's error body. */
  formatError(status: number, message: string, code?: string): string;
}

export interface HttpEmulatorCore {
  url: string;
  port: number;
  requests: RecordedRequest[];
  faults: FaultQueue;
  latencyMs: number;
  close(): Promise<void>;
}

function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | 'wrong-method' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const want = route.pattern.split('/');
    const got = path.split('/');
    if (want.length !== got.length) continue;
    const params: Record<string, string> = {};
    const ok = want.every((part, i) => {
      const actual = got[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(actual);
        return actual !== '';
      }
      return part === actual;
    });
    if (!ok) continue;
    pathMatched = true;
    if (route.method === method) return { route, params };
  }
  return pathMatched ? 'wrong-method' : undefined;
}

async function hashBody(req: IncomingMessage, record: RecordedRequest): Promise<StreamedBody> {
  const hash = createHash('sha256');
  for await (const chunk of req as AsyncIterable<Buffer>) {
    record.bodySize += chunk.length;
    hash.update(chunk);
  }
  return { size: record.bodySize, sha256: hash.digest('hex') };
}

export async function startHttpEmulator(spec: HttpEmulatorSpec, opts: { port?: number; host?: string; latencyMs?: number } = {}): Promise<HttpEmulatorCore> {
  const inflight = new Set<AbortController>();
  let requestCount = 0;
  const core: HttpEmulatorCore = {
    url: '',
    port: 0,
    requests: [],
    faults: new FaultQueue(),
    latencyMs: opts.latencyMs ?? 0,
    close: () => closeServer(server, inflight),
  };
  const sendError = (sink: ResponseSink, status: number, message: string, code?: string) =>
    sink.sendWhole(status, { 'content-type': 'application/json; charset=utf-8' }, spec.formatError(status, message, code));

  const server: Server = createServer({ noDelay: true }, (req, res) => {
    void (async () => {
      res.setHeader('x-request-id', `req_${++requestCount}`);
      res.on('error', () => undefined);
      const controller = trackRequest(res, inflight);
      const record = startRecord(req);
      core.requests.push(record);
      const match = matchRoute(spec.routes, record.method, record.path);
      const fault: Fault | undefined = core.faults.take(record.method, record.path);
      const sink = new ResponseSink(res, fault?.headers ?? {}, controller.signal, describeSabotage(fault));
      try {
        const route = typeof match === 'object' ? match.route : undefined;
        const body = route?.read === 'raw' ? await hashBody(req, record) : await consumeBody(req, record, Infinity);
        await pause(core.latencyMs + (fault?.delayMs ?? 0), controller.signal);
        if (sink.closed) return;
        if (fault?.reset === 'before-headers') return void res.destroy();
        if (fault && hasFaultAnswer(fault)) {
          if (fault.rawBody !== undefined) {
            await sink.sendWhole(fault.status ?? 200, { 'content-type': fault.contentType ?? 'application/json' }, fault.rawBody);
          } else {
            await sendError(sink, fault.status ?? 500, fault.message ?? 'Internal server error', fault.code);
          }
          return;
        }
        if (match === 'wrong-method') throw new HttpFailure(405, `Method ${record.method} not allowed for ${record.path}`);
        if (!match) throw new HttpFailure(404, `No endpoint at ${record.method} ${record.path}`);
        const key = spec.authorize(record);
        await match.route.handle({ record, params: match.params, body, sink, signal: controller.signal, key });
      } catch (err) {
        if (sink.closed) return;
        if (sink.headersSent) return void res.destroy();
        if (err instanceof HttpFailure) await sendError(sink, err.status, err.message, err.code);
        else await sendError(sink, 500, `Emulator failure: ${(err as Error).message}`);
      }
    })();
  });
  Object.assign(core, await listenOn(server, opts));
  return core;
}

/** Narrows a route's body to parsed JSON, answering 400 otherwise. */
export function requireJson(body: ParsedBody | StreamedBody): Record<string, unknown> {
  const json = 'sha256' in body ? undefined : body.json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new HttpFailure(400, 'Request body must be a JSON object');
  return json as Record<string, unknown>;
}

/** What every emulator built on the core lets a test do, whatever else it adds. */
export interface CoreControls {
  readonly url: string;
  readonly port: number;
  requests: RecordedRequest[];
  latencyMs: number;
  fault(f: Fault): void;
  close(): Promise<void>;
}

/** Adds the core's controls to a service emulator's own fields, as live properties (url and port, latency). */
export function withCoreControls<T extends object>(core: HttpEmulatorCore, own: T): T & CoreControls {
  return Object.defineProperties(own, {
    url: { get: () => core.url, enumerable: true },
    port: { get: () => core.port, enumerable: true },
    requests: { value: core.requests, enumerable: true },
    latencyMs: { get: () => core.latencyMs, set: (ms: number) => void (core.latencyMs = ms), enumerable: true },
    fault: { value: (f: Fault) => core.faults.add(f) },
    close: { value: () => core.close() },
  }) as T & CoreControls;
}

/** The core's part of an emulator's reset(): no requests seen, no faults queued, no added latency. */
export function resetCore(core: HttpEmulatorCore): void {
  core.requests.length = 0;
  core.faults.clear();
  core.latencyMs = 0;
}
