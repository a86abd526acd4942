import { describe, expect, it } from 'vitest';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import { classifyByStructure } from '../../src/local/clause-structure.js';

// Invented for these tests (no real patients).
const said = (text: string) => ({ role: 'clinician' as const, line: 1, turn: 1, text, raw: text, question: false });

describe('a two-word negative said in the exam', () => {
  it('is a finding', () => {
    for (const text of ['No crepitus.', 'No warmth.', 'No maceration.']) expect(classifyUtterance(said(text), 'exam'), text).toBe('exam');
  });

  it('unless it is talk', () => {
    for (const text of ['No worries.', 'No rush.', 'No problem.']) expect(classifyUtterance(said(text), 'exam'), text).toBeUndefined();
  });
});

describe('what to use for a named care need, said without a verb', () => {
  it('is a plan item once the plan is under way', () => {
    for (const text of ['For the itch, an antihistamine at bedtime.', 'For the swelling, compression stockings in the daytime.', 'For the wound, a foam dressing and a light bandage.']) {
      expect(classifyByStructure(text, 'plan'), text).toBe('plan');
    }
  });

  it('but a report of how something went is not', () => {
    expect(classifyByStructure('For the pain, it\'s been much better this week.', 'plan')).not.toBe('plan');
  });
});

describe('an exam step announced with an adverb', () => {
  it('is no plan', () => {
    for (const text of ['I will gently press on the heel now.', 'I\'ll quickly check the pulses in your feet.', 'We will carefully move the toe up and down.']) {
      expect(classifyByStructure(text, 'exam'), text).not.toBe('plan');
    }
  });
});

describe('a negative finding hedged by what the examiner can see or feel', () => {
  it('is still a finding', () => {
    for (const text of ['No fluctuance that I can feel.', 'No nodes I can feel.', 'No fissure that I could see on the film.']) expect(classifyUtterance(said(text), 'exam'), text).toBe('exam');
  });

  it('unless the words before the hedge are no finding', () => {
    for (const text of ['Nothing else I can see.', 'Everything I can see.']) expect(classifyUtterance(said(text), 'exam'), text).toBeUndefined();
  });
});
