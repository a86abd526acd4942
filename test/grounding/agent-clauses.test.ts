import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A participle with its agent ("triggered by", "brought on by", "made worse by") opens a new assertion: what it names
// is told as present, though a denial stands earlier in the same sentence.
describe('agent clauses end a denial', () => {
  const transcript = [
    'Doctor: Any temperature, or tingling in your hands?',
    'Patient: No temperature, no tingling.',
    'Doctor: And what sets the rib pain off?',
    'Patient: Coughing, mostly. I have had a cough for a fortnight. And it is worse when I am anxious, I have had a lot of anxiety lately.',
  ].join('\n');

  it('reads the agents after "brought on by" as present, past an earlier "without"', () => {
    const note = { assessment: 'Rib pain without fever, about two weeks, brought on by coughing.' };
    expect(checkGrounding(note, transcript).filter((f) => f.kind === 'negation')).toEqual([]);
  });

  it('reads the agents after "worsened by" as present, past an earlier "no"', () => {
    const note = { subjective: 'No tingling, worsened by coughing.' };
    expect(checkGrounding(note, transcript).filter((f) => f.kind === 'negation')).toEqual([]);
  });

  it('still reaches the other items of a plain denial list', () => {
    const note = { subjective: 'No tingling, cough or fever.' };
    expect(checkGrounding(note, transcript)).toEqual([expect.objectContaining({ kind: 'negation' })]);
  });
});
