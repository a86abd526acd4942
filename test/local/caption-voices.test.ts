import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

/** An invented home visit captured by an ambient scribe: ">>" at each change of voice, no names, four voices. */
const HOME_VISIT = [
  ">> hello there, I'm Priya, I'm a community nurse, and this is my colleague Tom. what's been happening?",
  '>> my ankles have swollen right up and I get puffed out on the stairs.',
  '>> since when?',
  '>> maybe a week now.',
  ">> she's been sleeping in the armchair, she can't lie flat.",
  '>> and who are you?',
  ">> I'm her son, I live two doors down.",
  '>> thank you. any chest pain at all?',
  '>> no, no pain. just the breathing.',
  '>> Tom, can you do a set of obs?',
  '>> pulse 96 irregular. blood pressure 150/90. sats 93% on air.',
  '>> thanks. I can hear crackles at both bases and there is pitting oedema to the knees.',
  '>> is it her heart again?',
  ">> it may well be fluid from the heart, yes. I'll ring her GP this morning about the water tablet.",
  '>> [radio] control to nurse two, your next visit has cancelled, over.',
  '>> thanks. in the meantime, keep your legs up when you sit.',
  '>> I will.',
];

describe('unnamed ">>" voices beyond two', () => {
  it('finds the patient, the son who says who he is, and a colleague reading out the obs', () => {
    const r = readTranscript(HOME_VISIT.join('\n'));
    const roleOf = (words: RegExp) => r.turns.find((t) => words.test(t.text))?.role;
    expect(roleOf(/ankles have swollen/)).toBe('patient');
    expect(roleOf(/a week now/)).toBe('patient');
    expect(roleOf(/sleeping in the armchair/)).toBe('other');
    expect(roleOf(/no pain\. just the breathing/)).toBe('patient');
    expect(roleOf(/pulse 96 irregular/)).toBe('clinician');
    expect(roleOf(/crackles at both bases/)).toBe('clinician');
    expect(roleOf(/ring her GP/)).toBe('clinician');
    expect(roleOf(/keep your legs up/)).toBe('clinician');
  });

  it('reads a bracketed "[radio]" after the marker as the radio, not as a speaker named by the captioner', () => {
    const r = readTranscript(HOME_VISIT.join('\n'));
    expect(Object.keys(r.speakers)).not.toContain('radio');
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/\[radio\]|next visit has cancelled/);
  });

  it('keeps two voices taking turns when no one says they came with the patient', () => {
    const r = readTranscript([
      '>> morning. what can I do for you?',
      ">> my GP said he'd send me because of this mole on my back.",
      '>> how long has it been there?',
      '>> years, but it got darker since the summer.',
      '>> any bleeding or itching?',
      '>> it itched a bit last week.',
      ">> let me have a look with the dermatoscope. it's got an irregular edge.",
      '>> is that bad?',
      ">> I'd like to take it off to be safe. we'll send it to the lab.",
    ].join('\n'));
    expect(r.turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'clinician', 'patient', 'clinician', 'patient', 'clinician', 'patient', 'clinician']);
  });
});
