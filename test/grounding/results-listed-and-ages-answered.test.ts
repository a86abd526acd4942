import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('a result said before the tests it covers', () => {
  const t = 'Doctor: The swab came back positive for chlamydia, and negative for gonorrhoea and trichomonas.\nPatient: Oh no.';

  it('passes the results as said', () => {
    expect(reasons({ objective: 'Swab: chlamydia positive, gonorrhoea negative, trichomonas negative.' }, t)).toEqual([]);
  });

  it('flags a result turned over', () => {
    expect(reasons({ objective: 'Swab: chlamydia positive, trichomonas positive.' }, t).join(' ')).toMatch(/trichomonas/);
    expect(reasons({ objective: 'Swab: chlamydia negative.' }, t).join(' ')).toMatch(/chlamydia/);
  });

  it('does not read a denied "positive for"', () => {
    const denied = 'Doctor: The stool sample was not positive for salmonella, we are still waiting on the rest.\nPatient: OK.';
    expect(reasons({ objective: 'Stool culture: salmonella negative.' }, denied)).toEqual([]);
  });
});

describe('an age given as the answer to "how old"', () => {
  const t = 'Nurse: And how old is he now?\nMother: Seven.\nNurse: And he has been coughing for how long?\nMother: About a week.';

  it('passes the age said', () => {
    expect(reasons({ subjective: '7M with cough for 1 week.' }, t)).toEqual([]);
  });

  it('flags another age', () => {
    expect(reasons({ subjective: '9M with cough for 1 week.' }, t).join(' ')).toMatch(/age 9/);
  });

  it('leaves an age from the chart alone where none was asked', () => {
    const unasked = 'Nurse: How long has he been coughing?\nMother: About a week, and he had 2 days off school.';
    expect(reasons({ subjective: '9M with cough for 1 week.' }, unasked)).toEqual([]);
  });
});
