import { describe, expect, it } from 'vitest';
import { INCOMPLETE_MARKER, createJsonStreamWriter, createTextStreamWriter } from '../../src/render/stream-writer.js';
import type { StreamEvent } from '../../src/note/index.js';
import { PLAIN_STYLE } from '../../src/ui/style.js';

const CONTENT_ONLY: StreamEvent[] = [{ content: 'Subjective:\n' }, { content: 'Knee pain ' }, { content: 'for 3 days.' }, { content: '\n\nPlan:\nIce.' }];

function run(create: typeof createTextStreamWriter | typeof createJsonStreamWriter, events: StreamEvent[], incomplete = false) {
  const writes: string[] = [];
  const writer = create((t) => writes.push(t), PLAIN_STYLE);
  for (const e of events) writer.write(e);
  writer.finish(incomplete);
  return { writes, text: writes.join(''), note: writer.note };
}

describe('stream writers with content-only streams', () => {
  it('text: writes each chunk as received, the moment it comes', () => {
    const { writes, text, note } = run(createTextStreamWriter, CONTENT_ONLY);
    expect(writes.slice(0, 4)).toEqual(CONTENT_ONLY.map((e) => (e as { content: string }).content));
    expect(text).toBe('Subjective:\nKnee pain for 3 days.\n\nPlan:\nIce.\n');
    expect(note).toEqual({ subjective: 'Knee pain for 3 days.', objective: '', assessment: '', plan: 'Ice.' });
  });

  it('json: one line per event as received, then the assembled note', () => {
    const lines = run(createJsonStreamWriter, CONTENT_ONLY).text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1)).toEqual(CONTENT_ONLY);
    expect(lines.at(-1)).toEqual({ subjective: 'Knee pain for 3 days.', objective: '', assessment: '', plan: 'Ice.' });
    const cut = run(createJsonStreamWriter, CONTENT_ONLY.slice(0, 2), true).text.trim().split('\n').at(-1)!;
    expect(JSON.parse(cut)).toEqual({ subjective: 'Knee pain', objective: '', assessment: '', plan: '', incomplete: true });
  });

  it('text: a full note sent only at the end is shown under headings, its codes with the disclaimer and its id', () => {
    const final: StreamEvent = {
      note: { noteId: 'note_9', subjective: 'S text', objective: 'O text', assessment: 'A text', plan: 'P text', billing_codes: { hcpcs: [{ code: 'G2211', description: null }] } },
    };
    const { text } = run(createTextStreamWriter, [final]);
    expect(text).toMatch(/^SUBJECTIVE\nS text\n\nOBJECTIVE\nO text\n\nASSESSMENT\nA text\n\nPLAN\nP text\n\nBILLING CODES\nHCPCS {2}G2211\nRecommended codes for review\..*\n\nnote note_9\n$/s);
  });

  it('text: what arrived of a broken stream stays, marked incomplete', () => {
    expect(run(createTextStreamWriter, CONTENT_ONLY.slice(0, 2), true).text).toBe(`Subjective:\nKnee pain \n\n${INCOMPLETE_MARKER}\n`);
  });
});
