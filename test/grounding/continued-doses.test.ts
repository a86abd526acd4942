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

  it('is matched across units, and a count of tablets or puffs is no dose', () => {
    const grams = 'Doctor: Carry on with the 1000 milligrams of paracetamol four times a day.\nPatient: Right.';
    expect(numbers('Continue paracetamol 1 g QDS.', grams)).toEqual([]);
    expect(checkGrounding({ plan: 'Continue paracetamol 500 mg QDS.' }, grams).some((f) => f.reason.includes('carry on with 1000'))).toBe(true);
    const micrograms = 'Doctor: Stay on the 125 micrograms of digoxin, your pulse is fine.\nPatient: OK.';
    expect(numbers('Continue digoxin 0.125 mg OD.', micrograms)).toEqual([]);
    const puffs = 'Nurse: Your Clenil is the 100 microgram one. Carry on with 2 puffs twice a day.\nPatient: OK.';
    expect(numbers('Continue Clenil 100 mcg 2 puffs BD.', puffs)).toEqual([]);
  });
});
