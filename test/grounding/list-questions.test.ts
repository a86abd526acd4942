import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const negations = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'negation');

describe('a question that only closes the list before it ("anything like that ?")', () => {
  const closed = "[doctor] okay . all right . and any weight loss ? anything like that ?\n[patient] no , not that i've noticed .";
  it('is no later question: the "no" still denies the weight loss', () => {
    expect(negations('Constitutional: Reports weight loss.', closed).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "weight loss"')]);
    expect(negations('Constitutional: Denies weight loss.', closed)).toEqual([]);
  });

  it('a later question of its own words still takes the answer', () => {
    const other = '[doctor] and any weight loss ? are you eating okay ?\n[patient] no , not really .';
    expect(negations('Reports weight loss.', other)).toEqual([]);
  });
});

describe('one list asked in several questions ("… or night sweats ? coughs ?")', () => {
  const listed = '[doctor] okay . and any type of weight loss or decreased appetite or night sweats ? coughs ?\n[patient] uh , slightly decreased appetite , but i wish i had some weight loss .';
  it('an answer that names some items leaves the bare last one denied', () => {
    expect(negations('The patient also reports a cough.', listed).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "cough"')]);
    expect(negations('The patient also denies night sweats, or a cough.', listed)).toEqual([]);
  });

  it('a "yes" still answers the last question, and a later question of other words is no part of the list', () => {
    expect(negations('Reports a cough.', '[doctor] any fever ? cough ?\n[patient] yes .')).toEqual([]);
    const asked = "[doctor] any fever ? how's your appetite ?\n[patient] appetite's fine , a bit of a cough though .";
    expect(negations('Reports fever.', asked)).toEqual([]);
  });
});

describe('"not those" answers a list question', () => {
  const those = '[doctor] okay , alright . and can i just double check have you gotten any cough or cold or sore throat or anything like that ?\n[patient] mmm , not those sort of symptoms , really .';
  it('denies each item', () => {
    expect(negations('Reports cough.', those).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "cough"')]);
    expect(negations('No cough, sore throat, runny nose.', those)).toEqual([]);
  });
});
