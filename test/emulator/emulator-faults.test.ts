import { describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { BACK_PAIN_TRANSCRIPT, TEST_KEY, callApi, readError } from './emulator-test-client.js';

const { emu } = useEmulator();

const noteBody = { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician' };

function postNote(path = '/v1/note') {
  return fetch(`${emu().url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(noteBody),
  });
}

describe('scripted error answers', () => {
  it('answers a rate limit with Retry-After once, then normally', async () => {
    emu().fault({ status: 429, headers: { 'retry-after': '1' } });
    const limited = await callApi(emu(), '/v1/note', { json: noteBody });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(readError(limited)).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', details: {} });
    expect(limited.headers.get('x-request-id')).toBe('req_1');
    expect((await callApi(emu(), '/v1/note', { json: noteBody })).status).toBe(200);
    expect(emu().requests).toHaveLength(2);
    expect(emu().requests[0]?.json).toEqual(noteBody);
  });

  it('fills status from code and code from status, and uses the given message', async () => {
    emu().fault({ code: 'SERVICE_UNAVAILABLE' });
    emu().fault({ status: 500, message: 'boom', headers: { 'retry-after-ms': '50' } });
    const unavailable = await callApi(emu(), '/v1/specialties');
    expect(unavailable.status).toBe(503);
    expect(readError(unavailable).code).toBe('SERVICE_UNAVAILABLE');
    const internal = await callApi(emu(), '/v1/specialties');
    expect(internal.status).toBe(500);
    expect(readError(internal)).toEqual({ code: 'INTERNAL_ERROR', message: 'boom', details: {} });
    expect(internal.headers.get('retry-after-ms')).toBe('50');
  });

  it('applies before auth', async () => {
    emu().fault({ status: 503 });
    expect((await callApi(emu(), '/v1/specialties', { key: null })).status).toBe(503);
    expect((await callApi(emu(), '/v1/specialties', { key: null })).status).toBe(401);
  });

  it('matches by method and path, in queue order, for `times` requests', async () => {
    emu().fault({ path: '/v1/specialties', status: 502 });
    emu().fault({ method: 'post', path: /^\/v1\/note/, status: 500, times: 2 });
    emu().fault({ status: 504, times: Infinity });
    expect((await callApi(emu(), '/v1/note', { json: noteBody })).status).toBe(500);
    expect((await callApi(emu(), '/v1/specialties')).status).toBe(502);
    expect((await callApi(emu(), '/v1/note/audio', { body: 'x' })).status).toBe(500);
    for (let i = 0; i < 3; i++) expect((await callApi(emu(), '/v1/note', { json: noteBody })).status).toBe(504);
    emu().reset();
    expect((await callApi(emu(), '/v1/specialties')).status).toBe(200);
  });

  it('answers an exact raw body: an HTML error page or schema-breaking JSON', async () => {
    emu().fault({ status: 502, rawBody: '<html><body>Bad Gateway</body></html>', contentType: 'text/html' });
    emu().fault({ rawBody: '{"noteId": 42, "subjective": ' });
    const html = await callApi(emu(), '/v1/note', { json: noteBody });
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toBe('text/html');
    expect(html.text).toBe('<html><body>Bad Gateway</body></html>');
    const broken = await callApi(emu(), '/v1/note', { json: noteBody });
    expect(broken.status).toBe(200);
    expect(broken.text).toBe('{"noteId": 42, "subjective": ');
  });
});

describe('timing faults', () => {
  it('delays the normal answer by delayMs', async () => {
    emu().fault({ delayMs: 300 });
    const started = performance.now();
    expect((await callApi(emu(), '/v1/note', { json: noteBody })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('lets a client time out during a delay and keeps serving', async () => {
    emu().fault({ delayMs: 5_000 });
    await expect(callApi(emu(), '/v1/note', { json: noteBody, signal: AbortSignal.timeout(100) })).rejects.toThrow();
    expect((await callApi(emu(), '/v1/note', { json: noteBody })).status).toBe(200);
    expect(emu().requests).toHaveLength(2);
  });

  it('adds latencyMs to every answer', async () => {
    emu().latencyMs = 150;
    const started = performance.now();
    expect((await callApi(emu(), '/v1/nope')).status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('stalls mid-body for stallMs, then finishes', async () => {
    emu().fault({ stallMs: 1000 });
    const started = performance.now();
    const res = await postNote();
    const headersAt = performance.now() - started;
    const note = (await res.json()) as { transcript: string };
    expect(headersAt).toBeLessThan(800);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(note.transcript).toBe(BACK_PAIN_TRANSCRIPT);
  });

  it('stalls an SSE stream after some events', async () => {
    emu().fault({ stallMs: 1000 });
    const started = performance.now();
    const res = await postNote('/v1/stream/note');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('"section":"subjective"');
    expect(performance.now() - started).toBeLessThan(800);
    let text = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    expect(text).toContain('data: [DONE]');
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe('connection resets', () => {
  it('destroys the socket before headers', async () => {
    emu().fault({ reset: 'before-headers' });
    await expect(postNote()).rejects.toThrow();
    expect(emu().requests).toHaveLength(1);
    expect(emu().requests[0]?.json).toEqual(noteBody);
    expect((await postNote()).status).toBe(200);
  });

  it('destroys the socket during a JSON body', async () => {
    emu().fault({ reset: 'during-body' });
    const res = await postNote();
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('destroys the socket during an SSE stream, after some events', async () => {
    emu().fault({ path: '/v1/stream/note', reset: 'during-body' });
    const res = await postNote('/v1/stream/note');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    let text = '';
    const readAll = async (): Promise<void> => {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    };
    await expect(readAll()).rejects.toThrow();
    expect(text).toContain('"section":"subjective"');
    expect(text).not.toContain('[DONE]');
  });
});

describe('lifecycle', () => {
  it('closes promptly with a stalled response in flight', async () => {
    const local = await startEmulator();
    local.fault({ stallMs: 60_000 });
    const res = await fetch(`${local.url}/v1/specialties`, { headers: { authorization: `Bearer ${TEST_KEY}` } });
    const pending = res.text().catch(() => 'aborted');
    const started = performance.now();
    await local.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe('aborted');
  });

  it('serves many concurrent requests with unique note ids', async () => {
    emu().latencyMs = 20;
    const answers = await Promise.all(
      Array.from({ length: 64 }, () => callApi(emu(), '/v1/note', { json: noteBody })),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const ids = new Set(answers.map((a) => (a.json as { noteId: string }).noteId));
    expect(ids.size).toBe(64);
    expect(new Set(answers.map((a) => a.headers.get('x-request-id'))).size).toBe(64);
  });
});
