import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// An allergy list whose items each carry a reaction in brackets, and a reaction written as a pair. Our own sentences.
const note = (subjective: string) => ({ subjective, objective: '', assessment: '', plan: '' });
const kinds = (subjective: string, t: string) => checkGrounding(note(subjective), t).map((f) => f.kind);

const VISIT = [
  'Nurse: Any allergies?',
  'Patient: Latex, I get a rash from gloves.',
  'Nurse: Latex, rash. Anything else?',
  'Patient: Not that I know.',
  'Nurse: And what do you usually eat for breakfast?',
  'Patient: Scrambled eggs and toast most days.',
  'Nurse: Any allergies to medicines?',
  'Patient: Erythromycin. It made me vomit the whole night.',
  'Nurse: Okay, erythromycin, nausea and vomiting.',
].join('\n');

describe('allergy lists with a reaction per item', () => {
  it('flags an item added after the first one\'s bracketed reaction', () => {
    expect(kinds('Allergies: latex (rash), eggs (swelling of the lips).', VISIT)).toContain('allergy');
  });
  it('passes the list as given', () => {
    expect(kinds('Allergies: latex (rash).', VISIT)).toEqual([]);
  });
});

describe('a reaction written as a pair', () => {
  it('is said by either of its words', () => {
    expect(kinds('Drug allergy: erythromycin (nausea/vomiting).', VISIT)).toEqual([]);
  });
  it('is still flagged when neither word is said', () => {
    expect(kinds('Drug allergy: erythromycin (wheezing/shortness of breath).', VISIT)).toContain('allergy');
  });
});
