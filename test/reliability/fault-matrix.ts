import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it, type ExpectStatic } from 'vitest';
import type { Fault } from '../emulator/index.js';
import { runSoap } from '../helpers/run-cli.js';
import { ENDPOINTS, hits, startFor, type Endpoint, type Running } from './endpoints.js';
import { FAULTS, askedWaitMs, firstGapMs, type FaultCase } from './fault-cases.js';

/**
 * The fault matrix: rows of (endpoint, fault), each run as the real command against a fresh emulator.
 *
 * Every endpoint of a service goes through one HttpCore built with that service's label, key variable and hints,
 * and no command catches a failure to treat it its own way (they only hand over a raw model answer or mark a
 * streamed note partial, then rethrow). So a transport or HTTP fault behaves the same on every JSON endpoint of a
 * service, and is tested once per service (SERVICE rows). What an endpoint does differently gets rows of its own:
 *
 * - SERVICE: every transport/HTTP fault × one JSON endpoint per API (SERVICE_ENDPOINTS).
 * - STREAM: each SSE endpoint: a cut mid-stream (not retried), a stream ended before [DONE], an event that is not
 *   JSON, an event of the wrong shape (the stream parsers have their own words), a stall (the stream's label); and,
 *   before the stream starts, a 503 (retried through the stream entry point of the core) and a 401 (exit 3, key).
 * - UPLOAD: each upload endpoint: resets before and during the answer (every attempt checked to carry the whole
 *   file), headers that never come and a stalled answer (a deadline that grows with the file's size); and
 *   (defineUploadRetries) a reset or 503 followed by a retry that re-sends the whole file and succeeds.
 * - FIRST_CALL: connection refused at the first call of every command, where its base URL is read.
 * - ENDPOINT: a schema break naming each endpoint's own field, the 404 of each lookup by id, and a 503 on each
 *   poller (the poll loop neither adds retries of its own nor swallows the failure).
 *
 * Where the 268 old rows (15 endpoints × every fault that applied) went:
 * | old row                                                          | new row                                     |
 * |------------------------------------------------------------------|---------------------------------------------|
 * | any fault on SOAPNoteAPI note, AssemblyAI POST /v2/transcript,   | the same SERVICE row                        |
 * |   the Gateway's note call, OpenAI's note call                    |                                             |
 * | 429 ×3, out of credit, 500/502/503/504, reset before headers,     | the SERVICE row of the endpoint's API: same |
 * |   headers that never come, malformed JSON, HTML page, 401, 403   |   core, label, hints and key variable       |
 * |   on any other JSON endpoint                                     |   (+ UPLOAD reset/timeouts, ENDPOINT 503 on |
 * |                                                                  |   pollers)                                  |
 * | reset during the body, a body that stalls, on a JSON endpoint    | SERVICE (retried / timed out alike)         |
 * | the same on an upload                                            | UPLOAD (resets: the whole file each attempt)|
 * | the same on a stream                                             | STREAM (not retried; the stream's label)    |
 * | 429s, 5xx, 401/403, reset before headers, no headers, HTML page  | STREAM 503 and 401 (the pre-stream path is  |
 * |   on a stream                                                    |   the core's send loop, as for JSON)        |
 * | SSE cut before [DONE], malformed event, schema break (streams)   | STREAM, all three stream endpoints          |
 * | JSON that fails the schema, any endpoint                         | kept for all 15 (SERVICE, STREAM, ENDPOINT) |
 * | connection refused, any first call (12)                          | kept for all 12 (SERVICE, FIRST_CALL)       |
 * | 404 for an expired note (3)                                      | kept for all 3 (ENDPOINT)                   |
 * | uploads re-send the whole file (9)                               | kept for all 9 (defineUploadRetries)        |
 *
 * An emulator costs about 0.2 ms to start and close, so every row still gets its own: nothing is shared between
 * concurrent rows, and a fault can never be taken by another row's request.
 */

export interface Row {
  endpoint: Endpoint;
  fault: FaultCase;
}

/** The API an endpoint belongs to, as its name starts: SOAPNoteAPI, AssemblyAI, AssemblyAI LLM Gateway, OpenAI. */
const apiOf = (endpoint: Endpoint) => endpoint.name.replace(/ (GET|POST) .*$/, '');

function endpoint(name: string): Endpoint {
  const found = ENDPOINTS.find((e) => e.name === name);
  if (!found) throw new Error(`no endpoint named ${name}`);
  return found;
}

function fault(name: string): FaultCase {
  const found = FAULTS.find((f) => f.name === name);
  if (!found) throw new Error(`no fault named ${name}`);
  return found;
}

/** One plain JSON call per API: not an upload, not a stream. */
export const SERVICE_ENDPOINTS = [
  endpoint('SOAPNoteAPI POST /v1/note'),
  endpoint('AssemblyAI POST /v2/transcript'),
  endpoint('AssemblyAI LLM Gateway POST /v1/chat/completions'),
  endpoint('OpenAI POST /v1/chat/completions'),
];
const missing = [...new Set(ENDPOINTS.map(apiOf))].filter((api) => !SERVICE_ENDPOINTS.some((e) => apiOf(e) === api));
if (missing.length > 0) throw new Error(`the fault matrix has no SERVICE endpoint for ${missing.join(', ')}`);

const ONLY_ON_SOME = ['an SSE stream cut before [DONE]', '404 for an expired note'];
const STREAM_FAULTS = ['connection reset during the body', 'an SSE stream cut before [DONE]', 'malformed JSON', 'JSON that fails the schema', 'a body that stalls', '503', '401'];
const UPLOAD_FAULTS = ['connection reset before the headers', 'connection reset during the body', 'headers that never come', 'a body that stalls'];

const rowsOf = (endpoints: Endpoint[], faults: FaultCase[]): Row[] =>
  endpoints.flatMap((e) => faults.filter((f) => f.applies(e)).map((f) => ({ endpoint: e, fault: f })));
const isServiceEndpoint = (e: Endpoint) => SERVICE_ENDPOINTS.includes(e);

export const SERVICE_ROWS = rowsOf(
  SERVICE_ENDPOINTS,
  FAULTS.filter((f) => !ONLY_ON_SOME.includes(f.name)),
);
export const STREAM_ROWS = rowsOf(
  ENDPOINTS.filter((e) => e.kind === 'sse'),
  STREAM_FAULTS.map(fault),
);
export const UPLOAD_ROWS = rowsOf(
  ENDPOINTS.filter((e) => e.upload),
  UPLOAD_FAULTS.map(fault),
);
export const FIRST_CALL_ROWS = rowsOf(
  ENDPOINTS.filter((e) => e.firstCall && !isServiceEndpoint(e)),
  [fault('connection refused')],
);
export const ENDPOINT_ROWS = [
  ...rowsOf(
    ENDPOINTS.filter((e) => !isServiceEndpoint(e) && e.kind === 'json'),
    [fault('JSON that fails the schema')],
  ),
  ...rowsOf(ENDPOINTS, [fault('404 for an expired note')]),
  ...rowsOf(
    ENDPOINTS.filter((e) => e.poller),
    [fault('503')],
  ),
];

/**
 * One test per row: the row starts its own emulator, scripts the fault, runs the command in-process and checks
 * the exit code, that stderr is exactly the one expected line, how many requests the endpoint saw (and, for 429s,
 * how long soap waited between them), and, at an upload endpoint where soap did not time out, that every attempt
 * carried the whole file. Most rows spend their time waiting, so they run concurrently.
 */
export function defineFaultMatrix(title: string, rows: Row[]): void {
  const named = rows.map((row) => [`${row.endpoint.name} × ${row.fault.name}`, row] as const);
  describe.concurrent(title, () => {
    it.for(named)('%s', async ([, { endpoint, fault }], { expect }) => {
      const run = await startFor(endpoint.service);
      try {
        const args = await endpoint.args(run);
        const envOverride = (await fault.script(run, endpoint, args)) ?? {};
        const r = await runSoap([...args, '--max-retries', '1', ...(fault.flags ?? ['--timeout', '10'])], { env: { ...run.env, ...envOverride } });
        const want = fault.expect(run, endpoint);
        const lines = r.stderr.split('\n').filter(Boolean);
        expect(lines, r.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(want.message);
        expect(r.code, r.stderr).toBe(want.exit);
        expect(hits(run, endpoint)).toHaveLength(want.requests);
        if (want.gapMs) {
          const gap = firstGapMs(run, endpoint)!;
          const { min, max } = want.gapMs.fromHeader ? datedBounds(run, endpoint) : want.gapMs;
          if (min !== undefined) expect(gap).toBeGreaterThanOrEqual(min);
          if (max !== undefined) expect(gap).toBeLessThanOrEqual(max);
        }
        // Where soap timed out, the upload may have been cut before the emulator read it all (on a loaded machine).
        if (endpoint.upload && !fault.clientGivesUp) expectWholeFileEachAttempt(expect, run, endpoint);
      } finally {
        await run.emu.close();
      }
    });
  });
}

/** Bounds for an HTTP-date Retry-After: what the date asked for, give or take scheduling. */
function datedBounds(run: Running, endpoint: Endpoint): { min: number; max: number } {
  const asked = askedWaitMs(run, endpoint, run.scripted['retry-after'] ?? '');
  // Above any first backoff (at most 0.5 s), or the check would not tell the two apart.
  if (!(asked >= 600)) throw new Error(`the case set its date too close (${asked} ms); raise the offset`);
  // The lower bound is the proof; the upper one only catches a wait that ignored the date altogether.
  return { min: asked - 60, max: asked + 5000 };
}

/** Each attempt the emulator saw carried every byte of the recording (and its hash, where the body was parsed). */
function expectWholeFileEachAttempt(expect: ExpectStatic, run: Running, endpoint: Endpoint): void {
  const file = readFileSync(endpoint.upload!);
  const sha256 = createHash('sha256').update(file).digest('hex');
  for (const attempt of hits(run, endpoint)) {
    const part = attempt.multipart?.files[0];
    if (part) expect({ size: part.size, sha256: part.sha256 }).toEqual({ size: file.length, sha256 });
    else expect(attempt.bodySize).toBe(file.length);
  }
  // The speech API hashes raw uploads as they stream (a reset during the answer comes after the hash).
  if (run.aai) for (const upload of run.aai.uploads) expect(upload).toEqual({ size: file.length, sha256 });
}

/**
 * Uploads retried after a failure re-send the whole file: each attempt the emulator saw carries every byte of the
 * recording (size, and the hash where the emulator parsed the multipart body), and the retry succeeds.
 */
export function defineUploadRetries(): void {
  const uploads = ENDPOINTS.filter((e) => e.upload);
  const faults: [string, Fault][] = [
    ['reset before the headers', { reset: 'before-headers' }],
    ['reset during the body', { reset: 'during-body' }],
    ['503', { status: 503, message: 'busy', headers: { 'retry-after-ms': '10' } }],
  ];
  const rows = uploads.flatMap((endpoint) => faults.map(([name, fault]) => [`${endpoint.name} × ${name}`, { endpoint, fault }] as const));
  describe.concurrent('uploads retried after a failure re-send the whole file', () => {
    it.for(rows)('%s', async ([, { endpoint, fault }], { expect }) => {
      const run = await startFor(endpoint.service);
      try {
        run.emu.fault({ method: endpoint.method, path: endpoint.path, times: 1, ...fault });
        const r = await runSoap([...(await endpoint.args(run)), '--json', '--max-retries', '2', '--timeout', '10'], { env: run.env });
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toHaveProperty('plan');
        expect(hits(run, endpoint)).toHaveLength(2);
        expectWholeFileEachAttempt(expect, run, endpoint);
      } finally {
        await run.emu.close();
      }
    });
  });
}
