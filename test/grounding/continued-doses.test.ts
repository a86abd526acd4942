import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: a dose the patient asked to raise, and the one the doctor kept.
const numbers = (plan: string, transcript: string) => checkGrounding({ plan }, transcript).filter((f) => f.kind === 'number').map((f) => f.claim);

describe('a dose the plan continues', () => {
  const t = 'Doctor: You are on sertraline 100 mg now.\nPatient: Could I go up to 150?\nDoctor: Not yet. Carry on with the 100 milligrams and we will review in a month.';

  it('is the one the doctor said to carry on with', () => {
    expect(numbers('Continue sertraline 100 mg daily; review in 1 month.', t)).toEqual([]);
  });

  it('is not the increase only asked about', () => {
    expect(numbers('Continue sertraline 150 mg daily; review in 1 month.', t)).toHaveLength(1);
  });

  it('is not judged by a time to carry on for, or where another drug is continued', () => {
    const course = 'Doctor: Amoxicillin 500 three times a day, continue 7 days even if better. Keep taking the ramipril.\nPatient: Okay.';
    expect(numbers('Continue amoxicillin 500 mg TDS for 7 days.', course)).toEqual([]);
    const other = 'Doctor: Carry on with the 20 milligrams of atorvastatin, and the metformin as before.\nPatient: Okay.';
    expect(numbers('Continue metformin 500 mg BD.', other)).toEqual([]);
  });
});
