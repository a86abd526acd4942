import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

describe('a ward-round note dictated with abbreviations', () => {
  const n = generateLocalNote([
    'Post-take ward round, Dr Ellis.',
    '64F, day 2 with a left leg cellulitis.',
    'Pt says the leg is less sore today, eating well.',
    'O/E afebrile, comfortable.',
    'Redness receding from the marked line, L calf soft.',
    'CRP 60, down from 140.',
    'Imp: cellulitis, responding to treatment.',
    'Switch IV fluclox to oral.',
    'Mobilise with physio.',
    'Aim home tomorrow if improving.',
  ].join('\n'));

  it('reads O/E as the examination and what comes before it as the history', () => {
    expect(n.subjective).toMatch(/less sore today/);
    expect(n.objective).toMatch(/afebrile, comfortable/i);
    expect(n.objective).toMatch(/CRP 60/);
  });

  it('reads Imp: as the assessment and the orders after it as the plan', () => {
    expect(n.assessment).toMatch(/cellulitis, responding to treatment/i);
    expect(n.plan).toMatch(/Switch IV fluclox to oral/);
    expect(n.plan).toMatch(/Mobilise with physio/);
    expect(n.plan).toMatch(/Aim home tomorrow/);
    expect(n.subjective).not.toMatch(/Mobilise/);
  });
});

describe('a ward-round note over two days with the same headings', () => {
  it('does not read repeated Obs:, Bloods:, Imp:, Jobs: as speakers', () => {
    const text = 'Day 1.\nObs: T 38.1, HR 104.\nBloods: CRP 210.\nImp: CAP.\nJobs: IV co-amox, chest x-ray.\nDay 2.\nO/E: chest crackles R base.\nObs: T 37.4, HR 88.\nBloods: CRP 85.\nImp: CAP, improving.\nJobs: switch to oral, physio.';
    expect(readTranscript(text).labelled).toBe(false);
    const n = generateLocalNote(text);
    expect(n.objective).toMatch(/CRP 85/);
    expect(n.assessment).toMatch(/CAP, improving/);
    expect(n.plan).toMatch(/switch to oral/i);
  });
});
