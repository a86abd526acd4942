import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Made-up encounters: "a man with N days of X" times X, however the stretch began.
describe('a "with" before a duration opens the stretch the duration is of', () => {
  const t = [
    '[doctor] what brings you in ?',
    '[patient] this sore throat , it has been 4 days now , and i got a temperature last night .',
    '[doctor] i want to see you again in 2 weeks if it is not better .',
  ].join('\n');

  it('times the complaint in "a woman with N days of sore throat and fever"', () => {
    expect(kinds({ subjective: '34-year-old woman with 4 days of sore throat and fever since last night.' }, t)).toEqual([]);
    expect(kinds({ subjective: '34-year-old woman with 2 weeks of sore throat and fever since last night.' }, t)).toEqual(['number']);
  });

  it('times it in "presents with N days of …"', () => {
    expect(kinds({ subjective: 'Presents with 4 days of sore throat.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Presents with 2 weeks of sore throat.' }, t)).toEqual(['number']);
  });

  it('times it in "seen today with a N-day history of …"', () => {
    expect(kinds({ subjective: 'Seen today with a 4 day history of sore throat.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Seen today with a 2 week history of sore throat.' }, t)).toEqual(['number']);
  });

  it('still leaves the companions after "with" out of the stretch', () => {
    const said = '[patient] i have had a cough for 3 days .\n[patient] the fever started 1 day ago .';
    expect(kinds({ subjective: 'Cough for 3 days with fever.' }, said)).toEqual([]);
  });
});

describe('a questionnaire\'s name with its number is not the condition', () => {
  it('does not take "your GAD-7 is 12" as anxiety disorder said', () => {
    const t = '[doctor] your gad-7 today is 12 and the phq-9 is 6 .\n[patient] okay .';
    expect(kinds({ assessment: 'Generalized anxiety disorder.' }, t)).toEqual(['diagnosis']);
  });

  it('does not take "the GAD 7 came back at 4" as anxiety disorder said', () => {
    const t = '[doctor] the gad 7 questionnaire came back at 4 , which is minimal .';
    expect(kinds({ assessment: 'GAD, newly diagnosed.' }, t)).toEqual(['diagnosis']);
  });

  it('still takes the condition said in words', () => {
    const t = '[doctor] this looks like generalized anxiety disorder , and your gad-7 of 15 fits with that .';
    expect(kinds({ assessment: 'Generalized anxiety disorder, GAD-7 15.' }, t)).toEqual([]);
  });
});
