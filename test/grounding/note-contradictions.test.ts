import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Notes written for these tests that say one fact both ways; the conversation beside each supports one of them.
type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const contradictions = (note: Note, transcript: string) => checkGrounding(note, transcript).filter((f) => f.kind === 'contradiction');

describe('a note that says a fact both ways', () => {
  it('catches no known allergies beside a drug allergy', () => {
    const t = 'Doctor: Any allergies to medicines?\nPatient: Penicillin, it brings me out in hives.\nDoctor: OK, doxycycline 100 milligrams once a day for seven days then.';
    const found = contradictions({ subjective: 'Allergies: NKDA.', plan: 'Avoid penicillin given allergy; doxycycline 100 mg OD 7 days.' }, t);
    expect(found).toEqual([expect.objectContaining({ section: 'plan', claim: expect.stringContaining('Avoid penicillin') as string })]);
    expect(found[0]?.reason).toContain('NKDA');
  });

  it('catches a non-smoker who smokes 10 a day', () => {
    const t = 'Doctor: Do you smoke?\nPatient: About ten a day.';
    expect(contradictions({ subjective: 'Non-smoker.\nSocial: smokes 10/day.' }, t)).toHaveLength(1);
  });

  it('catches afebrile beside a fever taken at the visit', () => {
    const t = 'Nurse: Temperature is 38.5, pulse 102.\nPatient: I have felt hot and cold.';
    expect(contradictions({ objective: 'Afebrile.\nT 38.5, HR 102.' }, t).map((f) => f.claim)).toEqual(['T 38.5, HR 102.']);
  });

  it('catches a drug stopped in the history and continued in the plan', () => {
    const t = 'Doctor: Are you still on metformin?\nPatient: No, I stopped it last month, it gave me diarrhoea.';
    expect(contradictions({ subjective: 'Stopped metformin last month due to diarrhoea.', plan: 'Continue metformin 500 mg BD.' }, t).map((f) => f.section)).toEqual(['plan']);
  });
});

describe('a note that tells a past state and a present one', () => {
  const cases: { name: string; note: Note; transcript: string }[] = [
    { name: 'ex-smoker', note: { subjective: 'Non-smoker now. Previously smoked 20/day, quit 2015.' }, transcript: 'Doctor: Do you smoke?\nPatient: I used to, 20 a day, but I quit in 2015.' },
    { name: 'fever at home, none now', note: { subjective: 'Fever to 38.5 at home yesterday.', objective: 'Afebrile today, T 36.9.' }, transcript: 'Patient: I had 38.5 yesterday at home.\nNurse: It is 36.9 now.' },
    { name: 'a fever yesterday in the objective', note: { objective: 'T 38.2 overnight per nursing chart. Now afebrile, T 37.1.' }, transcript: 'Nurse: She spiked 38.2 overnight, 37.1 now.\nDoctor: Good.' },
    { name: 'one drug stopped, another continued', note: { subjective: 'Stopped gliclazide last month.', plan: 'Continue metformin 500 mg BD.' }, transcript: 'Doctor: You stopped the gliclazide last month?\nPatient: Yes.\nDoctor: Carry on with the metformin 500 twice a day.' },
    { name: 'a drug stopped and restarted', note: { subjective: 'Stopped ramipril in March for cough, restarted at lower dose in May.', plan: 'Continue ramipril 2.5 mg OD.' }, transcript: 'Doctor: The ramipril, you stopped it in March for the cough and restarted in May on 2.5?\nPatient: Yes, the cough is fine now.\nDoctor: Carry on with the 2.5.' },
    { name: 'hay fever beside no drug allergies', note: { subjective: 'NKDA. Seasonal allergies, takes cetirizine in summer.' }, transcript: 'Doctor: Any allergies to medicines?\nPatient: No, just hay fever, I take cetirizine in the summer.' },
    { name: 'allergy advice with no allergies', note: { subjective: 'No known drug allergies.', plan: 'Amoxicillin 500 mg TDS 5 days; advised to stop and seek help if signs of allergic reaction.' }, transcript: 'Doctor: Any allergies?\nPatient: None.\nDoctor: Amoxicillin 500 three times a day for five days. If you get a rash or swelling, stop it and get help.' },
    { name: 'a partner who smokes', note: { subjective: 'Non-smoker. Partner smokes 20/day at home.' }, transcript: 'Doctor: Do you smoke?\nPatient: No, but my partner does, about 20 a day.' },
    { name: 'cannabis beside a non-smoker', note: { subjective: 'Never smoked tobacco. Smokes cannabis 2-3 times a week.' }, transcript: 'Doctor: Do you smoke cigarettes?\nPatient: Never. I have a joint two or three times a week.' },
    { name: 'a penicillin label taken off', note: { subjective: 'NKDA. Penicillin allergy de-labelled after testing in 2022.' }, transcript: 'Doctor: Any allergies?\nPatient: None now, they tested me for the penicillin one in 2022 and I am not allergic.' },
    { name: "a mother's allergy", note: { subjective: 'No known drug allergies. Mother allergic to penicillin.' }, transcript: 'Doctor: Any allergies?\nPatient: No, my mum is allergic to penicillin though.' },
    { name: 'a drug kept off', note: { subjective: 'Stopped metformin on admission (AKI).', plan: 'Continue to hold metformin until eGFR recovers.' }, transcript: 'Doctor: We stopped your metformin when you came in because of the kidneys, and we will keep it off until the kidney test recovers.\nPatient: OK.' },
    { name: 'regular use stopped, as-needed continued', note: { subjective: 'Stopped regular paracetamol, now PRN.', plan: 'Continue paracetamol 1 g PRN, max QDS.' }, transcript: 'Patient: I stopped taking the paracetamol regularly, I only take it when I need it now.\nDoctor: That is fine, carry on with 1000 milligrams when needed, no more than four times a day.' },
  ];
  for (const { name, note, transcript } of cases) {
    it(`is no contradiction: ${name}`, () => {
      expect(contradictions(note, transcript)).toEqual([]);
    });
  }
});
