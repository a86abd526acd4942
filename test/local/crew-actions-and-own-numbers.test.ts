import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { rewriteClinicianSpeech } from '../../src/local/rewrite-person.js';

// A call written for these tests (invented patient): an ambulance crew with a man who fell from a ladder.
const LADDER = [
  'Paramedic: Hi Tom, I\'m Ana from the ambulance. What happened?',
  'Patient: I came off the ladder, maybe six rungs up, onto my left wrist.',
  'Paramedic: Let me check your feet — no swelling around the ankles.',
  'Paramedic: And the wrist is swollen and bent.',
  'Paramedic: Pain out of ten?',
  'Patient: Eight.',
  'Paramedic: I\'m going to give you some methoxyflurane to breathe, the green whistle.',
  'EMT: Sharp scratch — IV line in the back of the right hand, that\'s in.',
  'Paramedic: We\'re taking you to Riverside General, they have the hand surgeons.',
  'Paramedic: We\'ll get you checked over properly there.',
];

describe('what an ambulance crew does and where it goes', () => {
  const note = generateLocalNote(LADDER.join('\n'), { specialty: 'paramedic' });

  it('writes the destination as the plan', () => {
    expect(note.plan).toMatch(/taking (?:him|the patient) to Riverside General/);
  });

  it('writes a line put in now as the plan, not the history', () => {
    expect(note.plan).toMatch(/IV line in the back of the right hand/);
    expect(note.subjective).not.toMatch(/IV line/);
  });

  it('keeps a finding said after the request to look, past the dash', () => {
    expect(note.objective).toMatch(/no swelling around the ankles/i);
  });
});

describe('"you" after get or keep', () => {
  it('is the object of what follows', () => {
    expect(rewriteClinicianSpeech("We'll get you checked over properly there.", 'male')).toBe("We'll get him checked over properly there.");
    expect(rewriteClinicianSpeech("Let's keep you on the same dose.", 'female')).toBe("Let's keep her on the same dose.");
  });
});

describe('a number the patient gives about themselves', () => {
  it('is kept in the history', () => {
    const note = generateLocalNote([
      'Nurse: Can you blow into the peak flow meter for me? What is your usual best?',
      'Patient: My best is about 450.',
      'Nurse: And how often are you using the blue inhaler?',
      'Patient: Four or five times a day this week.',
      'Nurse: Any waking at night with it?',
      'Patient: Most nights, around three.',
      'Nurse: Are you taking the brown one every day?',
      'Patient: I forget it quite a lot.',
      'Nurse: Any fever or green phlegm?',
      'Patient: No.',
      'Nurse: Let me listen. A few wheezes on both sides.',
      'Nurse: Today your peak flow is 300, so about two thirds of your best.',
      'Nurse: Take the brown inhaler twice every day, and book in with the GP this week.',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(note.subjective).toMatch(/best is about 450/);
  });
});


describe('a finding seen over video', () => {
  it('is the exam, with "on video" as its lead', () => {
    const note = generateLocalNote([
      'Vet: Hi both, how is Pepper doing?',
      'Owner: She has been limping on the front right leg since Monday.',
      'Vet: Can you walk her towards the camera for me?',
      'Owner: Come on, Pepper.',
      'Vet: On video I can see she is toe-touching on the right fore.',
    ].join('\n'), { specialty: 'veterinary' });
    expect(note.objective).toMatch(/toe-touching on the right fore/);
  });
});
