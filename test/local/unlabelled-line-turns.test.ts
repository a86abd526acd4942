import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A visit pasted a turn a line with no speaker labels: each question's answer is on the next line.
const SORE_THROAT = [
  'What brings you in today?',
  "My throat's been really sore for four days and I've had a temperature.",
  'Are you able to swallow?',
  'Only soft food, it really hurts.',
  'Any cough with it?',
  'No, no cough.',
  'Do you drink alcohol?',
  'Yes, a couple of beers at the weekend.',
  'Let me have a look. Your tonsils are swollen with white patches and your temperature is 38.1.',
  'Okay.',
  'This looks like tonsillitis, probably bacterial.',
  'Right.',
  "I'm going to give you penicillin V 500 mg four times a day for ten days.",
].join('\n');

describe('unlabelled dialogue pasted a turn a line', () => {
  const note = generateLocalNote(SORE_THROAT, { specialty: 'physician' });

  it("reads the line after a question as the patient's answer", () => {
    expect(note.subjective).toMatch(/sore for 4 days/);
    expect(note.subjective).toMatch(/denies cough/i);
    expect(note.subjective).toMatch(/alcohol: yes, a couple of beers/i);
    expect(note.plan).not.toMatch(/beers/);
  });

  it("keeps a lone 'Okay.' or 'Right.' out of the clinician's findings and plan", () => {
    expect(note.objective).toMatch(/tonsils are swollen/);
    expect(note.objective).not.toMatch(/^Okay\.$/m);
    expect(note.plan).not.toMatch(/^Right\.$/m);
    expect(note.plan).toMatch(/penicillin V 500 mg/);
  });
});
