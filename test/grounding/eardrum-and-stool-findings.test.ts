import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented visits: an eardrum with or without a hole, stools written "black/tarry".
describe('findings in the words an examiner and a note use', () => {
  it('reads a perforated eardrum as an exam finding', () => {
    const t = 'Doctor: The eardrum is red and bulging, but it is not perforated.';
    expect(kinds({ objective: 'TM erythematous and bulging, not perforated.' }, t)).toEqual([]);
    expect(kinds({ objective: 'TM erythematous, bulging and perforated.' }, t)).toContain('exam');
  });

  it('reads "black/tarry stools" as the black stools denied', () => {
    const t = 'Nurse: Any black or tarry stools?\nPatient: No, nothing like that.';
    expect(kinds({ subjective: 'Denies black/tarry stools.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Reports black/tarry stools.' }, t)).toContain('negation');
  });
});
