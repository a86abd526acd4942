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

describe('who said it: a fact the patient confirms, and a transcript whose labels are swapped', () => {
  it('a clinician\'s statement the patient confirms ("yeah, sounds about right") is the patient\'s too', () => {
    const t = [
      '[doctor] okay now tell me how are you doing with your heart i know that you had the stent placed in your right coronary artery by doctor moore about what was that twenty eighteen',
      '[patient] yeah sounds about right i think i just saw him in november',
    ].join('\n');
    expect(checkGrounding({ subjective: 'Patient reports undergoing stent placement in the right coronary artery in 2018 by Dr. Moore.' }, t)).toEqual([]);
    const acknowledged = t.replace('yeah sounds about right', 'okay , and');
    expect(checkGrounding({ subjective: 'Patient reports undergoing stent placement in the right coronary artery in 2018 by Dr. Moore.' }, acknowledged).map((f) => f.kind)).toEqual(['attribution']);
  });

  it('does not judge who said it when the examiner\'s words come under the patient\'s label', () => {
    const swapped = [
      '[doctor] so could it be the hay ?',
      "[patient] okay so now i'm gon na go ahead and do my physical exam . on your lung exam i do appreciate some crackles .",
      '[doctor] okay .',
      '[patient] hypersensitivity pneumonitis could be caused by bacteria or mold that is found in the hay , so we will keep you away from the hay .',
    ].join('\n');
    expect(checkGrounding({ assessment: 'I explained that hypersensitivity pneumonitis could be caused by bacteria and/or mold that is found in the hay.' }, swapped)).toEqual([]);
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
