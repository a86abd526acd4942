import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import type { Utterance } from '../../src/local/types.js';

// Visits written for these tests (invented animals, owners and patients).
const said = (role: Utterance['role'], text: string): Utterance => ({ role, line: 1, turn: 1, text, raw: text, question: false });

describe('an owner\'s or parent\'s plain words for what comes out and how the body is held', () => {
  it('keeps "no stools", "hunched", "drooling" and the teeth in a long visit, where plain talk is dropped', () => {
    expect(classifyUtterance(said('other', 'And there have been no stools since Sunday.'), 'history', false)).toBe('history');
    expect(classifyUtterance(said('other', 'She sits hunched up under the table.'), 'history', false)).toBe('history');
    expect(classifyUtterance(said('other', 'He keeps drooling on his bedding.'), 'history', false)).toBe('history');
    expect(classifyUtterance(said('other', 'She is grinding her teeth at night.'), 'history', false)).toBe('history');
    expect(classifyUtterance(said('other', 'We went to the beach on Saturday.'), 'history', false)).toBeUndefined();
  });
});

describe('a weight called for with "straight onto the scales"', () => {
  it('reads the nurse\'s bare "4.6 kilos." after it as the weight', () => {
    const n = generateLocalNote([
      'Vet: Hello, what brings Pickle in today?',
      'Owner: He has been scratching his ears all week.',
      'Vet: Right. Straight onto the scales, please.',
      'Vet Nurse (Jo): 4.6 kilos.',
      'Vet: Thank you. Ears next.',
    ].join('\n'), { specialty: 'veterinary' });
    expect(n.objective).toMatch(/Weight 4\.6 kg/);
  });
});

describe('"what I think is going on is…" opens the judgement', () => {
  it('places what the animal will need afterwards in the plan', () => {
    const n = generateLocalNote([
      'Vet: What has been happening with Luna?',
      'Owner: She stopped eating her biscuits on Monday and drools a lot.',
      'Vet: Let me have a look in her mouth. There is heavy tartar on the back teeth and a red gum line.',
      'Vet: So what I think is going on is that Luna has dental disease, and her mouth is sore.',
      'Owner: Oh dear.',
      'Vet: Once she is eating again, she will need a scale and polish under sedation, to clean those teeth.',
    ].join('\n'), { specialty: 'veterinary' });
    expect(n.plan).toMatch(/scale and polish under sedation/);
  });
});

describe('a long plan over its budget', () => {
  it('keeps when to come back when it names the day ("recheck her on Friday") rather than a count of weeks', () => {
    const filler = (k: number) => ({ text: `Keep the bedding dry and warm and offer water from a bowl as well as the bottle, ${'and a little more '.repeat(3)}item ${k}.` });
    const items = [...[1, 2, 3, 4, 5, 6, 7].map(filler), { text: 'I would like to recheck her on Friday, first thing.' }];
    const kept = selectWithinBudget(items, 'plan');
    expect(kept.length).toBeLessThan(items.length);
    expect(kept.map((i) => i.text)).toContain('I would like to recheck her on Friday, first thing.');
  });
});
