import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readChatStream } from '../../src/api/chat/index.js';
import { ApiError, ConnectionError, InterruptedError, StreamIncompleteError } from '../../src/errors.js';
import { readSseEvents } from '../../src/http/sse.js';
import { ModelAnswerError, assembleStreamedNote, readPartialSections, type SectionEvent } from '../../src/llm/index.js';

function sse(deltas: string[], { done = true, error }: { done?: boolean; error?: string } = {}): string {
  const events = deltas.map((content) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`);
  if (error) events.push(`data: ${JSON.stringify({ error: { message: error, code: 'overloaded' } })}\n\n`);
  if (done) events.push('data: [DONE]\n\n');
  return `: keep-alive comment\n\n${events.join('')}`;
}

/** The body cut into awkward pieces, so events and UTF-8 characters straddle chunks. */
function bodyOf(text: string, size = 7): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const s of iterable) out.push(s);
  return out;
}

/** The chat deltas of a body, read by the HTTP core's SSE reader as a real call would; an abort maps as the core maps it. */
function parseChatStream(body: Readable, signal: AbortSignal, service = 'the model'): AsyncGenerator<string> {
  signal.addEventListener('abort', () => body.destroy(new Error('aborted')));
  const classify = (err: unknown) => (signal.aborted ? new InterruptedError('interrupted', { cause: err }) : new ConnectionError('reset', { cause: err }));
  return readChatStream({ events: readSseEvents({ body, classify }, service), requestId: undefined, contentType: 'text/event-stream', text: () => Promise.resolve('') }, service);
}

const signal = new AbortController().signal;

describe('chat stream over the one SSE reader', () => {
  it('yields the content deltas until [DONE]', async () => {
    const deltas = ['Subj', 'ective: é ', '✓ ok'];
    expect(await collect(parseChatStream(bodyOf(sse(deltas)), signal))).toEqual(deltas);
  });

  it('ignores anything after [DONE]', async () => {
    expect(await collect(parseChatStream(bodyOf(`${sse(['a'])}data: {"choices":[{"delta":{"content":"late"}}]}\n\n`), signal))).toEqual(['a']);
  });

  it('throws StreamIncompleteError when the body ends without [DONE]', async () => {
    await expect(collect(parseChatStream(bodyOf(sse(['a', 'b'], { done: false })), signal))).rejects.toBeInstanceOf(StreamIncompleteError);
  });

  it('throws ApiError for an error object mid-stream', async () => {
    const failure = collect(parseChatStream(bodyOf(sse(['a'], { error: 'model overloaded', done: false })), signal, 'Gateway'));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ message: 'Gateway stopped the answer: model overloaded', code: 'overloaded' });
  });

  it('turns an abort into InterruptedError', async () => {
    const controller = new AbortController();
    const body = new Readable({ read() {} });
    body.push(sse(['a'], { done: false }));
    const iterator = parseChatStream(body, controller.signal)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toBe('a');
    controller.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(InterruptedError);
  });
});

async function* from(deltas: string[]): AsyncGenerator<string> {
  for (const d of deltas) yield d;
}

function split(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function replay(events: SectionEvent[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of events) {
    if (e.type === 'start') out[e.section] = '';
    else out[e.section] += e.text;
  }
  return out;
}

const note = { subjective: 'Knee pain "since Monday".\nWorse on stairs.', objective: 'BP 120/80.', assessment: 'Strain.', plan: 'Rest.' };

describe('assembleStreamedNote', () => {
  it('reports JSON sections as they start and grow, escapes decoded', async () => {
    for (const size of [1, 3, 11]) {
      const events: SectionEvent[] = [];
      const result = await assembleStreamedNote(from(split(JSON.stringify(note), size)), (e) => events.push(e));
      expect(result.sections).toEqual(note);
      expect(events.filter((e) => e.type === 'start').map((e) => e.section)).toEqual(['subjective', 'objective', 'assessment', 'plan']);
      expect(replay(events)).toEqual(note);
    }
  });

  it('announces a section before its text is complete', async () => {
    const events: string[] = [];
    const deltas = from(['{"subjective": "Knee', ' pain", "obj', 'ective": "BP']);
    await expect(assembleStreamedNote(deltas, (e) => events.push(`${e.type}:${e.section}`))).rejects.toBeInstanceOf(ModelAnswerError);
    expect(events).toEqual(['start:subjective', 'text:subjective', 'text:subjective', 'start:objective', 'text:objective']);
  });

  it('reports heading sections line by line, holding back a half-written heading', async () => {
    const text = 'Here is the note.\n## Subjective\nKnee pain.\n## Objective\nBP 120/80.\n## Assessment\nStrain.\n## Plan\nRest.';
    const events: SectionEvent[] = [];
    const result = await assembleStreamedNote(from(split(text, 4)), (e) => events.push(e));
    expect(result.sections).toEqual({ subjective: 'Knee pain.', objective: 'BP 120/80.', assessment: 'Strain.', plan: 'Rest.' });
    expect(replay(events)).toEqual(result.sections);
    expect(events.every((e) => e.type !== 'text' || !e.text.includes('##'))).toBe(true);
  });

  it('keeps the partial answer when the stream is cut before [DONE]', async () => {
    const body = bodyOf(sse(split(JSON.stringify(note), 9).slice(0, 3), { done: false }));
    const failure = assembleStreamedNote(parseChatStream(body, signal));
    await expect(failure).rejects.toBeInstanceOf(StreamIncompleteError);
    await expect(failure).rejects.toMatchObject({ partialAnswer: JSON.stringify(note).slice(0, 27) });
  });
});

describe('readPartialSections', () => {
  it('stops before an escape that has not fully arrived', () => {
    expect(readPartialSections('{"plan": "a\\')).toEqual([{ section: 'plan', text: 'a' }]);
    expect(readPartialSections('{"plan": "a\\u00')).toEqual([{ section: 'plan', text: 'a' }]);
    expect(readPartialSections('{"plan": "a\\u00e9"')).toEqual([{ section: 'plan', text: 'aé' }]);
  });
});
