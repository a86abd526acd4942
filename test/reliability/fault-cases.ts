import type { Fault } from '../emulator/index.js';
import { hits, type Endpoint, type Running } from './endpoints.js';
import { findClosedPort } from '../helpers/closed-port.js';

/**
 * The faults of the matrix. Each one is scripted on one endpoint for every request it gets (a persistent fault), so
 * a retried one is seen exactly `--max-retries 1` + 1 = 2 times and the message is the last failure's.
 */

export interface Expected {
  exit: number;
  /** The whole of stderr must be one line matching this. */
  message: RegExp;
  /** Requests the emulator saw at the faulted endpoint. */
  requests: number;
  /** Bounds on the wait between the first and second attempt, when the fault asks for one. */
  gapMs?: { min?: number; max?: number; fromHeader?: boolean };
}

export interface FaultCase {
  name: string;
  applies(endpoint: Endpoint): boolean;
  /** Extra flags; every case also gets --max-retries 1. */
  flags?: string[];
  /** soap gives up on its own clock (a timeout), maybe before the emulator has read every byte of an upload. */
  clientGivesUp?: boolean;
  /** Scripts the fault; may return environment overrides (connection refused points a base URL elsewhere). */
  script(run: Running, endpoint: Endpoint, args: string[]): Promise<Record<string, string> | void> | Record<string, string> | void;
  expect(run: Running, endpoint: Endpoint): Expected;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How the message names the service: stream parsers have their own wording. */
const named = (run: Running, endpoint: Endpoint) => (endpoint.kind === 'sse' && endpoint.streamLabel ? endpoint.streamLabel.source : esc(endpoint.label(run)));
const DROPPED = 'was closed before the answer was complete \\((UND_ERR_SOCKET|ECONNRESET)\\) — retry';

function on(endpoint: Endpoint, fault: Omit<Fault, 'method' | 'path'>): Fault {
  return { method: endpoint.method, path: endpoint.path, times: Infinity, ...fault };
}


/** The variable holding the base URL of an endpoint's first call. */
function baseUrlVar(endpoint: Endpoint): string {
  if (endpoint.service === 'soapnoteapi') return 'SOAPNOTEAPI_BASE_URL';
  if (endpoint.service === 'openai') return 'OPENAI_BASE_URL';
  return endpoint.name.includes('Gateway') ? 'ASSEMBLYAI_LLM_GATEWAY_URL' : 'ASSEMBLYAI_BASE_URL';
}

/** The rate-limit 429 in each service's own words (the error body differs; the status is what counts). */
function rateLimited(endpoint: Endpoint, headers: Record<string, string>): Omit<Fault, 'method' | 'path'> {
  return endpoint.service === 'soapnoteapi'
    ? { status: 429, code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded.', headers }
    : { status: 429, message: 'Too many requests', ...(endpoint.service === 'openai' ? { code: 'rate_limit_exceeded' } : {}), headers };
}

const RATE_HINT = /— wait a little and retry, or lower --concurrency$/;

function rateLimitCase(name: string, headers: () => Record<string, string>, gapMs: Expected['gapMs']): FaultCase {
  return {
    name,
    applies: () => true,
    // Scripted as each request arrives, so a date is counted from the request, not from when the case started.
    script: (run, endpoint) => {
      run.onArrival = (request) => {
        if (request.method !== endpoint.method || !endpoint.path.test(request.path)) return;
        const asked = headers();
        // The first attempt's headers are the ones its wait is checked against.
        if (Object.keys(run.scripted).length === 0) run.scripted = asked;
        run.emu.fault({ ...on(endpoint, rateLimited(endpoint, asked)), times: 1 });
      };
    },
    expect: (run, endpoint) => ({
      exit: 1,
      message: new RegExp(`^✗ ${esc(endpoint.label(run))} 429\\b.*${RATE_HINT.source}`),
      requests: 2,
      gapMs,
    }),
  };
}

function serverErrorCase(status: number): FaultCase {
  return {
    name: `${status}`,
    applies: () => true,
    // A short retry-after-ms keeps the matrix fast; the backoff itself is unit-tested (test/unit/retry-policy.test.ts).
    script: (run, endpoint) => run.emu.fault(on(endpoint, { status, message: `upstream says ${status}`, headers: { 'retry-after-ms': '10' } })),
    expect: (run, endpoint) => ({
      exit: 1,
      message: new RegExp(`^✗ ${esc(endpoint.label(run))} ${status}\\b.*upstream says ${status}.*— the service is having trouble; retry later$`),
      requests: 2,
    }),
  };
}

function authCase(status: 401 | 403): FaultCase {
  return {
    name: `${status}`,
    // AssemblyAI answers 403 to an account over its request rate, so a 403 while polling a transcript soap just
    // submitted is backed off before it counts as a refused key (issue 12; test/api/assemblyai-polling.test.ts).
    applies: (endpoint) => !(status === 403 && endpoint.service === 'assemblyai' && endpoint.method === 'GET'),
    script: (run, endpoint) => run.emu.fault(on(endpoint, { status, message: status === 401 ? 'Invalid API key' : 'Key revoked' })),
    expect: (run, endpoint) => ({
      exit: 3,
      message: new RegExp(`^✗ ${esc(endpoint.label(run))} ${status}\\b.*— check the key \\(${endpoint.keyVar}\\).*(export ${endpoint.keyVar}|soap config set)`),
      requests: 1,
    }),
  };
}

// An upload's deadline grows with the file's size, hence "within 0.7 s" there.
const TIMED_OUT = /(timed out|did not finish within 0\.\d+ s) — retry, or raise --timeout$/;

export const FAULTS: FaultCase[] = [
  rateLimitCase('429 Retry-After: 1 (seconds)', () => ({ 'retry-after': '1' }), { min: 950 }),
  // An HTTP date has whole seconds, so the wait it asks for is checked against the date itself (see firstGapMs):
  // the first whole second at least 0.7 s away, which is longer than any first backoff and at most 1.7 s.
  rateLimitCase('429 Retry-After as an HTTP date', () => ({ 'retry-after': new Date(Math.ceil((Date.now() + 700) / 1000) * 1000).toUTCString() }), { fromHeader: true }),
  // Lower bounds only (a loaded machine can only make waits longer): 700 ms is longer than any first backoff (0.5 s
  // minus up to 25 % jitter), so a gap of at least that proves the header was used.
  rateLimitCase('429 retry-after-ms: 700', () => ({ 'retry-after-ms': '700' }), { min: 690 }),
  {
    name: '429 out of credit',
    // SOAPNoteAPI's INSUFFICIENT_BALANCE; OpenAI says insufficient_quota. AssemblyAI documents no such code.
    applies: (endpoint) => endpoint.service !== 'assemblyai',
    script: (run, endpoint) =>
      run.emu.fault(
        on(endpoint, endpoint.service === 'soapnoteapi' ? { code: 'INSUFFICIENT_BALANCE' } : { status: 429, code: 'insufficient_quota', message: 'You exceeded your current quota.' }),
      ),
    expect: (run, endpoint) => ({ exit: 4, message: new RegExp(`^✗ ${esc(endpoint.label(run))} 429 .*— add funds`), requests: 1 }),
  },
  serverErrorCase(500),
  serverErrorCase(502),
  serverErrorCase(503),
  serverErrorCase(504),
  {
    name: 'connection refused',
    // Later calls of a flow share the first call's base URL, so a refusal can only be aimed at the first.
    applies: (endpoint) => endpoint.firstCall,
    script: async (_run, endpoint) => ({ [baseUrlVar(endpoint)]: `http://127.0.0.1:${await findClosedPort()}` }),
    expect: () => ({ exit: 1, message: /^✗ could not reach .+( at http:\/\/|server at )127\.0\.0\.1:\d+ \(ECONNREFUSED\) — check your network/, requests: 0 }),
  },
  {
    name: 'connection reset before the headers',
    applies: () => true,
    script: (run, endpoint) => run.emu.fault(on(endpoint, { reset: 'before-headers' })),
    expect: (run, endpoint) => ({ exit: 1, message: new RegExp(`^✗ the connection to ${esc(endpoint.label(run))}.*${DROPPED}`), requests: 2 }),
  },
  {
    name: 'connection reset during the body',
    applies: () => true,
    script: (run, endpoint) => run.emu.fault(on(endpoint, { reset: 'during-body' })),
    // A whole answer cut short is retried; a stream that already showed events is not (it would repeat them).
    expect: (run, endpoint) =>
      endpoint.kind === 'json'
        ? { exit: 1, message: new RegExp(`^✗ the connection to ${esc(endpoint.label(run))}.*${DROPPED}`), requests: 2 }
        : { exit: 1, message: new RegExp(`^✗ .*${named(run, endpoint)}.*(${DROPPED}|broke off the answer \\(other side closed\\))`), requests: 1 },
  },
  {
    name: 'headers that never come',
    applies: () => true,
    clientGivesUp: true,
    flags: ['--timeout', '0.5'],
    script: (run, endpoint) => run.emu.fault(on(endpoint, { delayMs: 10_000 })),
    expect: (run, endpoint) => ({ exit: 1, message: new RegExp(`^✗ ${esc(endpoint.label(run))}.*${TIMED_OUT.source}`), requests: 1 }),
  },
  {
    name: 'a body that stalls',
    applies: () => true,
    clientGivesUp: true,
    flags: ['--timeout', '0.5'],
    script: (run, endpoint) => run.emu.fault(on(endpoint, { stallMs: 10_000 })),
    // Every stalled body, SSE included, is the same timeout error with the same hint.
    expect: (run, endpoint) => ({ exit: 1, message: new RegExp(`^✗ ${named(run, endpoint)}.*${TIMED_OUT.source}`), requests: 1 }),
  },
  {
    name: 'an SSE stream cut before [DONE]',
    applies: (endpoint) => endpoint.kind === 'sse',
    script: (run) => {
      if (run.snapi) run.snapi.stream = { ...run.snapi.stream, truncateAfterEvents: 2 };
      if (run.aai) run.aai.stream = { ...run.aai.stream, truncateAfterEvents: 2 };
      if (run.oai) run.oai.stream = { ...run.oai.stream, truncateAfterEvents: 2 };
    },
    expect: (run, endpoint) => ({ exit: 1, message: new RegExp(`^✗ .*${named(run, endpoint)}.*before \\[DONE\\]|^✗ the stream ended before \\[DONE\\]`), requests: 1 }),
  },
  {
    name: 'malformed JSON',
    applies: () => true,
    script: (run, endpoint) => run.emu.fault(on(endpoint, { rawBody: endpoint.malformed.body, contentType: endpoint.malformed.contentType ?? 'application/json' })),
    expect: (run, endpoint) => ({ exit: 1, message: new RegExp(`^✗ ${named(run, endpoint)}.*${endpoint.malformed.message.source}`), requests: 1 }),
  },
  {
    name: 'JSON that fails the schema',
    applies: () => true,
    script: (run, endpoint) => run.emu.fault(on(endpoint, { rawBody: endpoint.schemaBreak.body, contentType: endpoint.schemaBreak.contentType ?? 'application/json' })),
    expect: (run, endpoint) => ({ exit: 1, message: new RegExp(`^✗ .*${named(run, endpoint)}.*${endpoint.schemaBreak.field.source}`), requests: 1 }),
  },
  {
    name: 'an HTML error page from a proxy',
    applies: () => true,
    script: (run, endpoint) => run.emu.fault(on(endpoint, { status: 502, rawBody: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' })),
    expect: (run, endpoint) => ({
      exit: 1,
      message: new RegExp(`^✗ ${esc(endpoint.label(run))} answered HTTP 502 with an HTML page \\(a proxy or gateway may be in the way\\).* — .*HTTPS_PROXY`),
      requests: 2,
    }),
  },
  authCase(401),
  authCase(403),
  {
    name: '404 for an expired note',
    applies: (endpoint) => endpoint.notFound !== undefined,
    script: (run, endpoint, args) => {
      // `soap status <id>`: the note really expires, as it does after the retention period.
      if (endpoint.notFound?.useExpire) return run.snapi!.expireNote(args.at(-1)!);
      run.emu.fault(on(endpoint, { status: 404, message: 'Not found' }));
    },
    expect: (run, endpoint) => ({ exit: 1, message: new RegExp(`^✗ ${esc(endpoint.label(run))} 404\\b.*${endpoint.notFound!.message.source}`), requests: endpoint.notFound!.requests ?? 1 }),
  },
];

/** The gap between the first two attempts at the endpoint. */
export function firstGapMs(run: Running, endpoint: Endpoint): number | undefined {
  const [a, b] = hits(run, endpoint);
  if (!a || !b) return undefined;
  return run.arrivals.get(b)! - run.arrivals.get(a)!;
}

/** What an HTTP-date Retry-After asked for, counted from when the first attempt arrived. */
export function askedWaitMs(run: Running, endpoint: Endpoint, header: string): number {
  const [a] = hits(run, endpoint);
  return Date.parse(header) - run.arrivals.get(a!)!;
}
