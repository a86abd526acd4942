import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const numbers = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'number');

// PriMock57 dev (day 1): the complaint's "two days" and a recap of it a few turns after the talk of periods.
const visit = [
  'Doctor: When did your symptoms all start?',
  'Patient: About two days ago.',
  'Doctor: And whereabouts in your tummy is the pain?',
  'Patient: Like below my belly button.',
  'Doctor: When was your last period?',
  'Patient: Uh, my last period was about, three weeks ago. I mean, two weeks ago.',
  'Doctor: Is there any chance you could be pregnant?',
  "Patient: I don't suspect so.",
  "Doctor: OK. So, just to summarize, it's really for the last couple of days, it's tummy pain that's really affected you.",
].join('\n');

describe('the time of a life event (the last period) is its own', () => {
  it('is not supported by the complaint\'s time, said alone or in a recap near the talk of periods', () => {
    expect(numbers('LMP 2/7 ago', visit).map((f) => f.reason)).toEqual([expect.stringContaining('"2 days" does not appear')]);
  });

  it('is supported by the time said of it', () => {
    expect(numbers('LMP 2/52 ago', visit)).toEqual([]);
    expect(numbers('Last menstrual period two weeks ago.', visit)).toEqual([]);
  });

  it('leaves the complaint\'s own time supported', () => {
    expect(numbers('2/7 hx of lower abdominal pain.', visit)).toEqual([]);
  });
});
