import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

const lines = (...l: string[]) => l.join('\n');
const note = (t: string, specialty?: string) => generateLocalNote(t, specialty ? { specialty } : {});

describe('assessment and plan from anywhere', () => {
  it('takes a diagnosis named without a trigger phrase, and a new prescription', () => {
    const n = note(lines(
      'Chiropractor: What brings you in?', 'Patient: My neck has been stiff for three weeks.',
      'Chiropractor: Your right rotation is limited to 50 degrees and there is spasm in the upper trapezius.',
      'Chiropractor: So you have cervicalgia.', 'Chiropractor: I will show you two stretches to do at home.',
    ), 'chiropractor');
    expect(n.assessment).toBe('The patient has cervicalgia.');
    expect(n.objective).toContain('right rotation is limited to 50 degrees');
    expect(n.plan).toBe('HOME PROGRAM\nI will show the patient two stretches to do at home.');
  });

  it('keeps a trial prescription and an admission in the plan, the drug of "that one" in the history', () => {
    const statin = note(lines(
      'Doctor: Last time you were on atorvastatin 40. How is that going?',
      'Patient: I stopped that one three months ago. My legs ached all the time.',
      "Doctor: I'd like to try rosuvastatin 5 mg three times a week.",
    ));
    expect(statin.subjective).toContain('The patient stopped atorvastatin 3 months ago.');
    expect(statin.plan).toBe("I'd like to try rosuvastatin 5 mg 3 times a week.");
    const admit = note(lines(
      'Dr. Lee: Your first troponin is 0.04, which is elevated, and the EKG shows ST depression.',
      "Dr. Lee: You'll be admitted to the cardiac unit.",
    ));
    expect(admit.objective).toContain('troponin is 0.04');
    expect(admit.plan).toBe('The patient will be admitted to the cardiac unit.');
  });

  it('fills every section of a six-line visit that has their content', () => {
    const n = note(lines(
      "Doctor: What's going on?", 'Patient: My low back has hurt for three days since lifting boxes.',
      'Doctor: Any numbness or weakness in your legs?', 'Patient: No numbness.',
      'Doctor: This looks like mechanical low back pain.', 'Doctor: Take ibuprofen with food and use heat.',
    ));
    expect(n.subjective).toContain('The patient denies numbness.');
    expect(n.assessment).toBe('This looks like mechanical low back pain.');
    expect(n.plan).toBe('Take ibuprofen with food and use heat.');
  });
});

describe('findings and values', () => {
  it('keeps an abnormal finding beside the normal one, and a companion\'s denial', () => {
    const n = note(lines(
      'Doctor: Any vomiting?', 'Mom: No vomiting.',
      'Doctor: The right eardrum is red and bulging. The left one looks normal.',
      'Doctor: He has an ear infection.', "Doctor: We'll treat it with amoxicillin twice a day for ten days.",
    ));
    expect(n.objective).toBe('PHYSICAL EXAM\nThe right eardrum is red and bulging.\nThe left one looks normal.');
    expect(n.subjective).toContain('No vomiting per mom.');
    expect(n.assessment).toBe('He has an ear infection.');
  });

  it('puts labs, scores, weight and BMI in Objective and orders in Plan', () => {
    const n = note(lines(
      'Doctor: Your INR today came back at 3.6 and your PHQ-9 today is 16.',
      'Doctor: Today your weight is 238 pounds and your BMI is 36.2.',
      "Doctor: I'm going to order a CBC and an A1c.",
    ));
    expect(n.objective).toContain('INR today came back at 3.6');
    expect(n.objective).toContain('weight is 238 lb and their BMI is 36.2');
    expect(n.plan).toBe('I will order a CBC and an A1c.');
    expect(n.objective).not.toContain('order');
  });
});

describe('specialty shapes the sub-headings', () => {
  it('physical therapy: function, measures and home program', () => {
    const n = note(lines(
      'Therapist: How is the knee?', 'Patient: Stairs are still hard going down.', 'Therapist: Pain today, zero to ten?', 'Patient: Maybe a three.',
      'Therapist: Knee flexion is 115 degrees and quad strength is 4 out of 5.', "Therapist: You're progressing well.",
      "Therapist: I'm adding wall sits to your home exercise program.",
    ), 'physical_therapy');
    expect(n.subjective).toBe('HISTORY\nPain today 3/10.\n\nFUNCTION\nKnee: stairs are still hard going down.');
    expect(n.objective).toBe('RANGE OF MOTION, STRENGTH AND SPECIAL TESTS\nKnee flexion is 115 degrees and quad strength is 4/5.');
    expect(n.assessment).toBe('The patient is progressing well.');
    expect(n.plan).toBe("HOME PROGRAM\nI'm adding wall sits to their home exercise program.");
  });

  it('dental: oral exam and the procedure done today', () => {
    const n = note(lines(
      "Dentist: What's bothering you?", 'Patient: My lower left tooth hurts with cold.',
      'Dentist: Tooth number 19 has deep decay and is tender to percussion.', 'Dentist: This is irreversible pulpitis.',
      "Dentist: Today we'll numb you with lidocaine and start the root canal.",
    ), 'dentist');
    expect(n.objective).toBe('ORAL EXAM\nTooth number 19 has deep decay and is tender to percussion.');
    expect(n.assessment).toBe('This is irreversible pulpitis.');
    expect(n.plan).toBe("PROCEDURE\nToday we'll numb the patient with lidocaine and start the root canal.");
  });

  it('behavioural health: risk, mental status and scales', () => {
    const n = note(lines(
      'Therapist: How has the week been?', 'Client: Rough. I lost my job and I sleep four hours a night.',
      'Therapist: Your PHQ-9 today is 16.', 'Therapist: Have you had any thoughts of harming yourself?', 'Client: No.',
      'Therapist: On mental status your mood is low and your affect is flat.', 'Therapist: This is moderately severe depression.',
    ), 'psychotherapist');
    expect(n.subjective).toContain('RISK ASSESSMENT\nThe patient denies thoughts of harming themselves.');
    expect(n.objective).toBe('MENTAL STATUS\nOn mental status their mood is low and their affect is flat.\n\nSCALES\nThe patient\'s PHQ-9 today is 16.');
    expect(n.assessment).toBe('This is moderately severe depression.');
  });

  it("veterinary: the owner's report; triage: disposition first; pharmacy: medication reconciliation", () => {
    const vet = note(lines("Vet: What's going on with Bella?", "Owner: She's been vomiting for two days.", 'Vet: Temperature is 103.1 and her abdomen is painful.'), 'veterinary');
    expect(vet.subjective).toBe("OWNER'S REPORT\nPer the owner, she's been vomiting for 2 days.");
    const triage = note(lines("Nurse: What's going on?", "Caller: It's my husband, his face is drooping and his arm is weak.",
      'Nurse: These could be signs of a stroke.', 'Nurse: Hang up and call 911 right now.', "Nurse: Don't give him aspirin."), 'registered_nurse');
    expect(triage.subjective).toBe("HISTORY\nPer the caller, it's their husband, his face is drooping and his arm is weak.");
    expect(triage.assessment).toBe('These could be signs of a stroke.');
    expect(triage.plan).toBe("DISPOSITION\nHang up and call 911 right now.\n\nADVICE\nDon't give him aspirin.");
    const pharmacy = note(lines('Pharmacist: What medications are you taking?', 'Patient: Furosemide 40 mg and metoprolol 25.'), 'pharmacy');
    expect(pharmacy.subjective).toBe('MEDICATION RECONCILIATION\nMedications: furosemide 40 mg and metoprolol 25.');
  });

  it('a general specialty lets the speakers pick the family', () => {
    expect(note(lines("Vet: What's going on with Bella?", "Owner: She's been vomiting for two days."), 'physician').subjective).toMatch(/^OWNER'S REPORT/);
  });

  it('a person who keeps a cat is still the patient: pets named in a GP visit do not make it veterinary', () => {
    const gp = note(lines('Doctor: What brings you in?', "Patient: I've had a cough for a week and a bit of fever.", 'Doctor: Any pets at home?',
      'Patient: A cat.', 'Doctor: A cat, okay. Your chest is clear. This is a viral cough.'), 'physician');
    expect(gp.subjective).toMatch(/^HISTORY OF PRESENT ILLNESS/);
    expect(gp.subjective).not.toMatch(/OWNER/);
  });
});

describe('dictation', () => {
  it('splits one paragraph by its spoken headings and content', () => {
    const n = note('Patient is a 24-year-old female who rolled her right ankle yesterday. On exam there is swelling over the lateral malleolus. Impression is a lateral ankle sprain. Plan is ice, elevation and an ace wrap.');
    expect([n.subjective, n.objective, n.assessment, n.plan]).toEqual([
      'HISTORY OF PRESENT ILLNESS\nPatient is a 24-year-old female who rolled her right ankle yesterday.',
      'PHYSICAL EXAM\nOn exam there is swelling over the lateral malleolus.',
      'Impression is a lateral ankle sprain.',
      'Plan is ice, elevation and an ace wrap.',
    ]);
  });

  it('splits by written headings, abbreviations and single letters included', () => {
    const n = note('HPI: 41-year-old woman with fatigue for 3 months.\nPE: Pale conjunctivae.\nLabs: Hemoglobin 9.8.\nA: Iron deficiency anemia.\nP: Ferrous sulfate 325 mg every other day.');
    expect([n.subjective, n.objective, n.assessment, n.plan]).toEqual([
      'HISTORY OF PRESENT ILLNESS\n41-year-old woman with fatigue for 3 months.',
      'PHYSICAL EXAM\nPale conjunctivae.\n\nRESULTS\nHemoglobin 9.8.',
      'Iron deficiency anemia.',
      'Ferrous sulfate 325 mg every other day.',
    ]);
  });
});

describe('safety of the wording', () => {
  it('quotes the part of a sentence whose third-person rewrite would not be grammar, and only that part', () => {
    const t = 'Doctor: What happened?\nPatient: I was on the ladder and I could just slipped out from under me.';
    const n = note(t);
    expect(n.subjective).toContain('The patient was on the ladder and "just slipped out from under me."');
    expect(checkGrounding(n, t)).toEqual([]);
    expect(note('Doctor: What happened?\nPatient: I could just slipped out from under me on the ladder.').subjective)
      .toContain('Patient states: "I could just slipped out from under me on the ladder."');
  });

  it('writes nothing the grounding checker can fault, and the same note every time', () => {
    const t = lines('Doctor: Any allergies?', 'Patient: Penicillin.', 'Doctor: Pain from zero to ten?', 'Patient: About a six.',
      'Doctor: Any nausea?', 'Patient: No nausea.', 'Doctor: The right knee is swollen and tender.', 'Doctor: This looks like a meniscus tear.',
      "Doctor: I'm ordering an MRI and you can take ibuprofen 600 mg.");
    const n = note(t);
    expect(n.subjective).toBe('HISTORY OF PRESENT ILLNESS\nPain 6/10.\n\nMEDICATIONS, ALLERGIES AND SOCIAL HISTORY\nAllergies: penicillin.\n\nREVIEW OF SYSTEMS\nThe patient denies nausea.');
    expect(checkGrounding(n, t)).toEqual([]);
    expect(JSON.stringify(note(t))).toBe(JSON.stringify(n));
  });
});

describe('layouts', () => {
  it('still writes a block that a family layout does not name (a risk answer in a pharmacy note)', () => {
    const n = note(lines('Pharmacist: What medications are you taking?', 'Patient: Sertraline 50 mg.',
      'Pharmacist: Have you had any thoughts of harming yourself?', 'Patient: No.'), 'pharmacy');
    expect(n.subjective).toBe('MEDICATION RECONCILIATION\nMedications: sertraline 50 mg.\n\nRISK ASSESSMENT\nThe patient denies thoughts of harming themselves.');
  });
});
