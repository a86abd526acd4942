import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isStateJudgement } from '../../src/local/state-judgements.js';

describe('judgements said in ordinary words', () => {
  it("reads the patient's state, a treatment's effect and a condition's name as judgements", () => {
    for (const text of [
      "So she's moderately dehydrated.",
      "He's a bit anaemic, I'd say.",
      "You've had a good response to the lansoprazole so far.",
      'She has made some improvement on the steroid cream.',
      'Contact dermatitis is what we call it.',
    ]) expect(isStateJudgement(text, false, false), text).toBe(true);
    expect(isStateJudgement('The splint is doing its job.', false, true)).toBe(true);
    expect(isStateJudgement("That's coming along nicely.", false, true)).toBe(true);
  });

  it('leaves a condition, a question, a report and a recap of the history alone', () => {
    for (const text of [
      "If she's dehydrated, bring her straight back.",
      'Is the cream helping?',
      "Your husband said you're a bit anaemic.",
      "He was dehydrated last time.",
    ]) expect(isStateJudgement(text, text.endsWith('?'), true), text).toBe(false);
    // Said back while the history is taken, a treatment that helps is what the patient told.
    expect(isStateJudgement('So the naproxen is helping.', false, false)).toBe(false);
  });

  it('puts the judgement in the assessment of a visit', () => {
    const n = generateLocalNote([
      'Doctor: What brings you in?',
      "Patient: I've had diarrhoea for three days and I feel weak.",
      'Doctor: Let me examine you. Your mouth is dry and your pulse is 104.',
      "Doctor: So you're mildly dehydrated. I'd like you to drink oral rehydration sachets.",
    ].join('\n'));
    expect(n.assessment).toMatch(/mildly dehydrated/);
  });
});

describe('judgements that come with their finding, or are no judgement', () => {
  it('leaves a state given with the finding that shows it, and a child picking something up, to the exam', () => {
    expect(isStateJudgement("He's slightly dehydrated, his mouth is tacky.", false, true)).toBe(false);
    expect(isStateJudgement("She's picking up the bead with two fingers.", false, true)).toBe(false);
  });
});

describe('what a result or finding is read to mean (stop 45)', () => {
  it('"the vibration test tells me you have lost sensation" and "that reading suggests he is dry" are judgements', () => {
    expect(isStateJudgement("The vibration test tells me you've lost some feeling in both feet.", false, true)).toBe(true);
    expect(isStateJudgement("That reading suggests he's a little dry.", false, true)).toBe(true);
    const n = generateLocalNote([
      'Podiatrist: Any numbness?', 'Patient: Not that I notice.',
      'Podiatrist: Let me test with the tuning fork. You felt it at the ankles but not the toes.',
      "Podiatrist: So that result tells me you've got reduced vibration sense in the toes.",
      'Podiatrist: I will see you again in three months.',
    ].join('\n'), { specialty: 'podiatrist' });
    expect(n.assessment).toMatch(/reduced vibration sense/);
  });

  it('leaves a person\'s report ("your wife tells me you have been falling") and a condition alone', () => {
    expect(isStateJudgement("Your wife tells me you've been falling at night.", false, true)).toBe(false);
    expect(isStateJudgement("If the result tells me you've got an infection, I'll ring you.", false, true)).toBe(false);
  });
});
