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
