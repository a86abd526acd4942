import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A pre-assessment: the standing questions of a history answered in lists and fragments.
describe('answers that are only lists or fragments, written under their question', () => {
  const n = generateLocalNote([
    "Nurse: I'm seeing you today before your hernia repair. Have you had an operation before?",
    'Patient: Yes, for my appendix. I was fine afterwards.',
    'Nurse: Any other medical problems?',
    "Patient: Asthma, I've got a blue inhaler. And my thyroid.",
    'Nurse: Can you manage two flights of stairs?',
    'Patient: Two flights, if I stop halfway.',
    'Nurse: Your blood pressure is 128/82. You are fine for day surgery. Stop eating at midnight before the operation.',
  ].join('\n'), { specialty: 'registered_nurse' });

  it('keeps what was asked with each answer', () => {
    expect(n.subjective).toContain('Previous operation: yes, for the appendix.');
    expect(n.subjective).toMatch(/Medical history: asthma, the patient has got a blue inhaler; thyroid\./);
    expect(n.subjective).toMatch(/Exercise tolerance: two flights of stairs, if the patient stops halfway\./);
  });

  it('writes no fragment alone', () => {
    expect(n.subjective).not.toMatch(/^For (?:the|their) appendix\.$/m);
    expect(n.subjective).not.toMatch(/^The patient's thyroid\.$/m);
  });

  it('leaves a denial to the yes/no readers', () => {
    const denied = generateLocalNote([
      'Doctor: What brings you in? Any other medical problems?',
      'Patient: No, none. Just this cough for a week.',
      'Doctor: Your chest is clear. This is a viral cough. Rest and fluids.',
    ].join('\n'), { specialty: 'physician' });
    expect(denied.subjective).not.toMatch(/Medical history:/);
  });
});

describe('"when was the last time you…" answered by a time', () => {
  it('writes the time asked of as the patient\'s', () => {
    const n = generateLocalNote([
      'Doctor: Are you on any regular medication?',
      "Patient: I'm taking methotrexate for my arthritis.",
      'Doctor: When was the last time you had methotrexate?',
      'Patient: Last Sunday.',
      'Doctor: Your chest is clear. This is a viral cough. Rest and fluids.',
    ].join('\n'), { specialty: 'physician' });
    expect(n.subjective).toContain('Last time the patient had methotrexate: last Sunday.');
    expect(n.subjective).not.toMatch(/time you had/);
  });
});
