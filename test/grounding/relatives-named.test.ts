import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A relative outside a family history: who helps, drives or reports. Sentences of our own.
const note = (subjective: string) => ({ subjective, objective: '', assessment: '', plan: '' });
const kinds = (subjective: string, t: string) => checkGrounding(note(subjective), t).map((f) => f.kind);

const CLINIC = [
  'Nurse: How are you getting to your appointments?',
  'Patient: My grandson drives me, he lives round the corner.',
  'Nurse: And who does the shopping?',
  'Patient: My partner, mostly. I can manage the light bits.',
].join('\n');

describe('a relative the conversation never names', () => {
  it('is flagged where the conversation names others', () => {
    expect(kinds('Daughter drives her to appointments.', CLINIC)).toContain('history');
  });
  it('passes relatives said in any everyday word, and a visit that names no relative', () => {
    expect(kinds('Grandson drives her to appointments; husband does the shopping.', CLINIC)).toEqual([]);
    expect(kinds('Daughter drives her to appointments.', 'Nurse: How are you getting here?\nPatient: I get a lift.')).toEqual([]);
  });
  it('leaves the patient\'s own role, and a relative denied, alone', () => {
    expect(kinds('Mother of three, retired teacher.', CLINIC)).toEqual([]);
    expect(kinds('No son or daughter nearby.', CLINIC)).toEqual([]);
  });
});
