import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Issue 15, fourteenth round: natural errors missed on held-out notes (social history, a dose, a symptom flipped).
// The sentences are written for these tests; each pair shows the clinician's wording passing and a changed fact caught.
describe('how often the patient drinks', () => {
  const yearly = 'Doctor: Do you drink at all?\nPatient: Hardly, maybe a glass of wine twice a year at Christmas.\nDoctor: And you take the metformin twice a day?\nPatient: Yes.';

  it('catches a daily or weekly habit where the patient drinks a couple of times a year', () => {
    expect(kinds({ subjective: 'Drinks wine 2 times a day.' }, yearly)).toEqual(['history']);
    expect(kinds({ subjective: 'Alcohol: 3-4 times per week.' }, yearly)).toEqual(['history']);
  });

  it('passes the frequency said, a rough restatement of it, and frequencies of other things', () => {
    expect(kinds({ subjective: 'Drinks alcohol once or twice a year.' }, yearly)).toEqual([]);
    expect(kinds({ subjective: 'Takes metformin twice a day, drinks rarely.' }, yearly)).toEqual([]);
    const weekly = 'Doctor: How often do you have a drink?\nPatient: A couple of beers, maybe three times a week.';
    expect(kinds({ subjective: 'Drinks beer 2-4 times a week.' }, weekly)).toEqual([]);
    // The conversation gives no frequency of drink: nothing to compare with.
    expect(kinds({ subjective: 'Drinks alcohol 3 times a week.' }, 'Doctor: Do you drink?\nPatient: Socially, yes.')).toEqual([]);
  });
});
