import { describe, expect, it } from 'vitest';
import { ordersDietOrFluids } from '../../src/local/diet-and-fluid-orders.js';
import { normalizeMeasurements } from '../../src/local/normalize-measurements.js';
import { SPECIMEN_TAKEN } from '../../src/local/purpose-patterns.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import type { Utterance } from '../../src/local/types.js';

// Sentences written for these tests (invented patients and pets).
function said(text: string): Utterance {
  return { role: 'clinician', text, raw: text, question: /\?\s*$/.test(text), turn: 0, line: 1 } as Utterance;
}

describe('nothing by mouth, ordered', () => {
  it('is an order for the plan', () => {
    for (const text of ['He is nil by mouth until the surgeon has seen him.', 'Keep her NPO after midnight.', "Okay, she'll need to be nil by mouth from now on.", 'Nil by mouth for now.'])
      expect(ordersDietOrFluids(text), text).toBe(true);
  });
  it('is history when the fasting has already happened', () => {
    for (const text of ["He's been nil by mouth since midnight.", 'She was nil by mouth overnight.', 'He was NPO this morning.'])
      expect(ordersDietOrFluids(text), text).toBe(false);
  });
});

describe('a specimen taken with a qualifier', () => {
  it('is still a specimen taken', () => {
    for (const text of ["I'll take some pre-op bloods before you go.", "We'll send a routine urine sample today.", "I'm going to take a quick throat swab."])
      expect(SPECIMEN_TAKEN.test(text), text).toBe(true);
  });
  it('is not a look or a listen', () => {
    for (const text of ["I'll take a look at the throat.", "I'll take a deep breath with you.", "Let me take a listen to the chest."])
      expect(SPECIMEN_TAKEN.test(text), text).toBe(false);
  });
  it('goes to the plan though "I\'ll take" opens an exam step too', () => {
    expect(classifyUtterance(said("I'll take pre-operative bloods, and the nurse will do an ECG."), 'plan')).toBe('plan');
  });
});

describe('a price quoted', () => {
  it('keeps pounds of money as pounds', () => {
    for (const text of ['The estimate is about 1800 pounds for the operation.', 'The quote came to 300 pounds.', 'The excess on her insurance is 99 pounds.'])
      expect(normalizeMeasurements(text), text).not.toMatch(/\blb\b/);
    expect(normalizeMeasurements('He weighs 180 pounds today.')).toMatch(/180 lb/);
  });
  it('is the plan, never a measured value', () => {
    expect(classifyUtterance(said('The estimate is around 900 pounds, including the overnight stay.'), 'plan')).toBe('plan');
    expect(classifyUtterance(said('The cost will be about 60 pounds for the course.'), 'plan')).toBe('plan');
    expect(classifyUtterance(said('His weight is 82 kilos.'), 'exam')).toBe('exam');
  });
});
