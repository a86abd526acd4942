import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/grounding/answer-reading.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { splitTokens } from '../../src/grounding/tokenize.js';

const answer = (text: string) => readAnswer(splitTokens(text));
const negations = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'negation');

describe('answers that flip a pertinent negative', () => {
  it('a yes-word before "not" is an emphatic no', () => {
    expect(answer('absolutely not')).toBe('no');
    expect(answer('Definitely not, no.')).toBe('no');
    expect(answer('probably not')).toBe('no');
    expect(answer('absolutely')).toBe('yes');
  });

  it('"not currently", "not as far as i know", "not any" deny; "a few times", "once or twice" affirm', () => {
    expect(answer('Not currently, no.')).toBe('no');
    expect(answer('not as far as i know')).toBe('no');
    expect(answer('not any that i have seen')).toBe('no');
    expect(answer('a few times last week')).toBe('yes');
    expect(answer('once or twice')).toBe('yes');
    expect(answer('not as bad as before')).toBe('unknown');
  });

  const asked = '[doctor] any fever ?\n[patient] absolutely not .\n[doctor] and nausea ?\n[patient] once or twice , after meals .';
  it('catches "Reports fever" when the patient said "absolutely not", and "Denies nausea" when it came "once or twice"', () => {
    expect(negations('Reports fever.', asked).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "fever"')]);
    expect(negations('Denies nausea.', asked).map((f) => f.reason)).toEqual([expect.stringContaining('denies "nausea"')]);
  });

  it('passes the note that says what the patient said', () => {
    expect(negations('Denies fever. Reports nausea.', asked)).toEqual([]);
  });
});
