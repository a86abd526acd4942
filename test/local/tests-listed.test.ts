import { describe, expect, it } from 'vitest';
import { listsTestsToOrder } from '../../src/local/tests-listed.js';
import { generateLocalNote } from '../../src/local/index.js';

// Sentences written for these tests (invented patients).
describe('a bare list of tests once the plan is under way', () => {
  it('reads the names alone as what is sent for', () => {
    for (const text of ['Liver function, clotting and a ferritin.', 'A urine culture and a repeat CRP.', 'And an ECG plus a chest x-ray.', 'TSH, B12 and folate.'])
      expect(listsTestsToOrder(text), text).toBe(true);
  });

  it('leaves results read out, single names and anything else said alone', () => {
    for (const text of ['Liver function and clotting both normal.', 'Ferritin 12, B12 fine.', 'Thyroid function.', 'Liver function, clotting and then we will decide.', 'The chest x-ray and ECG came back clear.'])
      expect(listsTestsToOrder(text), text).toBe(false);
  });

  it('puts such a list in the plan, not the exam', () => {
    const note = generateLocalNote([
      'Doctor: How long have you been so tired?',
      'Patient: About two months, and I get breathless on the stairs.',
      'Doctor: Your conjunctivae look pale and your heart rate is 104.',
      'Doctor: So I think this could be anaemia. I want some blood tests today. Iron studies, B12 and a full blood count.',
      'Doctor: I will call you with the results on Friday.',
    ].join('\n'));
    expect(note.plan).toMatch(/Iron studies, B12 and a full blood count/);
    expect(note.objective).not.toMatch(/Iron studies/);
  });
});
