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

describe('dates and doses', () => {
  it('does not read a month and year ("diagnosed in 12-2019") as a range that supports any dose', () => {
    const t = 'Doctor: She was diagnosed with anaemia in 12-2019 and takes ferrous fumarate 210 milligrams daily.';
    expect(kinds({ subjective: 'Ferrous fumarate 210 mg daily.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Ferrous fumarate 420 mg daily.' }, t)).toEqual(['number']);
  });

  it('reads a dose said with a pause or a false start after the hundreds', () => {
    expect(kinds({ subjective: 'Takes aspirin 325 mg.' }, 'Doctor: and the aspirin is three hundred , twenty five milligrams ?\nPatient: yes .')).toEqual([]);
    expect(kinds({ subjective: 'Ferrous sulfate 325 mg.' }, 'Doctor: on ferrous sulfate , three hundred , twenty fi- 25 milligrams by mouth .')).toEqual([]);
    expect(kinds({ subjective: 'Ferrous sulfate 300 mg.' }, 'Doctor: on ferrous sulfate , three hundred , twenty fi- 25 milligrams by mouth .')).toEqual(['number']);
  });
});

describe('symptoms "since onset"', () => {
  const t = 'Doctor: Any sickness?\nPatient: I feel sick, but I have not vomited.';

  it('reads a symptom said since the onset or presentation as had now', () => {
    expect(kinds({ subjective: 'Nausea and vomiting since onset.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Nausea, no vomiting since the onset of pain.' }, t)).toEqual([]);
  });

  it('still reads "since" a time as a time course', () => {
    expect(kinds({ subjective: 'Vomiting since Tuesday, now settled.' }, t)).toEqual([]);
  });
});

describe('ratings and answers that name another item', () => {
  it('does not take a count of minutes after "heart rate" as a rating out of ten', () => {
    const t = 'Doctor: How would you rate the pain out of ten?\nPatient: About seven.\nDoctor: The crew will check your blood pressure and heart rate.\nDoctor: They should be there within a couple of minutes.';
    expect(kinds({ subjective: 'Chest pain 7/10.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Chest pain 3/10.' }, t)).toEqual(['number']);
  });

  it('lets the patient\'s own "yes, i did" outweigh an answer that named only the other item', () => {
    const t = [
      'Patient: I have had a little vaginal bleeding, light pink.',
      'Doctor: Any other discharge, or just the slight bleeding?',
      'Patient: Just a small vaginal discharge.',
    ].join('\n');
    expect(kinds({ subjective: 'Light vaginal bleeding and some discharge.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'No vaginal bleeding.' }, t)).toEqual(['negation']);
  });
});
