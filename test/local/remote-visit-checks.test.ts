import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A telephone or video visit opens by checking who and where the patient is: none of it is the note's.
describe('identity and privacy checks at the start of a remote visit', () => {
  const t = [
    "Doctor: Hello, I'm Dr Patel. Before we start, could you confirm your full name for me?",
    'Patient: Jo Bloggs.',
    'Doctor: And your date of birth?',
    'Patient: Third of March, nineteen seventy.',
    'Doctor: And the first line of your address?',
    'Patient: Twelve Acacia Road.',
    "Doctor: Are you somewhere private where you're happy to talk?",
    'Patient: Yes, at home.',
    "Doctor: Good. What's been going on?",
    "Patient: I've had a sore throat and a fever for three days.",
    'Doctor: Any cough?',
    'Patient: No.',
    "Doctor: This sounds like tonsillitis. I'll send a prescription for penicillin V for ten days.",
  ].join('\n');
  const n = generateLocalNote(t, { specialty: 'physician' });
  const all = [n.subjective, n.objective, n.assessment, n.plan].join('\n');

  it('leaves out the name, the date of birth and the address, and the questions that asked for them', () => {
    expect(all).not.toMatch(/Bloggs|Acacia|March|1970|nineteen seventy|full name|date of birth|address/i);
  });

  it('keeps the history that follows', () => {
    expect(n.subjective).toMatch(/sore throat and a fever for 3 days/);
    expect(n.subjective).toMatch(/denies cough/);
  });
});
