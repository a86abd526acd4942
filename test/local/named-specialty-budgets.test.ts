import { describe, expect, it } from 'vitest';
import { budgetFor, WORD_BUDGETS } from '../../src/local/select-within-budget.js';

describe('budgets for a specialty the user named', () => {
  it('widens the history, exam and assessment of a named specialty outside medicine', () => {
    for (const [family, specialty] of [['rehab', 'occupational_therapy'], ['veterinary', 'veterinarian'], ['pharmacy', 'pharmacist']] as const) {
      expect(budgetFor('history', family, { specialty })).toBeGreaterThan(WORD_BUDGETS.history);
      expect(budgetFor('exam', family, { specialty })).toBeGreaterThan(WORD_BUDGETS.exam);
      expect(budgetFor('assessment', family, { specialty })).toBeGreaterThan(WORD_BUDGETS.assessment);
    }
  });
  it('keeps medical lengths for a medical visit and for a family only guessed from the words', () => {
    expect(budgetFor('history', 'medical', { specialty: 'physician' })).toBe(WORD_BUDGETS.history);
    expect(budgetFor('history', 'behavioural')).toBe(WORD_BUDGETS.history);
    expect(budgetFor('exam', 'rehab', {})).toBe(WORD_BUDGETS.exam);
  });
});
