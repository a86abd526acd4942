import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Transcribers that spell abbreviations letter by letter (MTS-Dialog's style: "U T I", "C O P D", "M G");
// sentences written for this test.
const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('an abbreviation spelled letter by letter', () => {
  it('is written as the abbreviation', () => {
    const n = note('Doctor: What brings you in?', 'Patient: I get short of breath. I have C O P D.', 'Doctor: Are you taking the Macrodantin?',
      'Patient: Yes, one hundred M G.', 'Doctor: Okay so you had a U T I because of the bacteria named Enterococcus.');
    expect(n.subjective).toMatch(/\bCOPD\b/);
    expect(n.assessment).toMatch(/\bUTI\b/);
    expect(`${n.subjective}${n.assessment}`).not.toMatch(/\bU T I\b|\bC O P D\b/);
  });

  it('leaves a stuttered "I I" alone', () => {
    expect(note('Doctor: What brings you in?', 'Patient: I I think I have had a cough for three days.').subjective).not.toMatch(/\bII\b/);
  });
});
