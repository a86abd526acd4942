import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { findConditions } from '../../src/grounding/diagnosis-check.js';

// Named pain syndromes, and "shakiness" as the shaking a patient denies. Sentences of our own.
const note = (s: Partial<Record<'subjective' | 'assessment', string>>) => ({ subjective: '', objective: '', assessment: '', plan: '', ...s });
const kinds = (n: ReturnType<typeof note>, t: string) => checkGrounding(n, t).map((f) => f.kind);

const SHOULDER = [
  'Doctor: Where does it hurt?',
  'Patient: Across the top of my shoulder and up the neck. The muscle there is tight and knotted.',
  'Doctor: Any shaking, sweats, feeling faint when you skip meals?',
  'Patient: No, none of that.',
  "Doctor: It's a myofascial pain problem in the trapezius, from the posture at your desk.",
].join('\n');

describe('a pain syndrome named by the words before "pain"', () => {
  it('reads the words that tell which syndrome', () => {
    expect(findConditions('Thoracic outlet pain syndrome.').map((m) => m.content)).toEqual([['thoracic', 'outlet']]);
  });
  it('flags one the conversation never names, passes one it does', () => {
    expect(kinds(note({ assessment: 'Complex regional pain syndrome of the right hand.' }), SHOULDER)).toContain('diagnosis');
    expect(kinds(note({ assessment: 'Myofascial pain syndrome, trapezius.' }), SHOULDER)).toEqual([]);
  });
});

describe('shakiness', () => {
  it('is the shaking the patient denied', () => {
    expect(kinds(note({ subjective: 'Reports shakiness when meals are skipped.' }), SHOULDER)).toContain('negation');
    expect(kinds(note({ subjective: 'Denies shakiness.' }), SHOULDER)).toEqual([]);
  });
});
