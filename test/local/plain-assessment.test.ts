import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a condition named in plain words, graded', () => {
  it('is the assessment, not a finding', () => {
    const n = generateLocalNote([
      'Therapist: Let me do the memory test with you. You scored 22 out of 30 on the MoCA, with most points lost on recall.',
      'Therapist: So you have a mild cognitive impairment, which is why the names slip.',
      'Therapist: I will refer you to the memory clinic.',
    ].join('\n'));
    expect(n.assessment).toMatch(/mild cognitive impairment/);
    expect(n.objective).not.toMatch(/mild cognitive impairment/);
  });
});

describe('being spared the hospital', () => {
  it('is the plan (the disposition), not the assessment', () => {
    const n = generateLocalNote([
      'Nurse: Any chest pain or trouble breathing?',
      'Caller: No, just the cough and a temperature.',
      "Nurse: It sounds like a chest infection. You don't need to go to hospital tonight. Please book a GP appointment for tomorrow.",
    ].join('\n'));
    expect(n.plan).toMatch(/(?:don't|doesn't|do not|does not) need to go to hospital tonight/);
    expect(n.assessment).not.toMatch(/hospital/);
  });
});

describe('a judgement of what the patient has, in plain words', () => {
  const n = generateLocalNote([
    'Doctor: How long has the shoulder been stiff?',
    'Patient: About four months. I can hardly reach the top shelf.',
    "Doctor: I think you've got a frozen shoulder, and your symptoms fit with an underactive thyroid as well.",
    "Doctor: I don't think this is anything serious.",
    'Doctor: I will check your thyroid blood test and refer you to physio.',
  ].join('\n'));

  it('is the assessment, said before any exam', () => {
    expect(n.assessment).toMatch(/frozen shoulder/);
    expect(n.assessment).toMatch(/(?:isn't|is not|anything) (?:anything )?serious|anything serious/);
    expect(n.subjective).not.toMatch(/frozen shoulder|serious/);
  });
});

describe('a finding tied to what it explains, control in words, a reaction to a drug', () => {
  const n = generateLocalNote([
    'Doctor: How have things been?',
    'Patient: Exhausted, and I came out in a rash on the new antibiotic.',
    'Doctor: Your ferritin came back at 8.',
    "Doctor: Your iron is low, which is why you're so tired.",
    'Doctor: So overall your diabetes is under good control.',
    'Doctor: The rash is a reaction to the doxycycline.',
    'Doctor: Stop the doxycycline and start ferrous sulphate 200 mg once a day.',
  ].join('\n'));

  it('writes each as the assessment', () => {
    expect(n.assessment).toMatch(/iron is low, which is why/);
    expect(n.assessment).toMatch(/under good control/);
    expect(n.assessment).toMatch(/reaction to the doxycycline/);
  });
});
