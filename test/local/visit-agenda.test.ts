import { describe, expect, it } from 'vitest';
import { dropVisitAgenda, isVisitAgenda } from '../../src/local/visit-agenda.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';

describe("the visit's own agenda, said where the plan is read", () => {
  it('reads an exam announced, results read in the room, staff coming in and a courtesy as agenda', () => {
    for (const line of [
      "Okay, so I'm going to go ahead and examine you now.",
      'We will just do a brief examination of your chest.',
      "Let me take a quick look at that ankle.",
      "We'll go ahead, let's go over your lab work.",
      "I'd like to review her vital signs first.",
      'Alright, my medical assistant is going to come in.',
      'It was lovely to meet you both.',
      'Thank you so much for coming in.',
    ]) expect(isVisitAgenda(line), line).toBe(true);
  });

  it('keeps what is ordered, booked or to be reviewed later', () => {
    for (const line of [
      "We'll go over your results when they're back next week.",
      "I'm going to order an MRI of the lower back.",
      "Let's get a repeat blood count in a month.",
      "I'd like you to see the physio twice a week.",
      'The nurse will give you the flu vaccine before you leave.',
      "Let's review the inhaler technique at the follow-up.",
    ]) expect(isVisitAgenda(line), line).toBe(false);
  });

  it('drops agenda lines from a plan, but never empties it', () => {
    const plan = [
      { text: "Let's do a quick physical exam." },
      { text: 'Start amoxicillin 500 mg three times a day for a week.' },
      { text: 'Good to see you.' },
    ];
    expect(selectWithinBudget(plan, 'plan').map((p) => p.text)).toEqual(['Start amoxicillin 500 mg three times a day for a week.']);
    const onlyAgenda = [{ text: 'The assistant will be in shortly.' }];
    expect(dropVisitAgenda(onlyAgenda)).toEqual(onlyAgenda);
  });

  it('leaves the other blocks alone', () => {
    const history = [{ text: "I'd like to do a quick exam, he said last time." }];
    expect(selectWithinBudget(history, 'history')).toEqual(history);
  });
});
