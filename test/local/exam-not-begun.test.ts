import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { extractUtterances } from '../../src/local/extract-utterances.js';
import { trackPhases } from '../../src/local/track-phases.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { namesSpecialTestResult } from '../../src/local/special-tests.js';

const lines = (...l: string[]) => l.join('\n');
const phasesOf = (text: string): string[] => trackPhases(extractUtterances(readTranscript(text).turns));

describe('an exam opened to settle the patient, then the history taken', () => {
  const visit = [
    'Nurse: Pop yourself up on the couch for me, Sam.',
    'Dad: Has he broken it?',
    'Nurse: We will see. Tell me what happened.',
    'Sam: I fell off my bike and landed on my wrist.',
    'Nurse: Any tingling in the fingers?',
    'Sam: No tingling.',
    'Nurse: So there is swelling over the back of the wrist and some bruising at the base of the thumb.',
    "Nurse: Scaphoid compression negative. Finkelstein's positive on the right.",
    'Nurse: So this looks like a sprained wrist rather than a fracture.',
    'Nurse: A sling for comfort and paracetamol when needed.',
  ];

  it('goes back to the history when the story is asked for before anything is found', () => {
    const phases = phasesOf(lines(...visit));
    const u = extractUtterances(readTranscript(lines(...visit)).turns);
    const at = (s: string) => phases[u.findIndex((x) => x.text.includes(s))];
    expect(at('fell off my bike')).toBe('history');
    expect(at('swelling over the back')).toBe('exam');
    expect(at('Scaphoid compression')).toBe('exam');
    expect(at('sling for comfort')).toBe('plan');
  });

  it('keeps the story in the Subjective and the tests said while examining in the Objective', () => {
    const n = generateLocalNote(lines(...visit), { specialty: 'nurse' });
    expect(n.subjective).toMatch(/fell off (?:my|his|her|their) bike/i);
    expect(n.objective).toMatch(/scaphoid compression negative/i);
    expect(n.plan).toMatch(/sling/i);
  });

  it('still ends the exam on a verdict question once something has been found', () => {
    const phases = phasesOf(lines(
      'Doctor: Hop up on the bed. What happened?',
      'Patient: I twisted my knee skiing.',
      'Doctor: Let me examine it. There is a large effusion and the knee is warm.',
      'Patient: Is it torn?',
      'Doctor: We should get a scan.',
    ));
    expect(phases.at(-1)).toBe('plan');
  });

  it('does not go back to the history once a finding was said', () => {
    const phases = phasesOf(lines(
      'Doctor: Hop up on the bed. There is a large effusion and the knee is warm.',
      'Doctor: What happened?',
    ));
    expect(phases.at(-1)).toBe('exam');
  });
});

describe('a special test named with its result', () => {
  it('reads manoeuvres whatever their name', () => {
    expect(namesSpecialTestResult('Hawkins negative.')).toBe(true);
    expect(namesSpecialTestResult("McMurray's is positive on the left.")).toBe(true);
    expect(namesSpecialTestResult('Thompson test negative, so the tendon is intact.')).toBe(true);
  });

  it('leaves tests of a specimen, bare results and plans to other readers', () => {
    expect(namesSpecialTestResult('The strep swab is negative.')).toBe(false);
    expect(namesSpecialTestResult('Pregnancy test positive.')).toBe(false);
    expect(namesSpecialTestResult("That's negative.")).toBe(false);
    expect(namesSpecialTestResult('Tests negative.')).toBe(false);
    expect(namesSpecialTestResult('Thompson test negative, so we will not need a scan.')).toBe(false);
  });
});
