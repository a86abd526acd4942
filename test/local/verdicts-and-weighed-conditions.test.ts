import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('the verdict after the exam, asked for or summed up', () => {
  it('reads what follows a patient asking for the verdict as the judgement', () => {
    const n = generateLocalNote([
      'Doctor: What brings you in?',
      "Patient: My left calf has been swollen and tight for three days since the flight.",
      'Doctor: Let me have a look. The left calf is swollen and tender compared with the right.',
      'Patient: Is that serious?',
      'Doctor: It can be. Sitting still for a long flight raises your clot risk.',
      "Doctor: I'd like you to have a scan of the leg today.",
    ].join('\n'));
    expect(n.assessment).toMatch(/raises (?:your|their|his|her) clot risk/);
    expect(n.objective).not.toMatch(/clot risk/);
  });

  it('reads a summing-up after the exam as the assessment, not a finding', () => {
    const n = generateLocalNote([
      'Nurse: How are you getting on with the statin?',
      'Patient: Fine. No aches.',
      'Nurse: Your cholesterol today is 6.8. Let me check your pressure, 128 over 80.',
      'Patient: Okay.',
      'Nurse: So to sum up.',
      "Nurse: Your cholesterol is higher than we'd like, so the statin isn't doing enough.",
      "Nurse: I'll increase the atorvastatin to 40 milligrams.",
    ].join('\n'));
    expect(n.assessment).toMatch(/higher than we'd like/);
    expect(n.objective).not.toMatch(/higher than we'd like/);
  });
});

describe('conditions named or weighed in passing', () => {
  const n = generateLocalNote([
    'Doctor: Tell me about the breathlessness.',
    'Patient: Worse over a month, and my ankles have swollen up. I sleep on three pillows.',
    'Doctor: Let me examine you. Ankles are pitting to the knee. Your pulse... that\'s regular, about eighty. So you\'re in heart failure, I\'m fairly sure.',
    "Doctor: I'm a little worried about a clot in the lungs as well, and the cough and the night sweats make me wonder about tuberculosis.",
    'Doctor: I will start furosemide 40 mg each morning.',
  ].join('\n'));

  it('reads "you\'re in heart failure", said while examining, as the diagnosis', () => {
    expect(n.assessment).toMatch(/heart failure/);
    expect(n.objective).not.toMatch(/heart failure/);
  });

  it('keeps a pulse felt as the finding', () => {
    expect(n.objective).toMatch(/regular, about 80|regular, about eighty/);
  });

  it('reads a worry or a wondering about a condition as the assessment', () => {
    expect(n.assessment).toMatch(/worried about a clot/);
    expect(n.assessment).toMatch(/wonder about tuberculosis/);
  });

  it('reads a picture likened to a condition as the assessment, a chest heard as the exam', () => {
    const m = generateLocalNote([
      'Doctor: How long has the cough been going?',
      'Patient: Two weeks, with fevers and green phlegm.',
      'Doctor: Let me listen. Your chest sounds crackly at the right base.',
      'Doctor: The fevers and the green phlegm sound like a chest infection, a pneumonia, on the right.',
      'Doctor: I will prescribe amoxicillin 500 mg three times a day for five days.',
    ].join('\n'));
    expect(m.assessment).toMatch(/sound like a chest infection/);
    expect(m.objective).toMatch(/crackly/);
  });
});
