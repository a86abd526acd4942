import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// An interpreted visit written for this test: the patient answers "si" (Spanish yes), which is not the chart's "SI"
// (suicidal ideation); a clinician's dictated "no SI or HI" still is.
const claims = (note: Record<string, string>, transcript: string) => checkGrounding(note, transcript).map((f) => f.claim);

const interpreted = [
  'Doctor: Has the cough kept her awake at night?',
  'Interpreter: She says si, most nights.',
  'Doctor: Has she had any suicidal feelings lately?',
  'Interpreter: She says no, nothing like that.',
  'Doctor: Is the inhaler helping?',
  'Patient: Si, si.',
].join('\n');

describe('the Spanish "si" of an interpreted visit', () => {
  it('is not the chart\'s SI, so suicidal thoughts the note adds are unsupported', () => {
    expect(claims({ subjective: 'Night cough most nights. Reports suicidal thoughts.' }, interpreted)).not.toEqual([]);
    expect(claims({ subjective: 'Night cough most nights. Positive for SI.' }, interpreted)).not.toEqual([]);
  });

  it('leaves the denial the patient gave standing', () => {
    expect(claims({ subjective: 'Night cough most nights. Denies suicidal thoughts.' }, interpreted)).toEqual([]);
  });
});

describe('the chart\'s SI in a dictation', () => {
  const dictated = 'Doctor: Mood is low but she denies SI or HI, and has good support at home.';

  it('still supports a note that records the denial', () => {
    expect(claims({ subjective: 'Low mood. No suicidal ideation; good support at home.' }, dictated)).toEqual([]);
  });
});
