import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: a denial turned into a complaint, and an allergy's reaction changed.
const findings = (note: Record<string, string>, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind).map((f) => f.claim);

describe('a red-flag screen in the history', () => {
  const t = 'Doctor: Any trouble passing water, or numbness between your legs?\nPatient: No, none of that.\nDoctor: Any fevers, or a history of cancer?\nPatient: No.';

  it('is read as answers, each item on its own', () => {
    expect(findings({ subjective: 'Red flags: denies urinary retention, reports saddle numbness, no fever or hx of cancer.' }, t, 'negation')).toHaveLength(1);
  });

  it('raises nothing when it says what the patient said', () => {
    expect(findings({ subjective: 'Red flags: denies urinary retention, no saddle numbness, no fever or hx of cancer.' }, t, 'negation')).toEqual([]);
  });
});

describe('a narrower complaint where the broader one was denied', () => {
  const t = 'Nurse: Any shortness of breath with it?\nPatient: No, no shortness of breath at all.\nNurse: Chest pain?\nPatient: No.';

  it('is contradicted', () => {
    expect(findings({ subjective: 'Reports breathlessness on exertion; no chest pain.' }, t, 'negation')).toHaveLength(1);
  });

  it('is not, where the conversation names the narrower one itself', () => {
    const said = 'Nurse: Any shortness of breath at rest?\nPatient: No, not sitting here. But I get out of breath on exertion, on the hill.';
    expect(findings({ subjective: 'Reports breathlessness on exertion.' }, said, 'negation')).toEqual([]);
  });
});

describe('the reaction an allergy record gives', () => {
  const t = 'Pharmacist: Any allergies?\nPatient: Trimethoprim, it gave me a blotchy rash.\nPharmacist: Anything else?\nPatient: No.\nPharmacist: Are you taking the amlodipine?\nPatient: Every day.\nPharmacist: And the swelling in your feet, how long?\nPatient: A month, they swell by teatime.';

  it('is the one told beside its allergen', () => {
    expect(findings({ subjective: 'Allergy: trimethoprim (rash).' }, t, 'allergy')).toEqual([]);
  });

  it('is not a swelling talked of elsewhere in the visit', () => {
    expect(findings({ subjective: 'Allergy: trimethoprim (facial swelling).' }, t, 'allergy')).toHaveLength(1);
    expect(findings({ subjective: 'Allergy: trimethoprim (anaphylaxis).' }, t, 'allergy')).toHaveLength(1);
  });

  it('is read in a drug intolerance beside "no allergies"', () => {
    const said = 'Doctor: The azathioprine was stopped, was that the reaction, the sickness?\nPatient: Yes, I was vomiting for days.\nDoctor: Any allergies?\nPatient: No.';
    expect(findings({ subjective: 'Drug intolerance: azathioprine (vomiting). No allergies.' }, said, 'allergy')).toEqual([]);
    expect(findings({ subjective: 'Drug intolerance: azathioprine (pancreatitis). No allergies.' }, said, 'allergy')).toHaveLength(1);
  });
});
