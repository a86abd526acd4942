import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

describe('clinical context supports the note', () => {
  const transcript = '[doctor] how is the knee ?\n[patient] sore .';
  const note = { subjective: 'A 57-year-old on atorvastatin, allergic to sulfa drugs.', assessment: 'History of hypertension.' };

  it('facts the context gives are not findings', () => {
    expect(checkGrounding(note, transcript).map((f) => f.kind).sort()).toEqual(['allergy', 'diagnosis', 'medication']);
    const context = { patient_info: { age: 57, medications: ['atorvastatin 20 mg'], allergies: ['sulfa drugs'], medical_history: 'hypertension' } };
    expect(checkGrounding(note, transcript, { context })).toEqual([]);
  });
});

describe('statements that contradict each other inside the note', () => {
  it('catches a review of systems that denies what the history affirms', () => {
    // Vomiting is brought up but never answered, so only the note's two statements can speak to it.
    const t = '[patient] i have been feeling sick to my stomach .\n[doctor] and any vomiting ?\n[patient] hmm , let me think about that .';
    const findings = checkGrounding({ subjective: 'He reports nausea and vomiting.\nROS: Denies vomiting.' }, t);
    expect(findings).toEqual([expect.objectContaining({ kind: 'contradiction', claim: 'ROS: Denies vomiting.' })]);
  });
});

describe('who said it', () => {
  const t = [
    '[doctor] we are going to start you on amoxicillin three times a day for ten days for the middle ear infection , and recheck the eardrum next week .',
    '[patient] okay , my ear has been hurting since friday .',
  ].join('\n');

  it('catches the clinician\'s words put in the patient\'s mouth', () => {
    const findings = checkGrounding({ subjective: 'The patient states that we are going to start amoxicillin three times a day for ten days for the middle ear infection.' }, t);
    expect(findings.map((f) => [f.kind, f.lines])).toEqual([['attribution', [1]]]);
  });

  it('accepts what the patient said, or confirmed', () => {
    const confirmed = `${t}\n[doctor] so the pain started friday , and it keeps you up at night ?\n[patient] yes .`;
    expect(checkGrounding({ subjective: 'The patient states that his ear has been hurting since Friday and the pain keeps him up at night.' }, confirmed)).toEqual([]);
  });
});

describe('who said it, in shorthand', () => {
  const t = [
    '[doctor] we are going to start you on amoxicillin three times a day for ten days for the middle ear infection , and recheck the eardrum next week .',
    '[patient] okay , my ear has been hurting since friday and it keeps me awake at night .',
  ].join('\n');

  it('"Pt c/o" and "complains of" attribute to the patient as "reports" does', () => {
    for (const subjective of [
      'Pt c/o starting amoxicillin three times a day for ten days for the middle ear infection.',
      'C/o starting amoxicillin three times a day for ten days for the middle ear infection.',
      'The patient complains of starting amoxicillin three times a day for ten days for the middle ear infection.',
    ]) expect(checkGrounding({ subjective }, t).map((f) => f.kind)).toEqual(['attribution']);
  });

  it('passes the complaint the patient made', () => {
    expect(checkGrounding({ subjective: 'Pt c/o ear hurting since Friday, keeping her awake at night.' }, t)).toEqual([]);
  });
});

describe('attribution in a dictation', () => {
  it('a one-speaker dictation relays the patient\'s report; a conversation where only the clinician says it does not', () => {
    const dictated = [
      'Doctor: Mr. Barnes is a 67-year-old man seen today for follow-up of hypertension, diabetes and hyperlipidemia.',
      'Doctor: He reports worsening right knee pain with walking and on stairs over the past 6 months.',
    ].join('\n');
    const note = { subjective: 'He reports worsening right knee pain with walking and on stairs over the past 6 months.' };
    expect(checkGrounding(note, dictated)).toEqual([]);
    const conversation = `${dictated}\nPatient: Yes, that is why I came in, and my sugars have been fine.`;
    expect(checkGrounding(note, conversation).map((f) => f.kind)).toEqual(['attribution']);
  });
});
