import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: the next call or visit given by the day, not by a count.
describe('the day of the next contact', () => {
  const call = 'Nurse: Keep the diary going. I will phone you tomorrow to see how the sugars are.';
  const visit = 'Doctor: Pop back in next week and we will look at the wound again.';
  const message = 'Midwife: I will message you this week with the scan date, and we will see you next month.';

  it('leaves the day the clinician gave', () => {
    expect(kinds({ plan: 'Nurse to call tomorrow to review sugars.' }, call)).toEqual([]);
    expect(kinds({ plan: 'Wound review in clinic next week.' }, visit)).toEqual([]);
    expect(kinds({ plan: 'Message this week with scan date; see next month.' }, message)).toEqual([]);
  });

  it('catches another day', () => {
    expect(kinds({ plan: 'Nurse to call next week to review sugars.' }, call)).toContain('plan');
    expect(kinds({ plan: 'Wound review in clinic tomorrow.' }, visit)).toContain('plan');
    expect(kinds({ plan: 'Message next month with scan date.' }, message)).toContain('plan');
  });

  it('leaves a safety net and a contact of another kind', () => {
    expect(kinds({ plan: 'Call today if the redness spreads.' }, call)).toEqual([]);
    expect(kinds({ plan: 'Nurse to call tomorrow.' }, visit)).toEqual([]);
  });
});
