import { describe, expect, it } from 'vitest';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('the plan\'s word budget in a long visit', () => {
  it('keeps a short order or referral over long talk about the plan', () => {
    const talk = { text: 'Your blood pressure medicine, lisinopril, is working well and the swelling and pain in the knee are better.' };
    const items = [talk, { text: 'I am referring you to the falls clinic.' }, { ...talk }, { text: 'We will book you in with the nurse in two weeks.' }, { ...talk }];
    const kept = selectWithinBudget(items, 'plan', 50).map((i) => i.text);
    expect(kept).toContain('I am referring you to the falls clinic.');
    expect(kept).toContain('We will book you in with the nurse in two weeks.');
    expect(kept.length).toBeLessThan(items.length);
  });

  it('keeps an order said at GP length (up to sixteen words) over long talk', () => {
    const talk = { text: 'Your blood pressure medicine, lisinopril, is working well and the swelling and pain in the knee are better.' };
    const diary = { text: 'And I would like to see you back in four weeks to go over the diary.' };
    const kept = selectWithinBudget([talk, { ...talk }, diary, { ...talk }], 'plan', 40).map((i) => i.text);
    expect(kept).toContain(diary.text);
  });

  it('leaves out talk about the visit\'s own course', () => {
    const n = generateLocalNote([
      'Doctor: How has the knee been?',
      'Patient: Sore on the stairs.',
      "Doctor: I'm going to be calling out some of my exam findings. There's mild swelling of the right knee.",
      'Doctor: Let me tell you a little bit about my assessment and plan.',
      'Doctor: This looks like a sprain. We will get you scheduled for.',
      'Doctor: This is what I will do.',
      "Doctor: I'm referring you to physiotherapy.",
    ].join('\n'));
    expect(n.plan).toMatch(/physiotherapy/);
    expect([n.objective, n.plan].join('\n')).not.toMatch(/calling out|assessment and plan|scheduled for\.|what I will do/i);
  });
});
