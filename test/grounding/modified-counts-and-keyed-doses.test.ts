import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const numberFindings = (note: { subjective?: string; objective?: string; plan?: string }, transcript: string) => checkGrounding(note, transcript).filter((f) => f.kind === 'number');

describe('a count per day of a thing named in two words', () => {
  const habits = ['Nurse: What do you drink in a usual day?', 'Patient: Mostly water, and 3 fizzy colas a day at work.', 'Nurse: Try to drop those to 1 a day.'].join('\n');

  it('catches the count the note changes', () => {
    expect(numberFindings({ subjective: 'Drinks 6 fizzy colas a day at work.' }, habits).some((f) => f.reason.includes('6 fizzy colas a day'))).toBe(true);
  });

  it('supports the count said', () => {
    expect(numberFindings({ subjective: 'Drinks 3 fizzy colas a day at work.' }, habits)).toEqual([]);
  });
});

describe('a count a word before its thing, and "both" as a count of two', () => {
  const chest = ['Doctor: How often has she been poorly this year?', 'Mum: She had 4 chest infections since March.', 'Doctor: And the knees?', 'Mum: Both knees ache after football.'].join('\n');

  it('catches a changed count with a word between', () => {
    expect(numberFindings({ subjective: 'Seven chest infections since March.' }, chest)).toHaveLength(1);
    expect(numberFindings({ subjective: 'Three sore knees after football.' }, chest)).toHaveLength(1);
  });

  it('supports the count said, in a word or as "both"', () => {
    expect(numberFindings({ subjective: 'Four chest infections since March.' }, chest)).toEqual([]);
    expect(numberFindings({ subjective: '2 knees ache after football.' }, chest)).toEqual([]);
  });

  it('reads no count where the word between is a unit or a period', () => {
    const counted = (plan: string) => numberFindings({ plan }, chest).filter((f) => f.reason.includes('not the count'));
    expect(counted('5 mg tablets; 12 week course of 3 chest physio sessions.')).toEqual([]);
  });
});

describe('a dose of a named supplement the conversation gives', () => {
  const supplement = ['Doctor: Are you on anything from the chemist?', 'Patient: Vitamin D, 800 units every morning.', 'Doctor: And how much do you walk?', 'Patient: Roughly 3000 steps on a good day.'].join('\n');

  it('is not supported by the same number said bare of something else', () => {
    expect(numberFindings({ subjective: 'Takes vitamin D 3000 units each morning.' }, supplement)).toHaveLength(1);
  });

  it('is supported by its own dose', () => {
    expect(numberFindings({ subjective: 'Takes vitamin D 800 units each morning.' }, supplement)).toEqual([]);
  });
});
