import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: assessments a clinician concludes from what was said, not in its words.
const diagnoses = (assessment: string, transcript: string) => checkGrounding({ assessment }, transcript).filter((f) => f.kind === 'diagnosis').map((f) => f.claim);

describe('a condition the patient takes a drug for', () => {
  const t = 'Doctor: How is the concentration at school?\nParent: Much better since the Concerta, homework gets done.\nDoctor: Appetite?\nParent: He skips lunch.';

  it('is named by the drug in the assessment too', () => {
    expect(diagnoses('ADHD, responding well to methylphenidate.', t)).toEqual([]);
    expect(diagnoses('Hypertension, controlled.', 'Doctor: Still taking the ramipril?\nPatient: Every morning.\nDoctor: Reading today 128 over 78.')).toEqual([]);
  });

  it('still reports a condition no drug or word of the conversation points to', () => {
    expect(diagnoses('ADHD. Epilepsy, well controlled.', t)).toHaveLength(1);
  });
});

describe('a condition built on the name of a body part', () => {
  it('is described when that part is named with pain or tenderness', () => {
    expect(diagnoses('Right plantar fasciopathy.', 'Physio: Where is it worst?\nPatient: Under my heel, first steps in the morning.\nPhysio: Tender over the plantar fascia insertion.')).toEqual([]);
  });

  it('is not described by the part named without trouble, or by a short root', () => {
    expect(diagnoses('Plantar fasciopathy.', 'Physio: The plantar fascia looks normal on the scan.\nPatient: Good.')).toHaveLength(1);
    expect(diagnoses('Gastritis.', 'Doctor: Any pain?\nPatient: A gastric band years ago, no pain now.')).toHaveLength(1);
  });
});
