import { describe, expect, it } from 'vitest';
import { judgesDose, tellsPrescribedBefore } from '../../src/local/medication-history.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import type { Utterance } from '../../src/local/types.js';

// Sentences written for these tests (invented patients): a pharmacist's or nurse's review of medicines.
function said(text: string): Utterance {
  return { role: 'clinician', text, raw: text, question: /\?\s*$/.test(text), turn: 0, line: 1 } as Utterance;
}

describe('a medicine another prescriber started before the visit', () => {
  it('is the medication history, whatever dose and schedule it names', () => {
    expect(tellsPrescribedBefore('So your GP started ramipril 5 mg once a day for the blood pressure.')).toBe(true);
    expect(tellsPrescribedBefore('The hospital put her on clopidogrel 75 mg after the stent.')).toBe(true);
    expect(classifyUtterance(said('Okay, the cardiologist switched you to bisoprolol 5 mg in the morning.'), 'history')).toBe('history');
  });

  it('leaves what a prescriber will do, and what this clinician does, to the plan', () => {
    expect(tellsPrescribedBefore('Your GP will start ramipril 5 mg next week.')).toBe(false);
    expect(tellsPrescribedBefore('Did the hospital start you on clopidogrel?')).toBe(false);
    expect(classifyUtterance(said('I am going to start you on ramipril 5 mg once a day.'), 'plan')).toBe('plan');
  });
});

describe('a verdict on a dose as it stands', () => {
  it('is the assessment', () => {
    expect(judgesDose('For his weight and kidney function the rivaroxaban dose is appropriate.')).toBe(true);
    expect(judgesDose('40 mg is too high for someone of your age.')).toBe(true);
    expect(classifyUtterance(said('Given your kidneys, that dose is not right, it needs halving.'), 'exam')).toBe('assessment');
  });

  it('leaves checks, instructions and questions alone', () => {
    expect(judgesDose("We'll check the dose is right when the bloods come back.")).toBe(false);
    expect(judgesDose('It is fine to take it with food.')).toBe(false);
    expect(judgesDose('Is the dose correct?')).toBe(false);
    expect(judgesDose('The dose is 5 mg twice a day.')).toBe(false);
  });
});
