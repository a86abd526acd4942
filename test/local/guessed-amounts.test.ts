import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

/** Enough turns of ordinary talk that the visit is long, where a patient's sentence needs a clinical word to be kept. */
const LONG_VISIT = Array.from({ length: 24 }, (_, k) => [`Nurse: And how was the ${k + 1}th week?`, 'Patient: Fine, nothing to report there really.']).flat();

describe('a guessed amount said with a rising tone', () => {
  const n = generateLocalNote([
    'Nurse: How far can you walk before you have to stop?',
    'Patient: Maybe, what, a hundred yards on the flat? Then I have to stop and catch my breath.',
    'Nurse: And how long have you smoked for?',
    'Patient: Since I was fifteen. So, what... thirty years?',
    'Nurse: And coughing?',
    'Patient: Every morning. I bring up a bit of white phlegm and then it settles down.',
    ...LONG_VISIT,
  ].join('\n'));

  it('is the answer, not a question', () => {
    expect(n.subjective).toMatch(/a hundred yards on the flat/);
    expect(n.subjective).toMatch(/30 years/);
  });

  it('keeps sputum and walking distance in a long visit', () => {
    expect(n.subjective).toMatch(/white phlegm/);
  });

  it('leaves the patient\'s real questions out', () => {
    const m = generateLocalNote([
      'Doctor: You need to take two puffs twice a day.',
      'Patient: Two puffs or four?',
      'Doctor: Two. And the steroid course is five days.',
      'Patient: Five days, you mean?',
      'Patient: Is it serious?',
    ].join('\n'));
    expect(`${m.subjective}\n${m.objective}`).not.toMatch(/puffs or four|you mean|serious/i);
  });
});
