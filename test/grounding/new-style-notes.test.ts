import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Sentences of the second set of written notes (bench/written-notes-2, notes2-tune) against their devset
// transcripts, shortened. Each was flagged before its fix; the same kind of fact, changed, is still caught.
describe('a risk field whose value opens with the denial', () => {
  const risk = [
    'Therapist: I want to ask you directly, have you had any thoughts of harming yourself or ending your life?',
    'Client: No. Nothing like that.',
    'Therapist: Any thoughts of harming anyone else?',
    'Client: No.',
  ].join('\n');

  it('reads "SI: denies thoughts of self-harm or ending life" as denied suicidal ideation', () => {
    expect(kinds({ subjective: 'Risk Assessment:\n- SI: denies thoughts of self-harm or ending life\n- HI: denies' }, risk)).toEqual([]);
  });

  it('still catches a field that affirms what was denied', () => {
    expect(kinds({ subjective: 'Risk Assessment:\n- SI: endorses thoughts of ending life' }, risk)).toEqual(['negation']);
  });
});

describe('"2/2" for "secondary to"', () => {
  const inr = [
    'Pharmacist: Your INR today came back at 3.6.',
    'Patient: The urgent care put me on cipro for a bladder infection last week.',
    'Pharmacist: Ciprofloxacin interacts with warfarin and raises the INR.',
  ].join('\n');

  it('does not read "INR 2/2 ciprofloxacin-warfarin interaction" as a ratio the transcript lacks', () => {
    expect(kinds({ assessment: 'Supratherapeutic INR 2/2 ciprofloxacin-warfarin interaction.' }, inr)).toEqual([]);
  });

  it('still checks the numbers around it, and any other ratio', () => {
    expect(kinds({ assessment: 'Supratherapeutic INR 4.6 2/2 ciprofloxacin.' }, inr)).toEqual(['number']);
    expect(kinds({ assessment: 'Supratherapeutic INR 3/2 ciprofloxacin.' }, inr)).toEqual(['number']);
  });
});

describe('an everyday word and its trouble past linking words', () => {
  const bp = [
    'Patient: Mostly in the 150s on top, sometimes 160.',
    "Doctor: Okay. And you're still taking the lisinopril 10 mg every morning?",
    'Doctor: Okay. Your blood pressure today is 152 over 94 and your heart rate is 78.',
    'Doctor: So your blood pressure is still not well controlled on the current dose.',
    "Doctor: I'd like to increase the lisinopril to 20 mg once a day.",
  ].join('\n');

  it('reads "blood pressure is still not well controlled" as the hypertension a note calls HTN', () => {
    expect(kinds({ assessment: 'HTN — not controlled on lisinopril 10 mg (clinic 152/94, home 150s-160).' }, bp)).toEqual([]);
  });

  it('still flags hypertension where the blood pressure is only read out', () => {
    const read = 'Doctor: Your blood pressure is 126 over 78. I can see the nystagmus.';
    expect(kinds({ assessment: 'Hypertension.' }, read)).toEqual(['diagnosis']);
  });
});

describe('a bare list under a "Pertinent Negatives" heading', () => {
  const htn = [
    'Doctor: Any side effects from it? Any cough?',
    'Patient: No cough.',
    'Doctor: Any headaches, chest pain, shortness of breath?',
    'Patient: I get headaches some mornings. No chest pain.',
  ].join('\n');

  it('reads the items as denied, in a line or as bullets under a bold heading', () => {
    expect(kinds({ subjective: 'Pertinent negatives: cough, chest pain.' }, htn)).toEqual([]);
    expect(kinds({ subjective: '**Pertinent Negatives**\n- Cough\n- Chest pain' }, htn)).toEqual([]);
  });

  it('still catches a complaint listed as a negative, and bullets under other headings stay as written', () => {
    expect(kinds({ subjective: '**Pertinent Negatives**\n- Headaches' }, htn)).toEqual(['negation']);
    expect(kinds({ subjective: '**HPI**\n- Cough' }, htn)).toEqual(['negation']);
  });

  it('reads bullets under "Return precautions:" as advice', () => {
    expect(kinds({ plan: 'Return precautions:\n- Chest pain\n- Cough' }, htn)).toEqual([]);
  });
});

describe('a query or an unknown value', () => {
  const fever = ['Dr. Nguyen: Any fever?', "Patient: I don't think so."].join('\n');

  it('reads "Fever: unsure", "Fever - ?" and "?Fever" as neither had nor denied', () => {
    expect(kinds({ subjective: 'Trismus, bad taste. Fever: unsure.' }, fever)).toEqual([]);
    expect(kinds({ subjective: 'Fever - ?' }, fever)).toEqual([]);
    expect(kinds({ subjective: '?Fever.' }, fever)).toEqual([]);
  });

  it('still catches a fever stated as had', () => {
    expect(kinds({ subjective: 'Fever: yes.' }, fever)).toEqual(['negation']);
  });
});

describe('an ear exam in vet shorthand', () => {
  const ear = 'Vet: The left ear canal is red and swollen with brown discharge. The right ear looks normal.';

  it('reads "R ear WNL" as the normal side and "exudate" as the discharge seen', () => {
    expect(kinds({ objective: 'L ear: erythema, oedema, brown ceruminous exudate. R ear WNL.' }, ear)).toEqual([]);
  });

  it('still catches the exudate put in the normal ear', () => {
    expect(kinds({ objective: 'R ear: brown exudate.' }, ear)).toEqual(['laterality']);
  });
});

describe('a white count in thousands', () => {
  const wbc = 'Dr. Shah: Your white count is 15,000, and the CT shows an appendix of 9 millimeters.';

  it('reads "WBC 15.0" as the 15,000 said', () => {
    expect(kinds({ objective: 'WBC 15.0' }, wbc)).toEqual([]);
  });

  it('still catches another count', () => {
    expect(kinds({ objective: 'WBC 18.0' }, wbc)).toEqual(['number']);
  });
});

describe('stroke triage\'s "last known well"', () => {
  const stroke = [
    "Caller: It's my husband. The left side of his face is drooping and he says his left arm feels weak.",
    'Nurse: When did this start?',
    'Caller: About 20 minutes ago, he was fine at breakfast.',
  ].join('\n');

  it('reads "Last known well at breakfast" as a time, not a known condition "well"', () => {
    expect(kinds({ subjective: 'L facial droop and L arm weakness, onset ~20 min ago. Last known well at breakfast.' }, stroke)).toEqual([]);
  });

  it('still reads "known" before a condition as a history', () => {
    expect(kinds({ subjective: 'Known diabetic.' }, stroke)).toEqual(['diagnosis']);
  });
});

describe('a condition named for an abnormal result', () => {
  const gout = "Doctor: Your uric acid from the lab this morning is 8.9.\nDoctor: You're having a gout flare.";

  it('reads "hyperuricemia" as the urate of 8.9 given, and "leukocytosis" as a white count of 15,000', () => {
    expect(kinds({ assessment: 'Acute gout with hyperuricemia.' }, gout)).toEqual([]);
    expect(kinds({ assessment: 'Acute appendicitis with leukocytosis.' }, 'Dr. Shah: Your white count is 15,000. You have acute appendicitis.')).toEqual([]);
  });

  it('still flags the name where no value, or a normal one, is given', () => {
    expect(kinds({ assessment: 'Hyperkalaemia.' }, gout)).toEqual(['diagnosis']);
    expect(kinds({ assessment: 'Acute appendicitis with leukocytosis.' }, 'Dr. Shah: Your white count is 9,000. You have acute appendicitis.')).toEqual(['diagnosis']);
  });
});

describe('a dose in grams for a bare strength said with the drug', () => {
  const metformin = "Patient: Not great. I'm supposed to take metformin 1000 twice a day but I skip the evening one a lot.";

  it('reads "Metformin 1 g BD" as the "metformin 1000" said', () => {
    expect(kinds({ subjective: 'Metformin 1 g BD — misses the evening dose.' }, metformin)).toEqual([]);
  });

  it('still catches another strength', () => {
    expect(kinds({ subjective: 'Metformin 2 g BD.' }, metformin)).toEqual(['number']);
  });
});

describe('insomnia in lay words', () => {
  const sleep = "Client: Honestly pretty rough. I lost my job two weeks ago and I've been sleeping poorly, maybe four hours a night.";

  it('reads "sleeping poorly" as the insomnia a note names', () => {
    expect(kinds({ assessment: 'Stress after recent job loss, with insomnia.' }, sleep)).toEqual([]);
  });

  it('still flags insomnia where sleep never came up', () => {
    expect(kinds({ assessment: 'BPPV with insomnia.' }, 'Patient: When I roll over in bed the room starts spinning.')).toEqual(['diagnosis']);
  });
});

describe('an allergy history not taken', () => {
  const htn = "Doctor: Okay. And you're still taking the lisinopril 10 mg every morning?\nPatient: Yes, every morning.";

  it('reads "Allergies: not discussed" and "Allergies - unknown" as no allergen', () => {
    expect(kinds({ subjective: 'Meds: lisinopril 10 mg PO qAM.\nAllergies: not discussed.' }, htn)).toEqual([]);
    expect(kinds({ subjective: 'Allergies - unknown.' }, htn)).toEqual([]);
  });

  it('still flags an allergen the transcript never gives', () => {
    expect(kinds({ subjective: 'Allergies: penicillin.' }, htn)).toEqual(['allergy']);
  });
});
