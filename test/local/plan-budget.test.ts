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

describe('a long plan over its budget', () => {
  const talk = { text: 'Your blood pressure has been lovely and the swelling in the knee is much better than it was in the spring.' };

  it('keeps a longer drug change or referral over talk about the plan', () => {
    const zopiclone = { text: 'Second, the zopiclone shouldn\'t be stopped suddenly, so halve the zopiclone to 3.75 for 2 weeks and then stop it.' };
    const referral = { text: 'I\'m referring her to the strength and balance classes run by the community falls team, and to occupational therapy for a home visit.' };
    const kept = selectWithinBudget([talk, zopiclone, { ...talk }, referral, { ...talk }], 'plan', 60).map((i) => i.text);
    expect(kept).toContain(zopiclone.text);
    expect(kept).toContain(referral.text);
    expect(kept).not.toContain(talk.text);
  });

  it('does not keep a maybe about a drug ahead of what was decided', () => {
    const maybe = { text: 'They will tell us if she needs to have any intravenous iron, or maybe something else to help her body store the iron better.' };
    const decided = { text: 'I will need her to start taking her ferrous sulfate tablets with a glass of orange juice every morning.' };
    const kept = selectWithinBudget([maybe, decided], 'plan', 30).map((i) => i.text);
    expect(kept).toEqual([decided.text]);
  });

  it('drops the words that only explain before it drops an item', () => {
    const items = [
      { text: 'One, I have switched her to subcutaneous methotrexate, which is usually better tolerated, and increased the dose to 20 mg once weekly.' },
      { text: 'Third, I\'m adding dapagliflozin 10 mg once a day, which protects the heart and the kidneys.' },
    ];
    const kept = selectWithinBudget(items, 'plan', 30).map((i) => i.text);
    expect(kept).toEqual([
      'One, I have switched her to subcutaneous methotrexate, and increased the dose to 20 mg once weekly.',
      'Third, I\'m adding dapagliflozin 10 mg once a day.',
    ]);
  });

  it('leaves out a line with no clinical content rather than fill the budget with it', () => {
    const filler = { text: 'There are a few things I would like you to do.' };
    const order = { text: 'I would like you to stop the ramipril for now, and restart it once you have been eating and drinking normally for a day.' };
    const kept = selectWithinBudget([filler, order, { ...talk }], 'plan', 40).map((i) => i.text);
    expect(kept).toContain(order.text);
    expect(kept).not.toContain(filler.text);
  });

  it('keeps a plan under its budget word for word', () => {
    const items = [{ text: 'I\'m adding dapagliflozin 10 mg once a day, which protects the heart and the kidneys.' }];
    expect(selectWithinBudget(items, 'plan', 125)).toBe(items);
  });
});

describe('a long history over its budget', () => {
  it('keeps a symptom said late over talk about work', () => {
    const talk = [
      'It is a bit of a stressful period just around the end of the year at work.',
      'The patient thinks it is the good kind of stress, it is good work.',
      'The patient has been actually going to work, sort of managing.',
    ].map((text) => ({ text }));
    const sweats = { text: 'The patient forgot to mention that he is also having night sweats.' };
    const kept = selectWithinBudget([...talk, sweats], 'history', 30).map((i) => i.text);
    expect(kept).toContain(sweats.text);
  });
});
