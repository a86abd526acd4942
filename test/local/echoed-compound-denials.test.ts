import { describe, expect, it } from 'vitest';
import { readEchoedDenial } from '../../src/local/echoed-answers.js';
import type { Turn, Utterance } from '../../src/local/types.js';

const turns = (question: string): Turn[] => [{ role: 'clinician', text: question, line: 1 }, { role: 'other', text: 'x', line: 2 }];
const said = (text: string): Utterance => ({ role: 'other', text, raw: text, line: 2, turn: 1, question: false });

describe('a denial that takes up one of several questions asked together', () => {
  it('answers the question it echoes, not only the last one', () => {
    expect(readEchoedDenial(said('No skipped tablets.'), turns('Any skipped tablets? Any taken twice?'))).toBe('history');
    expect(readEchoedDenial(said('No night sweats, none.'), turns('Any night sweats? Weight change? Appetite okay?'))).toBe('history');
    expect(readEchoedDenial(said('No wheezing.'), turns('Right. Any wheezing at night? And the inhaler, how often?'))).toBe('history');
  });

  it('still goes to the risk assessment when the echoed question is about safety', () => {
    expect(readEchoedDenial(said('No plans.'), turns('Any thoughts of harming yourself? Any plans to harm yourself? Anyone at home with you?'))).toBe('risk');
  });

  it('answers nothing the questions did not ask, nor a question before a statement', () => {
    expect(readEchoedDenial(said('No idea really.'), turns('Any skipped tablets? Any taken twice?'))).toBeUndefined();
    expect(readEchoedDenial(said('No skipped tablets.'), turns('Any skipped tablets? Okay, let us move on.'))).toBeUndefined();
  });
});
