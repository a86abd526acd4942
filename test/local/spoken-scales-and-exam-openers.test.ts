import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { trackPhases } from '../../src/local/track-phases.js';
import type { Utterance } from '../../src/local/types.js';

const said = (text: string, role: Utterance['role'] = 'clinician'): Utterance => ({ role, line: 1, turn: 1, text, raw: text, question: text.endsWith('?') });

describe('a questionnaire named in words and an exam announced as looking at the patient', () => {
  it("reads speech-to-text's 'gad seven' as the GAD-7 and its score as a scale", () => {
    const n = generateLocalNote([
      'SPEAKER_00: how have you been sleeping',
      'SPEAKER_01: badly i worry about everything at night',
      'SPEAKER_00: okay so your gad seven today comes out at fourteen',
      'SPEAKER_01: that sounds high',
    ].join('\n'));
    expect(n.objective).toMatch(/GAD-7/);
    expect(n.subjective).not.toMatch(/GAD-7/);
  });

  it("opens the exam at 'I'm going to look at you now', not at 'I'll check your tablets'", () => {
    expect(trackPhases([said('Any allergies?'), said("I'm going to look at you now, madam."), said("You're flushed and sweaty.")])).toEqual(['history', 'exam', 'exam']);
    expect(trackPhases([said('Any allergies?'), said("I'll check your tablets in the list."), said('You take them in the morning.')])).toEqual(['history', 'history', 'history']);
  });
});

describe('"in short" as a summing-up', () => {
  it('does not end the session at "in short sentences she scores…"', () => {
    const phases = trackPhases([said("Let's try the naming task."), said('She named 14 of 20 pictures.'), said("In short sentences she's at 6 out of 10."), said('Now the word endings.')]);
    expect(phases.at(-1)).toBe('exam');
    expect(trackPhases([said("Let's try the naming task."), said('She named 14 of 20 pictures.'), said('In short, this is a mild word-finding difficulty.')]).at(-1)).toBe('plan');
  });
});
