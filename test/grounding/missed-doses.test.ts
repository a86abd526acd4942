import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: which of several drugs a missed dose was.
describe('the drug a missed dose was', () => {
  const lay = 'Nurse: So you take the bisoprolol, the furosemide and the apixaban?\nPatient: Yes. I missed the blood thinner on Friday, we were away.';
  const named = 'Pharmacist: Any doses missed this week?\nPatient: I forgot my metformin twice, the lisinopril I never miss.';
  const skipped = 'Doctor: You are on the sertraline and the omeprazole.\nPatient: I skipped the omeprazole a few days, my stomach was fine.';

  it('catches the note naming another drug as missed', () => {
    expect(kinds({ subjective: 'Missed bisoprolol on Friday while away.' }, lay)).toContain('contradiction');
    expect(kinds({ subjective: 'Forgot lisinopril twice this week.' }, named)).toContain('contradiction');
    expect(kinds({ subjective: 'Skipped sertraline for a few days.' }, skipped)).toContain('contradiction');
  });

  it('leaves the drug that was missed, however the patient named it', () => {
    expect(kinds({ subjective: 'Missed apixaban on Friday while away.' }, lay)).toEqual([]);
    expect(kinds({ subjective: 'Forgot metformin twice this week.' }, named)).toEqual([]);
    expect(kinds({ subjective: 'Skipped omeprazole for a few days.' }, skipped)).toEqual([]);
  });

  it('leaves a missed dose said of no drug in particular', () => {
    const vague = 'Nurse: Bisoprolol and apixaban, both daily?\nPatient: Yes. I missed one on Friday.';
    expect(kinds({ subjective: 'Missed bisoprolol on Friday.' }, vague)).not.toContain('contradiction');
  });
});
