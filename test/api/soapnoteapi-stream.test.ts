import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readNoteStream } from '../../src/api/soapnoteapi/note-stream.js';
import { AuthError, ConnectionError, InsufficientBalanceError, InvalidResponseError, StreamIncompleteError } from '../../src/errors.js';
import { readSseEvents } from '../../src/http/sse.js';
import { createStreamAssembly, type StreamEvent } from '../../src/note/index.js';

const HINTS = { auth: 'check the key' };

/** The body cut into 5-byte pieces, so events, CRLFs and UTF-8 characters straddle reads. */
function bodyOf(text: string): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 5) chunks.push(bytes.subarray(i, i + 5));
  return Readable.from(chunks);
}

async function readAll(text: string): Promise<StreamEvent[]> {
  const events = readSseEvents({ body: bodyOf(text), classify: (err) => new ConnectionError('reset', { cause: err }) }, 'SOAPNoteAPI');
  const out: StreamEvent[] = [];
  for await (const e of readNoteStream({ events, requestId: undefined }, HINTS)) out.push(e);
  return out;
}

function assemble(events: StreamEvent[]) {
  const assembly = createStreamAssembly();
  for (const e of events) assembly.add(e);
  return assembly.note();
}

describe("SOAPNoteAPI's note stream in either reading", () => {
  it('reads {section, content} events (the API docs)', async () => {
    const events = await readAll('data: {"section":"subjective","content":"Knee "}\n\ndata: {"section":"subjective","content":"pain."}\n\ndata: {"section":"plan","content":"Ice."}\n\ndata: [DONE]\n\n');
    expect(events).toEqual([
      { section: 'subjective', content: 'Knee ' },
      { section: 'subjective', content: 'pain.' },
      { section: 'plan', content: 'Ice.' },
    ]);
    expect(assemble(events)).toEqual({ subjective: 'Knee pain.', objective: '', assessment: '', plan: 'Ice.' });
  });

  it('reads content-only chunks (the help center) and rebuilds the sections from the headings in the text', async () => {
    const chunks = ['Subjective:\n', '52-year-old male presents with ', 'knee pain.', '\n\nObjective:\nSwelling.', '\n\nAssessment:\nSprain.', '\n\nPlan:\n1. Continue ibuprofen...'];
    const events = await readAll(`${chunks.map((content) => `data: ${JSON.stringify({ content })}\n\n`).join('')}data: [DONE]\n\n`);
    expect(events).toEqual(chunks.map((content) => ({ content })));
    expect(assemble(events)).toEqual({ subjective: '52-year-old male presents with knee pain.', objective: 'Swelling.', assessment: 'Sprain.', plan: '1. Continue ibuprofen...' });
  });

  it('tolerates the SSE framing variants: no space after data:, CRLF, multi-line data, comments, event: lines, [DONE] as the last line', async () => {
    const body = ': connected\r\n\r\nevent: message\r\ndata:{"content":"Subjective:\\n"}\r\n\r\ndata: {"content":\r\ndata: "Knee pain."}\r\n\r\ndata: [DONE]';
    const events = await readAll(body);
    expect(events).toEqual([{ content: 'Subjective:\n' }, { content: 'Knee pain.' }]);
  });

  it('ignores keep-alives: event: ping, data: {}, comments and events without data', async () => {
    const body = 'event: ping\ndata: ping\n\ndata: {}\n\n: keep-alive\n\nevent: ping\ndata:\n\ndata: {"content":"Plan: rest"}\n\ndata: [DONE]\n\n';
    expect(await readAll(body)).toEqual([{ content: 'Plan: rest' }]);
  });

  it('a chunk whose text is the word "error" is text; only an error object or an error event is an error', async () => {
    expect(await readAll('data: {"content":"error"}\n\ndata: {"content":" \\"error\\": none","error":null}\n\ndata: [DONE]\n\n')).toEqual([
      { content: 'error' },
      { content: ' "error": none' },
    ]);
    await expect(readAll('data: {"content":"a"}\n\ndata: {"error":{"code":"insufficient_balance","message":"Add funds","details":[]}}\n\n')).rejects.toBeInstanceOf(InsufficientBalanceError);
    await expect(readAll('event: error\ndata: {"error":{"code":"AUTHENTICATION_ERROR","message":"bad key"}}\n\n')).rejects.toBeInstanceOf(AuthError);
    await expect(readAll('event: error\ndata: the model crashed\n\n')).rejects.toMatchObject({ message: 'SOAPNoteAPI 500: the stream reported an error' });
  });

  it('merges full-note keys sent in an event', async () => {
    const final = { noteId: 'note_1', subjective: 'Knee pain.', billing_codes: { icd10: [{ code: 'S83.2', description: null }] }, billing_codes_disclaimer: 'Verify.' };
    const events = await readAll(`data: {"section":"subjective","content":"Knee"}\n\ndata: ${JSON.stringify(final)}\n\ndata: [DONE]\n\n`);
    expect(events[1]).toEqual({ note: final });
    expect(assemble(events)).toEqual({ subjective: 'Knee pain.', objective: '', assessment: '', plan: '', noteId: 'note_1', billing_codes: { icd10: [{ code: 'S83.2', description: null }] }, billing_codes_disclaimer: 'Verify.' });
  });

  it('reads events written on consecutive data: lines without a blank line between them (the help center example as printed)', async () => {
    const printed = 'data: {"content":"Subjective:\\n"}\ndata: {"content":"52-year-old male presents with "}\n…\ndata: {"content":"\\n\\nPlan:\\n1. Continue ibuprofen..."}\ndata: [DONE]\n';
    const events = await readAll(printed);
    expect(assemble(events)).toMatchObject({ subjective: '52-year-old male presents with', plan: '1. Continue ibuprofen...' });
  });

  it('a stream cut before [DONE] is incomplete; one without any note, or not JSON, is invalid', async () => {
    await expect(readAll('data: {"content":"Subjective: a"}\n\n')).rejects.toBeInstanceOf(StreamIncompleteError);
    await expect(readAll('data: {"text":"no section"}\n\ndata: [DONE]\n\n')).rejects.toThrow(/SOAPNoteAPI sent a stream without a note in it \(no event had a section, content/);
    await expect(readAll('data: {"section": \n\n')).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
