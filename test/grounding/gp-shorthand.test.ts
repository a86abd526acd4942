import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// GP shorthand notes written for PriMock57-style consultations (CC BY 4.0, Papadopoulos Korfiatis et al. 2022),
// shortened. Each case shows the GP's wording passing and the same kind of fact, changed, still caught.
describe('GP shorthand times', () => {
  const sex = [
    'Doctor: When was the last time you had unprotected sex?',
    'Patient: I mean unprotected as in no condoms?',
    'Doctor: Yeah, exactly.',
    "Patient: I dunno, I guess, a week ago, two weeks ago, quite.",
    'Doctor: Yep, a week ago, OK all right. And when was your last period?',
    'Patient: Two weeks ago.',
    'Doctor: Two weeks ago, OK.',
  ].join('\n');

  it('reads "UPSI" as the unprotected sex the conversation asks about', () => {
    expect(kinds({ subjective: 'Last UPSI ~1/52 ago. LMP 2/52.' }, sex)).toEqual([]);
    expect(kinds({ subjective: 'Last UPSI 3/52 ago. LMP 2/52.' }, sex)).toEqual(['number']);
  });

  it('does not count a time that says the claimed value as a rival to it', () => {
    const t = "Patient: I dunno, we've just kind of agreed.\nDoctor: Yep, a week ago, OK all right.";
    expect(kinds({ subjective: 'Last UPSI 1/52 ago.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Last UPSI 2/52 ago.' }, t)).toEqual(['number']);
  });

  it('reads a half in shorthand: "1.5/52 ago" is a week and a half ago', () => {
    const t = 'Patient: I smoked weed for the first time, like a week and a half ago.';
    expect(kinds({ subjective: 'Smoked cannabis once ~1.5/52 ago at a party.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Smoked cannabis once 2.5/52 ago at a party.' }, t)).toEqual(['number']);
  });
});

describe('GP shorthand counts past the period', () => {
  it('reads "10/7" as ten days and "18/12" as eighteen months', () => {
    expect(kinds({ subjective: 'Vomiting for 10/7.' }, 'Patient: The vomiting started about ten days ago.')).toEqual([]);
    expect(kinds({ subjective: 'Vomiting for 14/7.' }, 'Patient: The vomiting started about ten days ago.')).toEqual(['number']);
    expect(kinds({ subjective: '18/12 hx of knee pain.' }, 'Patient: My knee has hurt for about a year and a half.')).toEqual([]);
  });
});

describe('a duration said of "symptoms"', () => {
  const t = [
    'Doctor: So tell me a bit more about it please.',
    'Patient: Yeah, about two to three days ago, I was running with a friend and found myself short of breath.',
    'Doctor: OK. When was your last asthma review?',
    'Patient: About two years ago.',
    'Doctor: Two years ago. And are you wheezy?',
    'Patient: Yes, a bit.',
  ].join('\n');

  it('takes the time the history gives as the complaint\'s', () => {
    expect(kinds({ subjective: 'Symptoms for 2-3 days.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Sx for 5/7.' }, t)).toEqual(['number']);
  });
});

describe('GP shorthand lists', () => {
  const t = [
    'Doctor: With those symptoms, any nausea, vomiting?',
    'Patient: No, not at all.',
    'Doctor: Any fevers or temperatures?',
    'Patient: No, no, no fever, no.',
  ].join('\n');

  it('keeps a "Denies" list going past "N+V"', () => {
    expect(kinds({ subjective: 'Denies N+V, fevers, loin pain.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Denies N+V. Fevers.' }, t)).toEqual(['negation']);
  });
});

describe('GP "nil" after an item', () => {
  const t = [
    "Patient: It's just been coughing, and like, general runny nose, and stuff.",
    "Doctor: Are you bringing up any phlegm at all?",
    "Patient: No, no, it's like a dry cough.",
  ].join('\n');

  it('reads "nil" before another word as heading a new item, not closing the one before', () => {
    expect(kinds({ subjective: 'Dry cough, nil sputum/haemoptysis.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Runny nose, nil different.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Dry cough - nil.' }, t)).toEqual(['negation']);
    expect(kinds({ subjective: 'Runny nose: nil. Sputum: nil.' }, t)).toEqual(['negation']);
  });
});

describe('doses the prescriber writes', () => {
  const t = [
    'Doctor: Something called either Nitrofurantoin, or Trimethoprim, and it is normally a three day course.',
    'Doctor: So, one tablet, twice a day, for three days.',
  ].join('\n');

  it('takes a strength the conversation never gives for a drug it names as the prescription', () => {
    expect(kinds({ plan: 'Rx nitrofurantoin 100mg BD 3/7.' }, t)).toEqual([]);
  });

  it('still catches a strength that differs from the one said', () => {
    const said = `${t}\nDoctor: Nitrofurantoin, one hundred milligrams.`;
    expect(kinds({ plan: 'Rx nitrofurantoin 100mg BD 3/7.' }, said)).toEqual([]);
    expect(kinds({ plan: 'Rx nitrofurantoin 50mg BD 3/7.' }, said)).toEqual(['number']);
    expect(kinds({ plan: 'Rx nitrofurantoin 50mg BD 3/7.' }, `${t}\nDoctor: Take one hundred milligrams.`)).toEqual(['number']);
  });

  it('reads a bare number said with the drug as its strength', () => {
    const said = 'Doctor: You can take ibuprofen four hundred, three times a day.';
    expect(kinds({ plan: 'Ibuprofen 400mg TDS.' }, said)).toEqual([]);
    expect(kinds({ plan: 'Ibuprofen 200mg TDS.' }, said)).toEqual(['number']);
  });
});

describe('drugs a GP names where the conversation gave their class, purpose or parts', () => {
  it('names the antihistamine or the pill the patient described', () => {
    expect(kinds({ subjective: 'Tried OTC cetirizine, little effect.' }, 'Patient: I tried some antihistamines from the chemist.')).toEqual([]);
    expect(kinds({ subjective: 'Tried OTC sertraline, little effect.' }, 'Patient: I tried some antihistamines from the chemist.')).toEqual(['medication']);
    expect(kinds({ subjective: 'DH: Microgynon.' }, "Patient: Yeah, I'm on the pill, the combined pill.")).toEqual([]);
  });

  it('names the drug of a tablet the patient calls by its purpose ("my blood pressure tablets")', () => {
    const t = 'Patient: I take a cholesterol tablet and my blood pressure tablets, that is it.';
    expect(kinds({ subjective: 'DH: simvastatin, ramipril.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'DH: simvastatin, metformin.' }, t)).toEqual(['medication']);
    expect(kinds({ subjective: 'DH: ramipril.' }, 'Patient: I take my blood pressure tablets, the amlodipine.')).toEqual(['medication']);
  });

  it('writes co-codamol for paracetamol with codeine, not for one of them', () => {
    expect(kinds({ plan: 'Rx co-codamol PRN.' }, 'Doctor: We can also add in other painkillers like paracetamol, or codeine.')).toEqual([]);
    expect(kinds({ plan: 'Rx co-codamol PRN.' }, 'Doctor: We can also add in paracetamol.')).toEqual(['medication']);
  });
});

describe('what a GP reads into the conversation', () => {
  it('takes "on the chunky side" for overweight, not for another condition', () => {
    const t = "Patient: I mean, I'm a wee bit on the chunky side. And I've got the diabetes, type two.";
    expect(kinds({ subjective: 'PMH: T2DM, overweight.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'PMH: T2DM, asthma.' }, t)).toEqual(['diagnosis']);
  });

  it('does not read a patient asking what a word means as having it', () => {
    const t = "Doctor: And you've not experienced anything like a seizure or a fit?\nPatient: What's a seizure?\nDoctor: OK, no fits, yeah.";
    expect(kinds({ subjective: 'No seizures.' }, t)).toEqual([]);
    const had = "Doctor: Any seizure or a fit?\nPatient: Yes, I had a seizure last week.";
    expect(kinds({ subjective: 'No seizures.' }, had)).toEqual(['negation']);
  });

  it('reads "PE less likely" as a differential raised, not a diagnosis made', () => {
    const t = 'Doctor: This sounds like a chest infection. Have you ever had any clots in your lung?';
    expect(kinds({ assessment: 'Imp: LRTI. PE less likely but needs assessment.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Imp: LRTI. PE likely.' }, t)).toEqual(['diagnosis']);
  });
});

describe('allergy words that record no allergy status', () => {
  it('takes "No allergy testing needed" for a plan, not for "no allergies"', () => {
    expect(kinds({ plan: 'No allergy testing needed.' }, "Patient: I'm allergic to penicillin.")).toEqual([]);
    expect(kinds({ subjective: 'No allergy to penicillin.' }, "Patient: I'm allergic to penicillin.")).toEqual(['allergy']);
  });
});

describe('UK brand names a patient says for the generic a GP writes', () => {
  it('reads Voltarol as diclofenac and Flixonase as fluticasone, not as another drug', () => {
    expect(kinds({ subjective: 'Tried diclofenac gel.' }, 'Patient: I put some Voltarol gel on it.')).toEqual([]);
    expect(kinds({ subjective: 'Tried naproxen gel.' }, 'Patient: I put some Voltarol gel on it.')).toEqual(['medication']);
    expect(kinds({ subjective: 'Uses fluticasone nasal spray.' }, 'Patient: I use Flixonase for my hay fever.')).toEqual([]);
  });
});
