import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-env.js';
import { BACK_PAIN_TRANSCRIPT, TEST_KEY, callApi, parseSseEvents, readError, readObject } from './emulator-test-client.js';

const { emu } = useEmulator();

const body = { transcript: BACK_PAIN_TRANSCRIPT, specialty: 'physician', template: 'standard' };

async function streamNote(json: unknown = body) {
  const answer = await callApi(emu(), '/v1/stream/note', { json, headers: { accept: 'text/event-stream' } });
  return { answer, events: parseSseEvents(answer.text) };
}

function extractContent(events: { event?: string; data: string }[]): { section: string; content: string }[] {
  return events.filter((e) => e.data !== '[DONE]' && e.event === undefined).map((e) => JSON.parse(e.data));
}

describe('POST /v1/stream/note', () => {
  it('streams each section in chunks, S O A P order, then [DONE]', async () => {
    const note = readObject(await callApi(emu(), '/v1/note', { json: body }));
    const { answer, events } = await streamNote();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(events.at(-1)?.data).toBe('[DONE]');
    const chunks = extractContent(events);
    for (const chunk of chunks) expect(Array.from(chunk.content).length).toBeLessThanOrEqual(40);
    const order = [...new Set(chunks.map((c) => c.section))];
    expect(order).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    for (const section of order) {
      const joined = chunks.filter((c) => c.section === section).map((c) => c.content).join('');
      expect(joined).toBe(note[section]);
    }
    expect(chunks.filter((c) => c.section === 'subjective').length).toBeGreaterThan(1);
  });

  it('uses the configured chunk size', async () => {
    emu().stream.chunkSize = 7;
    const chunks = extractContent((await streamNote()).events);
    expect(chunks.slice(0, -1).every((c) => c.content.length <= 7)).toBe(true);
    expect(chunks.some((c) => c.content.length === 7)).toBe(true);
  });

  it('answers validation errors as plain JSON before any stream starts', async () => {
    const { answer } = await streamNote({ transcript: 'too short', specialty: 'physician' });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    expect(readError(answer).message).toContain('transcript');
  });

  it('truncates after n events without [DONE]', async () => {
    emu().stream.truncateAfterEvents = 3;
    const { answer, events } = await streamNote();
    expect(answer.status).toBe(200);
    expect(events).toHaveLength(3);
    expect(events.some((e) => e.data === '[DONE]')).toBe(false);
  });

  it('sends an error event after n events and ends', async () => {
    emu().stream.errorAfterEvents = { code: 'INTERNAL_ERROR', message: 'model overloaded', afterEvents: 2 };
    const { events } = await streamNote();
    expect(events).toHaveLength(3);
    const last = events[2];
    expect(last?.event).toBe('error');
    expect(JSON.parse(last?.data ?? '')).toEqual({ error: { code: 'INTERNAL_ERROR', message: 'model overloaded', details: {} } });
  });

  it('flushes every event on its own, intervalMs apart', async () => {
    emu().stream = { chunkSize: 1000, intervalMs: 60 };
    const res = await fetch(`${emu().url}/v1/stream/note`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    const arrivals: { at: number; text: string }[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      arrivals.push({ at: performance.now(), text: decoder.decode(value, { stream: true }) });
    }
    // One read per event: 4 sections and [DONE], each arriving separately.
    expect(arrivals.map((a) => a.text.split('\n\n').length - 1)).toEqual([1, 1, 1, 1, 1]);
    // Paced, not sent at once: measured over the whole stream, since one read the client makes late (a busy machine)
    // shortens the gap after it (a gap of 39.5 ms was seen for 60) while the events still left 60 ms apart.
    const span = (arrivals.at(-1)?.at ?? 0) - (arrivals[0]?.at ?? 0);
    expect(span).toBeGreaterThan(3 * 60);
  });
});
