import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// "How long…?" questions that name what they ask about; sentences written for this test.
const ask = (question: string, answer: string) =>
  generateLocalNote(['Doctor: What brings you in today?', "Patient: I've had a cough for two weeks.", `Doctor: ${question}`, `Patient: ${answer}`].join('\n')).subjective;

describe('a duration under the name of what it is the duration of', () => {
  it('names a condition', () => {
    expect(ask('How long have you had the diabetes?', 'For about ten years now.')).toContain('Duration of diabetes: for about 10 years now.');
  });

  it('names a condition a relative is asked about, without the hedge after it', () => {
    const s = ask('How long has she been suffering from dementia?', "For some time now, I don't know exactly.");
    expect(s).toContain('Duration of dementia: for some time now.');
    expect(s).not.toMatch(/doesn't know exactly/);
  });

  it('names a medicine as taken', () => {
    expect(ask('How long have you been on metformin?', 'About five years.')).toContain('Taking metformin: about 5 years.');
  });

  it('keeps a bare "Duration:" when the question names nothing', () => {
    const s = ask('How long has it been going on?', 'Two weeks.');
    expect(s).toContain('Duration: 2 weeks.');
    expect(s).not.toMatch(/Duration of/);
  });

  it('does not name a thing that is not clinical', () => {
    expect(ask('How long have you had the dog?', 'About ten years.')).not.toMatch(/Duration of dog/);
    expect(ask('How long have we been at it now, the garden?', 'About ten years.')).not.toMatch(/Duration of garden/);
  });

  it('names the condition said after the question, behind a comma', () => {
    expect(ask('How long have we been dressing it now, the wound?', 'About six weeks.')).toContain('Duration of wound: about 6 weeks.');
  });
});

describe('when a condition was diagnosed', () => {
  it('writes the time under the condition', () => {
    expect(ask('When did you get diagnosed with diabetes?', 'It was last fall.')).toContain('Diabetes diagnosed: last fall.');
    expect(ask('When were you diagnosed with the asthma?', 'As a kid, I think.')).toContain('Asthma diagnosed: as a kid.');
  });

  it('leaves an answer that gives no time', () => {
    expect(ask('When did you get diagnosed with diabetes?', "I don't remember.")).not.toMatch(/Diabetes diagnosed/);
  });
});
