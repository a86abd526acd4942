import { describe, expect, it } from 'vitest';
import { commitsToAct } from '../../src/local/commitments.js';
import { contactsColleague } from '../../src/local/care-handoffs.js';
import { keepsUndertakings, selectWithinBudget } from '../../src/local/select-within-budget.js';

describe('an undertaking the clinician makes', () => {
  it('is a plan item in several phrasings', () => {
    expect(commitsToAct("Third, I'll fill out the bus pass form with you.")).toBe(true);
    expect(commitsToAct("In the meantime we'll look into a grab rail for the bathroom.")).toBe(true);
    expect(commitsToAct("I'm going to contact the housing office about the damp.")).toBe(true);
    expect(commitsToAct('Next, I will register you with the food pantry.')).toBe(true);
  });

  it('is no item when it is talk, a question, or a leaflet handed over', () => {
    expect(commitsToAct("I'll ask you a few more questions first.")).toBe(false);
    expect(commitsToAct("Shall I set up the carer's assessment?")).toBe(false);
    expect(commitsToAct("I'll give you a sheet with all of this.")).toBe(false);
    expect(commitsToAct('You could apply for the bus pass yourself.')).toBe(false);
  });

  it('survives a plan over its budget where undertakings are the items, and only there', () => {
    const plan = [
      'Money is very tight at the moment and the heating has been off most evenings this month, which worries me a great deal.',
      "First, I'll help you apply for the council tax reduction, which should take some pressure off.",
      'There is a carers group at the library on Tuesday mornings and many people find it useful to talk to others who understand.',
      "Third, I'll do the blue badge application so parking near the hospital is easier.",
      'It is really important that you look after yourself too, because you cannot pour from an empty cup, as people say.',
      "In the meantime, I'll look into a pendant alarm for her in case she falls.",
    ].map((text) => ({ text }));
    const long = selectWithinBudget(plan, 'plan', 30, true).map((p) => p.text).join(' ');
    expect(long).toMatch(/council tax/);
    expect(long).toMatch(/blue badge/);
    expect(long).toMatch(/pendant alarm/);
    expect(selectWithinBudget(plan, 'plan', 30, false).length).toBeLessThan(3);
    expect(keepsUndertakings('behavioural')).toBe(true);
    expect(keepsUndertakings('pharmacy')).toBe(true);
    expect(keepsUndertakings('medical')).toBe(false);
  });
});

describe('a colleague sent a message', () => {
  it('is a care handoff, however the message is sent', () => {
    expect(contactsColleague("I'll send a message to your GP about the new dose.")).toBe(true);
    expect(contactsColleague("We'll send an update to Dr. Okafor today.")).toBe(true);
    expect(contactsColleague('I sent a note to the practice nurse this morning.')).toBe(true);
    expect(contactsColleague('Did you send the forms to your doctor?')).toBe(false);
  });
});
