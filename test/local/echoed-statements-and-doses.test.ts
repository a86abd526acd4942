import { describe, expect, it } from 'vitest';
import { readEchoedStatement } from '../../src/local/echoed-answers.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import type { Turn, Utterance } from '../../src/local/types.js';

const turns = (question: string): Turn[] => [{ role: 'clinician', text: question, line: 1 }, { role: 'other', text: 'x', line: 2 }];
const said = (text: string): Utterance => ({ role: 'other', text, raw: text, line: 2, turn: 1, question: false });
const clinician = (text: string): Utterance => ({ role: 'clinician', text, raw: text, line: 3, turn: 2, question: false });

describe('a short answer in the question\'s own words', () => {
  it('states what was asked, in several shapes', () => {
    expect(readEchoedStatement(said('Outdoors mostly.'), turns('Does he go outdoors? Any other dogs at home?'))).toBe(true);
    expect(readEchoedStatement(said('Night shifts, three a week.'), turns('Are you still on night shifts?'))).toBe(true);
    expect(readEchoedStatement(said('Formula only now.'), turns('Breast or formula? How many feeds a day?'))).toBe(true);
  });

  it('is no statement when it only agrees, denies, places, or answers a safety question', () => {
    expect(readEchoedStatement(said('Yes, outdoors mostly.'), turns('Does he go outdoors?'))).toBe(false);
    expect(readEchoedStatement(said('On the left side.'), turns('Where is the pain worst?'))).toBe(false);
    expect(readEchoedStatement(said('Thoughts come and go.'), turns('Any thoughts of harming yourself?'))).toBe(false);
    expect(readEchoedStatement(said('Outdoors mostly.'), turns('Does he go outdoors? Okay, good.'))).toBe(false);
  });
});

describe('a drug with its dose and how often, once the plan is under way', () => {
  it('is prescribed, though a reading names what it treats', () => {
    expect(classifyUtterance(clinician('For the heart rate, bisoprolol 2.5 mg once a day with breakfast.'), 'plan')).toBe('plan');
    expect(classifyUtterance(clinician('For his temperature, paracetamol 250 mg every six hours.'), 'plan')).toBe('plan');
    expect(classifyUtterance(clinician('Salbutamol 2 puffs every four hours while the wheeze lasts.'), 'plan')).toBe('plan');
  });
});
