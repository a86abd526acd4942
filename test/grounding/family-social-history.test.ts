import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { isFamilyStatement } from '../../src/grounding/family-history-check.js';

const history = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'history');

describe('family history', () => {
  const fh = [
    '[doctor] does anything run in the family ?',
    '[patient] my mom had breast cancer , and my dad has type 2 diabetes .',
  ].join('\n');

  it('catches a relative or a condition changed, and a relative added', () => {
    expect(history('FH: sister - breast cancer, father - type 2 diabetes.', fh)).toHaveLength(1);
    expect(history('Mother: ovarian cancer.', fh)).toHaveLength(1);
    expect(history('FH: mother - breast cancer; brother had a stroke at 52.', fh).length).toBeGreaterThanOrEqual(1);
    expect(history('FH: Dad died of pancreatic cancer, mother - diabetes.', '[patient] my dad died of bowel cancer , and mum has diabetes .')).toHaveLength(1);
  });

  it('passes what was said, in everyday words and through a parent', () => {
    expect(history('FH: mother - breast cancer, father - type 2 diabetes.', fh)).toEqual([]);
    expect(history('There is a family history of melanoma in her mother and maternal aunt.', '[patient] my mom and her sister , i think they both had melanoma .')).toEqual([]);
    expect(history('She does have a family history of colon cancer in her mother.', '[doctor] do you have any history of colon cancer ?\n[patient] i do not , but i think my mother did .')).toEqual([]);
    // A parent speaking for a child calls the child's brother "my son".
    expect(history('The brother is also sick with URI symptoms.', 'Doctor: Is anyone else in the family sick?\nGuest_family: My son has an upper respiratory infection.')).toEqual([]);
  });

  it('catches a condition the conversation denies in the family, though the patient has it', () => {
    const mood = [
      'Doctor: How has your mood been?',
      "Patient: I've been feeling really depressed since the winter.",
      'Doctor: And you mentioned your father passed away. Any depression or anything like that running in your family?',
      'Patient: No, nothing of that sort.',
    ].join('\n');
    expect(history('FHx: Father - depression.', mood)).toHaveLength(1);
    expect(history('FHx: No depression in the family.', mood)).toEqual([]);
    const told = 'Doctor: Any depression in the family?\nPatient: Yes, my dad had depression for years.';
    expect(history('FHx: Father - depression.', told)).toEqual([]);
    expect(history('FH: Mother - depression.', 'Patient: No depression in my family, but my mum has had depression on and off.')).toEqual([]);
  });

  it('reads only statements about relatives\' illnesses, not a relative who reports', () => {
    expect(isFamilyStatement('FH: father - colon Ca')).toBe(true);
    expect(isFamilyStatement('He has no family history of gastrointestinal cancer; however, his sister has irritable bowel syndrome (IBS).')).toBe(true);
    expect(isFamilyStatement('The mother has also reported irregular breathing, which she describes as rapid.')).toBe(false);
    expect(isFamilyStatement('Mom did note that an episode had happened outside of a store recently.')).toBe(false);
    expect(history('No family history of colon cancer.', '[doctor] any bowel problems in the family ?\n[patient] no .')).toEqual([]);
    expect(history("Per dad, he's had a cough that sounds like a seal for two nights.", "[doctor] how long has he had the cough ?\n[guest] two nights now .")).toEqual([]);
    expect(history('Per the daughter, she coughs with almost every sip of water or coffee.', '[guest] she coughs with almost every sip .')).toEqual([]);
  });
});

describe('social history', () => {
  const sh = [
    '[doctor] what do you do for work ?',
    "[patient] i'm an accountant .",
    '[doctor] do you smoke or drink ?',
    '[patient] i smoke maybe five cigarettes a day , and i drink a beer or two on the weekends .',
  ].join('\n');

  it('catches an occupation, an amount, heavy drinking or a drug nobody spoke of', () => {
    expect(history('SH: works as a nurse.', sh)).toHaveLength(1);
    expect(history('The patient currently smokes 15 cigarettes per day.', sh)).toHaveLength(1);
    expect(history('He reports consuming 1 to 6 beers on weekends.', sh)).toHaveLength(1);
    expect(history('Drinks a bottle of wine a day.', sh)).toHaveLength(1);
    expect(history('Uses cannabis daily.', sh)).toHaveLength(1);
  });

  it('passes what was said, vague counts included, and leaves denials and units alone', () => {
    expect(history('SH: works as an accountant. Smokes 5 cigarettes a day. Drinks 1 to 2 beers on weekends.', sh)).toEqual([]);
    expect(history('Drinks 2 beers once a week.', '[patient] i have a couple of beers on saturdays after work .')).toEqual([]);
    expect(history('Denies recreational drug use. Social EtOH <14 units/week.', sh)).toEqual([]);
    expect(history('Employed in healthcare, supports Covid evaluation centers and clinics.', '[patient] at work , we opened the evaluation centers and the covid clinic .')).toEqual([]);
    expect(history('Coffee, the patient does drink a lot of coffee, probably five or six cups a day.', '[patient] i drink a lot of coffee , five or six cups a day .')).toEqual([]);
    expect(history('He also reports a history of heavy alcohol use.', '[patient] i used to drink a lot , like a bottle of vodka a day .')).toEqual([]);
  });
});

const readTravel = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'history').map((f) => f.kind);

describe('where the patient travelled', () => {
  const t = "Doctor: Any travel recently?\nPatient: Yes, I got back from Kenya about three weeks ago, visiting my sister.";
  const travelled = (subjective: string) => readTravel(subjective, t);

  it('catches a country the patient never named', () => {
    expect(travelled('Recently returned from a trip to Nigeria.')).toEqual(['history']);
    expect(travelled('Travelled to Thailand 3 weeks ago.')).toEqual(['history']);
  });

  it('passes the place said, and places that are no travel', () => {
    expect(travelled('Returned from Kenya 3 weeks ago after visiting family.')).toEqual([]);
    expect(travelled('Born in India, moved to the UK in 2001.')).toEqual([]);
    expect(checkGrounding({ subjective: 'Flew back from Holland last week.' }, 'Patient: I was in Amsterdam for work last week.').filter((f) => f.kind === 'history')).toEqual([]);
  });
});

describe('when the patient travelled', () => {
  const t = 'Doctor: Have you been abroad at all?\nPatient: Yes.\nDoctor: Where to?\nPatient: Spain, but that was back in the spring, about six months ago.';
  const travelled = (subjective: string) => readTravel(subjective, t);

  it('catches a trip dated other than the conversation dates it', () => {
    expect(travelled('Returned from Spain 1 week ago.')).toEqual(['history']);
    expect(travelled('Travelled to Spain 2 years ago.')).toEqual(['history']);
  });

  it('passes the time said, roughly, and a conversation that gives none', () => {
    expect(travelled('Holiday in Spain 6 months ago.')).toEqual([]);
    expect(travelled('Travelled to Spain 5 months ago.')).toEqual([]);
    expect(checkGrounding({ subjective: 'Returned from Spain 1 week ago.' }, 'Patient: I was in Spain recently.').filter((f) => f.kind === 'history')).toEqual([]);
  });
});
