import { describe, expect, it } from 'vitest';
import { extractUtterances } from '../../src/local/extract-utterances.js';
import { trackPhases } from '../../src/local/track-phases.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

function phasesOf(text: string): string[] {
  return trackPhases(extractUtterances(readTranscript(text).turns));
}

describe('the phase of a call whose clinician opens the chart first', () => {
  it('keeps taking the history after "I\'ve got your notes up"', () => {
    const phases = phasesOf([
      "Nurse: Hello Mr Dale. Right, I've got your notes up. What can I do for you?",
      'Mr Dale: My ankles have been swelling since the new blood pressure tablet.',
      'Nurse: How long has that been going on?',
      'Mr Dale: About ten days.',
    ].join('\n'));
    expect(phases.every((p) => p === 'history')).toBe(true);
  });

  it('still opens the results when the report itself is up', () => {
    const phases = phasesOf([
      'Nurse: How have you been?', 'Mr Dale: Fine.',
      "Nurse: I've got your scan report up. The gallbladder has two small stones in it.",
    ].join('\n'));
    expect(phases.at(-1)).toBe('exam');
  });
});

describe('a visit that opens on its referral and asks what the patient knows', () => {
  it('keeps taking the history after "I have the referral letter here" and "do you know what that means?"', () => {
    const phases = phasesOf([
      "Clinician: Hi, I'm Sam from the weight service. I have the referral letter here.",
      'Patient: Okay.',
      'Clinician: Your cholesterol at the GP was 7.2. Do you know what that number means?',
      "Patient: That it's too high. My dad had a heart attack at fifty.",
      'Clinician: Evenings?',
      'Patient: Chips or a curry most nights, and three or four lagers.',
    ].join('\n'));
    expect(phases.every((p) => p === 'history')).toBe(true);
  });

  it('still turns to the plan when the clinician explains what it means', () => {
    const phases = phasesOf([
      'Clinician: Evenings?',
      'Patient: Chips or a curry most nights.',
      'Clinician: Let me explain what that means for you. Cutting back on the chips will help.',
    ].join('\n'));
    expect(phases.at(-1)).toBe('plan');
  });
});
