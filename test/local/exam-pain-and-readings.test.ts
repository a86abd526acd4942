import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { DIAGNOSIS_TERM } from '../../src/local/clinical-vocabulary.js';

describe('pain brought on by the examiner', () => {
  it('writes "She has pain bending the elbow past ninety." as a finding', () => {
    const n = generateLocalNote([
      'Doctor: Let me examine the arm. Straighten it for me.',
      'Patient: Ouch.',
      'Doctor: She has pain bending the elbow past ninety. No swelling.',
    ].join('\n'));
    expect(n.objective).toMatch(/She has pain bending the elbow past/);
  });
});

describe('a colleague reading out a measurement with its earlier value', () => {
  it('keeps the reading in the exam, not the history', () => {
    const n = generateLocalNote([
      'Dr Shaw: Amira, what did you get for her observations?',
      'Amira (nurse): Weight is 71.5 kg, down from 74 last month.',
      'Dr Shaw: Thanks. So the new tablets are helping her lose weight.',
    ].join('\n'));
    expect(n.objective).toMatch(/71\.5 kg, down from 74 last month/);
    expect(n.subjective).not.toMatch(/71\.5/);
  });
});

describe('a condition named with the clinician\'s certainty', () => {
  it('reads a rupture as a condition and "I\'m almost certain" as naming it', () => {
    expect(DIAGNOSIS_TERM.test('an Achilles tendon rupture')).toBe(true);
    const n = generateLocalNote([
      'Doctor: Squeeze test on the right calf. The foot does not move.',
      "Doctor: What I'm almost certain has happened is a ruptured Achilles tendon on the right.",
      'Patient: Oh no.',
    ].join('\n'));
    expect(n.assessment).toMatch(/ruptured Achilles tendon/);
  });
});

describe('a body part and what it shows, said with no verb (stop 45)', () => {
  it('keeps "Eardrums red." and "Neck supple." said between manoeuvres as findings', () => {
    const n = generateLocalNote([
      'Doctor: What has been going on?', 'Patient: Earache on both sides since Friday, and a temperature.',
      'Doctor: Let me have a look in your ears. Eardrums red. Any pain when I move this?', 'Patient: No.',
      'Doctor: And your neck. Neck supple.', 'Doctor: We will start amoxicillin and review on Monday.',
    ].join('\n'));
    expect(n.objective).toMatch(/Eardrums red\./);
    expect(n.objective).toMatch(/Neck supple\./);
  });

  it('leaves the patient\'s "Throat sore." and a request ("Chin down.") out of the exam', () => {
    const n = generateLocalNote([
      'Doctor: What brings you in?', 'Patient: Throat sore. Since Tuesday.',
      'Doctor: Let me look. Chin down. Your tonsils are swollen with some pus.', 'Doctor: We will take a swab.',
    ].join('\n'));
    expect(n.objective).not.toMatch(/Throat sore|Chin down/);
    expect(n.subjective).toMatch(/[Tt]hroat sore/);
  });
});
