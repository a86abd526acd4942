import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: { subjective?: string; objective?: string }, transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

describe('a reaction told in answer to the allergy question is no symptom of the visit', () => {
  const reacts = [
    'Doctor: What brings you in?',
    'Patient: Tummy cramps since last night, and I feel queasy.',
    'Doctor: Have you actually been sick?',
    'Patient: No, not once.',
    'Doctor: Any allergies?',
    'Patient: Erythromycin. It makes me throw up.',
    'Doctor: Erythromycin, vomiting. Got it.',
  ].join('\n');

  it('supports "no vomiting" where only the drug made the patient throw up', () => {
    expect(kinds({ subjective: 'Nausea, no vomiting.' }, reacts)).toEqual([]);
  });

  it('supports a denied rash where the rash was a drug\'s', () => {
    const t = ['Nurse: Any skin problems, any rashes at the moment?', 'Patient: No, skin is fine.', 'Nurse: Allergies?', 'Patient: Co-trimoxazole brings me out in a rash.'].join('\n');
    expect(kinds({ subjective: 'No rash.' }, t)).toEqual([]);
  });

  it('does not set the recorded reaction against a denial in the note', () => {
    expect(kinds({ subjective: 'Nausea, no vomiting. Allergy: erythromycin (vomiting).' }, reacts)).toEqual([]);
  });

  it('does not read the reaction the note records as a symptom the transcript denies', () => {
    expect(kinds({ subjective: 'Allergy: erythromycin (vomiting).' }, reacts)).toEqual([]);
  });

  it('still catches vomiting denied where the patient vomits now, beside a drug reaction', () => {
    const t = ['Doctor: Any allergies?', 'Patient: Erythromycin makes me throw up.', 'Doctor: And today?', 'Patient: I have been throwing up since breakfast, three times.'].join('\n');
    expect(kinds({ subjective: 'Nausea, no vomiting.' }, t)).toContain('negation');
  });

  it('still catches a denial the note contradicts outside its allergy line', () => {
    expect(kinds({ subjective: 'Denies vomiting. Abdominal cramps and vomiting. Allergy: erythromycin (vomiting).' }, reacts).length).toBeGreaterThan(0);
  });

  it('still catches a denied rash the patient has now', () => {
    const t = ['Nurse: Allergies?', 'Patient: None.', 'Nurse: What is the problem today?', 'Patient: An itchy rash on both arms since Sunday.'].join('\n');
    expect(kinds({ subjective: 'No rash.' }, t)).toContain('negation');
  });
});
