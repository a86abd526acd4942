import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import { splitSentences } from '../../src/local/split-sentences.js';
import type { Utterance } from '../../src/local/types.js';

// Visits written for these tests (invented patients and families).
const said = (role: Utterance['role'], text: string, phase: 'history' | 'exam' | 'plan' = 'exam') =>
  classifyUtterance({ role, line: 1, turn: 1, text, raw: text, question: false }, phase, false);

describe('an answer to "what can he have?" or "what do I treat it with?"', () => {
  it('is the plan, though it reads like a finding or a result', () => {
    const n = generateLocalNote([
      'Doctor: Your sugar dropped to 3.1 last night, which is a hypo.',
      'Patient: What do I treat it with again?',
      'Doctor: Three jelly babies, or half a glass of cola. Then recheck in ten minutes.',
      'Wife: And what can he have for supper?',
      'Doctor: A sandwich or some toast, something starchy, every night before bed.',
    ].join('\n'));
    expect(n.plan).toMatch(/Three jelly babies, or half a glass of cola/);
    expect(n.plan).toMatch(/sandwich or some toast/);
    expect(n.objective).not.toMatch(/jelly babies/);
  });
});

describe('a finding put down to a named condition', () => {
  it('is the judgement, once examined', () => {
    expect(said('clinician', 'From the Bell\'s palsy last month, the left eyelid does not close fully.')).toBe('assessment');
    expect(said('clinician', 'Because of the stroke, his left grip is weaker.')).toBe('assessment');
    expect(said('clinician', 'From the front, the left eyelid does not close fully.')).not.toBe('assessment');
  });
});

describe('who the patient lives with, hunger and a denture, in a companion\'s or patient\'s words', () => {
  it('keeps them in a long visit', () => {
    expect(said('other', 'She lives alone in a first floor flat.', 'history')).toBe('history');
    expect(said('patient', 'I\'m starving, I could eat a horse.', 'history')).toBe('history');
    expect(said('other', 'His bottom denture rubs on that side.', 'history')).toBe('history');
  });
});

describe('a colleague asked to review', () => {
  it('is kept in a plan over its budget, like a referral', () => {
    const filler = (k: number) => ({ text: `Continue mouth care twice a day and daily swallow exercises, rest, monitor the chest, and follow the diet advice sheet we gave you today at the clinic desk, step ${k}.` });
    const asked = { text: 'I\'ll ask the pharmacist to review which of her tablets can be crushed or come as a liquid.' };
    const kept = selectWithinBudget([...[1, 2, 3, 4, 5, 6, 7].map(filler), asked], 'plan');
    expect(kept.length).toBeLessThan(8);
    expect(kept.map((i) => i.text)).toContain(asked.text);
  });
});

describe('a marker that ends the sentence', () => {
  it('is not cut off as a sentence of its own', () => {
    const run = 'i will ask the chemist which of the tablets can be crushed and nothing should be taken whole with plain water in the meantime';
    expect(splitSentences(run).at(-1)).not.toBe('in the meantime');
  });
});
