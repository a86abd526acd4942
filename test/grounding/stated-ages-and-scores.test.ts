import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);
/** Only the number findings: an age test's complaint is made up and never discussed. */
const numbers = (note: Parameters<typeof checkGrounding>[0], transcript: string) => kinds(note, transcript).filter((k) => k === 'number');

// Made-up encounters.
describe('an age stated as "you\'re 40" or "I turned 40"', () => {
  it('reads a clinician\'s "and you\'re 44 now?" as the age', () => {
    const t = '[doctor] and you are 44 now ?\n[patient] yes .';
    expect(numbers({ subjective: '44-year-old woman with knee pain.' }, t)).toEqual([]);
    expect(numbers({ subjective: '47-year-old woman with knee pain.' }, t)).toEqual(['number']);
  });

  it('reads "I turned 9 in March" as the age', () => {
    const t = '[doctor] how is school ?\n[patient] good . i turned 9 in march .';
    expect(numbers({ subjective: '9-year-old boy with ear pain.' }, t)).toEqual([]);
    expect(numbers({ subjective: '7-year-old boy with ear pain.' }, t)).toEqual(['number']);
  });

  it('reads "I\'m 71, yes" as the age', () => {
    const t = 'Doctor: Seventy-one this year?\nPatient: I\'m 71, yes.';
    expect(numbers({ subjective: '71-year-old man with dizziness.' }, t)).toEqual([]);
    expect(numbers({ subjective: '77-year-old man with dizziness.' }, t)).toEqual(['number']);
  });

  it('leaves a number after "I\'m" that is no age', () => {
    const t = '[patient] i am 3 days into the antibiotics and i am 100 percent better .';
    expect(numbers({ subjective: '35-year-old on day 3 of antibiotics.' }, t)).toEqual([]);
  });
});

describe('a score word right before its value labels it', () => {
  it('compares "Oswestry score 38" with the score said', () => {
    const t = '[doctor] your oswestry questionnaire , the score came out at 38 .';
    expect(kinds({ objective: 'Oswestry score 38.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Oswestry score 58.' }, t)).toEqual(['number']);
  });

  it('compares "Wells score of 1" with the score said', () => {
    const t = '[doctor] i worked out the wells score , it is 1 , so low risk .';
    expect(kinds({ assessment: 'Wells score of 1, low risk.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Wells score of 4, low risk.' }, t)).toEqual(['number']);
  });

  it('compares "Epworth score: 14" with the score said', () => {
    const t = '[doctor] on the sleepiness questionnaire you scored 14 .';
    expect(kinds({ objective: 'Epworth score: 14.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Epworth score: 11.' }, t)).toEqual(['number']);
  });
});
