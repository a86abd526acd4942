import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented visits: findings and diagnoses said in plain words, and a note's "no significant …".
describe('findings and diagnoses said plainly', () => {
  it('reads "the canal is swollen and red" as erythema of the canal, not denied by "no redness behind the ear"', () => {
    const t = 'Doctor: The left ear canal is swollen and red. No redness behind the ear.';
    expect(kinds({ objective: 'L ear canal edematous and erythematous.' }, t)).not.toContain('exam');
    expect(kinds({ objective: 'L ear canal edematous and erythematous.' }, 'Doctor: The left ear canal is swollen. No redness in the canal or behind the ear.')).toContain('exam');
  });

  it('takes a knock told in plain words as the minor trauma an assessment names', () => {
    const note = { assessment: 'Bruise on shin consistent with minor trauma.' };
    expect(kinds(note, 'Patient: I banged my shin on the coffee table on Monday.\nNurse: That bruise is healing nicely.')).toEqual([]);
    expect(kinds(note, 'Patient: It just appeared on my shin, I cannot think why.\nNurse: That bruise is healing nicely.')).toContain('diagnosis');
  });

  it('takes "your pressure is on the low side" as the hypotension an assessment names', () => {
    expect(kinds({ assessment: 'Mild hypotension.' }, 'Medic: Your pressure is on the low side, so lie flat for me.')).toEqual([]);
    expect(kinds({ assessment: 'Mild hypotension.' }, 'Medic: Your pressure is fine, you can sit up.')).toContain('diagnosis');
  });

  it('reads "no significant bleeding" as a denial', () => {
    const t = 'Nurse: Any bleeding from the gums or nose?\nPatient: No, none at all.';
    expect(kinds({ assessment: 'No significant bleeding.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Significant bleeding from the gums.' }, t)).toContain('negation');
  });
});
