import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const allergyKinds = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'allergy');

describe('a denied reaction to a drug given now is no allergy talk', () => {
  const given = [
    'Doctor: Any allergies to medicines?',
    'Patient: Just trimethoprim, it gives me a rash.',
    'Doctor: Okay. Your cough sounds chesty.',
    'Patient: It keeps me up at night.',
    'Doctor: I will give you doxycycline. Have you never had a reaction to it?',
    'Patient: I took it last year for a chest infection, no trouble.',
  ].join('\n');

  it('catches the drug given now written as the allergy', () => {
    expect(allergyKinds('Allergic to doxycycline (rash).', given)).toHaveLength(1);
    expect(allergyKinds('Allergy: doxycycline.', given)).toHaveLength(1);
  });

  it('catches it when the question is put as "no reaction before"', () => {
    const t = ['Nurse: Allergies?', 'Patient: Latex. My hands swell up.', 'Nurse: Fine. How did the cut happen?', 'Patient: On a garden fork.', 'Nurse: Then a tetanus booster today. Tetanus, you have had no reaction to that before?', 'Patient: None at all.'].join('\n');
    expect(allergyKinds('Allergy: tetanus vaccine.', t)).toHaveLength(1);
  });

  it('supports the allergy given in answer to the question', () => {
    expect(allergyKinds('Allergic to trimethoprim (rash).', given)).toEqual([]);
  });

  it('supports an allergy told as an exception to a denial', () => {
    const t = ['Doctor: Do you react to anything?', 'Patient: No allergies other than cephalexin, that swells my lips.'].join('\n');
    expect(allergyKinds('Allergy: cephalexin (lip swelling).', t)).toEqual([]);
  });
});

describe('a clinician summing up an allergy states it', () => {
  it('catches "no known allergies" against "so a latex allergy"', () => {
    const t = ['Nurse: Anything you react to?', 'Patient: Rubber gloves bring me out in blotches.', 'Nurse: Right, so a latex allergy. Noted.'].join('\n');
    expect(allergyKinds('No known allergies.', t)).toHaveLength(1);
  });

  it('catches "no allergies" against "your egg allergy"', () => {
    const t = ['Doctor: Your egg allergy is in the notes from when you were small.', 'Patient: Yes, I still avoid them.'].join('\n');
    expect(allergyKinds('No allergies.', t)).toHaveLength(1);
  });

  it('catches "NKA" against "the peanut allergy"', () => {
    const t = ['Doctor: We have the peanut allergy on file, he carries an EpiPen.', 'Mother: Yes, always.'].join('\n');
    expect(allergyKinds('NKA.', t)).toHaveLength(1);
  });

  it('does not take a question or a relative\'s allergy for the patient\'s', () => {
    expect(allergyKinds('No known allergies.', ['Doctor: Any penicillin allergy?', 'Patient: No.'].join('\n'))).toEqual([]);
    expect(allergyKinds('No known allergies.', ['Doctor: Allergies?', 'Patient: None. My son has a peanut allergy though.'].join('\n'))).toEqual([]);
  });
});

describe('a relative\'s allergy, the patient\'s own denied', () => {
  const family = [
    '[GP] Does he have any allergies?',
    '[father] Sulfa drugs? No wait, that is his sister, she is allergic to Septra. He has not got any allergies.',
    '[GP] Good, no allergies for him then.',
  ].join('\n');

  it('catches the relative\'s allergen written as the patient\'s', () => {
    expect(allergyKinds('Allergic to sulfa drugs.', family)).toHaveLength(1);
    expect(allergyKinds('Allergies: Septra (rash).', family)).toHaveLength(1);
  });

  it('catches it when the relative is a parent', () => {
    const t = ['Nurse: Any allergies?', 'Patient: Me, no allergies. My mum is allergic to aspirin, though.'].join('\n');
    expect(allergyKinds('Allergy: aspirin.', t)).toHaveLength(1);
  });

  it('supports a note that gives the allergy to the relative', () => {
    expect(allergyKinds('No known drug allergies (sister allergic to Septra).', family)).toEqual([]);
  });

  it('supports the patient\'s own allergy told beside a relative', () => {
    const t = ['Doctor: Any allergies?', 'Mother: Penicillin, she gets hives, same as her dad.'].join('\n');
    expect(allergyKinds('Allergic to penicillin (hives).', t)).toEqual([]);
  });
});
