import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

describe('a call-centre table with both a channel and a speaker column', () => {
  const rows = [
    ['0', 'Agent', 'Good morning, travel clinic, you are speaking with the nurse. How can I help?'],
    ['1', 'Customer', 'Hi, I am flying to Kenya in three weeks and I need to know about vaccines.'],
    ['0', 'Agent', 'Have you had a yellow fever vaccine before?'],
    ['1', 'Customer', 'No, never.'],
    ['0', 'Agent', 'Then I will book you in for yellow fever and typhoid vaccines on Thursday.'],
  ];
  const csv = ['start,end,channel,speaker,text', ...rows.map(([c, w, t], i) => `00:00:0${i}.0,00:00:0${i}.9,${c},${w},"${t}"`)].join('\n');

  it('takes the speakers from the column of names, not the numbered channels', () => {
    const r = readTranscript(csv);
    expect(r.labelled).toBe(true);
    expect(Object.keys(r.speakers).sort()).toEqual(['Agent', 'Customer']);
    expect(r.turns.map((t) => t.text)[1]).toBe('Hi, I am flying to Kenya in three weeks and I need to know about vaccines.');
  });

  it('writes the note from the dialogue, without channel numbers', () => {
    const n = generateLocalNote(csv);
    expect(n.plan).toMatch(/yellow fever and typhoid vaccines/);
    expect([n.subjective, n.objective, n.plan].join('\n')).not.toMatch(/^\d: /m);
  });

  it('still reads a channel column when it is the only speaker column', () => {
    const only = ['channel,text', ...rows.map(([, w, t]) => `${w},"${t}"`)].join('\n');
    expect(Object.keys(readTranscript(only).speakers).sort()).toEqual(['Agent', 'Customer']);
  });
});
