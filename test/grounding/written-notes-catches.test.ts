import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Issue 15: social and family history changes the development split's natural-kinds table missed, each with the
// faithful wording passing and the changed one caught. Transcript lines shortened from PriMock57 and ACI-Bench train.
describe('social and family history changed', () => {
  it('does not take drinking "a lot more when I was younger" or fluids one "can\'t drink" as heavy drinking now', () => {
    const past = "Doctor: And do you drink much in the way of alcohol?\nPatient: Once in a while. I'd say a few beers per week. I used to drink a lot more when I was younger.";
    expect(kinds({ subjective: 'Non-smoker, social EtOH.' }, past)).toEqual([]);
    expect(kinds({ subjective: 'Non-smoker, drinks a bottle of wine a day.' }, past)).toEqual(['history']);
    const fluids = "Patient: I can't really drink too much, so I feel very dehydrated.\nDoctor: Do you smoke or drink alcohol?\nPatient: Not really, I drink infrequently, like socially.";
    expect(kinds({ subjective: 'Nil smoking, drinks a bottle of wine a day.' }, fluids)).toEqual(['history']);
    const daily = '[doctor] how are you doing with your blood pressure?\n[patient] i do take my medicine daily . but you know that burger and wine , every once in a while , sneaks in there .';
    expect(kinds({ subjective: 'He does admit to drinks a bottle of wine a day and eating burgers.' }, daily)).toEqual(['history']);
  });

  it('reads "who\'s at home with you?" and a confirmed recap of who the patient lives with', () => {
    const flat = "Doctor: And tell me a bit more about your home situation. Who's at home with you?\nPatient: Um, so I live in a flat near my college, with a couple of like friends of mine.";
    expect(kinds({ subjective: 'SH: lives in a flat with friends, student.' }, flat)).toEqual([]);
    expect(kinds({ subjective: 'SH: lives alone, student.' }, flat)).toEqual(['contradiction']);
    const recap = "[doctor] okay . and you live with your roommate , no history of tobacco .\n[patient] that's correct .";
    expect(kinds({ subjective: 'Lives with a roommate.' }, recap)).toEqual([]);
    expect(kinds({ subjective: 'Lives alone.' }, recap)).toEqual(['contradiction']);
  });

  it('does not read "fit and well" as fits, nor a quote mark as part of a condition', () => {
    const t = 'Doctor: Are you otherwise fit and well?\nPatient: Yeah.\nDoctor: Anyone in the family with migraines?\nPatient: My mum and my sister get them.';
    expect(kinds({ subjective: 'FH: mother and sister - migraines' }, t)).toEqual([]);
    expect(kinds({ subjective: 'FH: mother and sister - epilepsy' }, t)).toEqual(['history']);
    const heart = 'Patient: My dad had heart disease, he had a bypass.';
    expect(kinds({ subjective: "FH: father hs ‘heart disease'" }, heart)).toEqual([]);
    expect(kinds({ subjective: "FH: father hs ‘epilepsy'" }, heart)).toEqual(['history']);
  });
});
