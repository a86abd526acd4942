import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: how long a change took, and how often a medicine is taken.
const numbers = (note: Record<string, string>, transcript: string) => checkGrounding(note, transcript).filter((f) => f.kind === 'number').map((f) => f.claim);

describe('the span a change took ("two stone in six months")', () => {
  const t = 'Dietitian: How has the weight gone?\nPatient: I was 14 stone at Christmas, I have lost two stone in six months.';

  it('is a time looking back, which the note may give', () => {
    expect(numbers({ subjective: 'Lost 2 stone over 6 months.' }, t)).toEqual([]);
  });

  it('contradicts another span for the same change', () => {
    expect(numbers({ subjective: 'Lost 2 stone over 6 weeks.' }, t)).toHaveLength(1);
  });
});

describe("a medicine's frequency", () => {
  const t = 'Doctor: The alendronate, you take that once a week?\nPatient: Yes, every Sunday before breakfast.\nDoctor: And the calcium?\nPatient: Twice a day with meals.';

  it('is the one said with that medicine', () => {
    expect(numbers({ subjective: 'Alendronate 70 mg once weekly (Sundays). Calcium twice daily.' }, t)).toEqual([]);
  });

  it('is contradicted by another period, though no daily count is said of it', () => {
    expect(numbers({ subjective: 'Alendronate 70 mg once daily.' }, t)).toHaveLength(1);
  });

  it('is checked in the shorthand "x/wk"', () => {
    const physio = 'Physio: I would like to see you twice a week for four weeks.\nPatient: Fine.';
    expect(numbers({ plan: 'Physio 2x/wk for 4 wks.' }, physio)).toEqual([]);
    expect(numbers({ plan: 'Physio 4x/wk for 4 wks.' }, physio)).toHaveLength(1);
  });
});
