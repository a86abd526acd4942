import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

describe('a heading of past drug reactions, reaction first', () => {
  const t = 'Doctor: Have you ever had a reaction to any medicine?\nPatient: Trimethoprim, years ago. I was sick everywhere, vomiting for a day.\nDoctor: Noted.';

  it('flags a reaction the conversation never gave the drug', () => {
    expect(reasons({ subjective: 'Previous reaction: swollen lips with trimethoprim.' }, t)).toMatch(/swollen lips/);
    expect(reasons({ subjective: 'Adverse drug reactions - rash to trimethoprim.' }, t)).toMatch(/rash/);
  });

  it('passes the reaction said, and leaves a pupil reaction alone', () => {
    expect(reasons({ subjective: 'Previous reaction: vomiting with trimethoprim.' }, t)).toBe('');
    expect(reasons({ subjective: 'Adverse drug reactions - vomiting to trimethoprim.' }, t)).toBe('');
    expect(reasons({ objective: 'Pupils: reaction - brisk to light.' }, 'Doctor: Follow my torch. Pupils are reacting nicely.\nPatient: Bright!')).toBe('');
  });
});
