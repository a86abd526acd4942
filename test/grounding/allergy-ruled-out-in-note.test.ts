import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Invented transcripts: a note that rules an allergy out records none, so it needs no allergy in the transcript.
const allergyKinds = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'allergy');

describe('an allergy the note rules out', () => {
  const asked = [
    'Nurse: I am going to give you amoxicillin for the ear. You are not allergic to penicillin, are you?',
    'Patient: No, nothing like that.',
    'Nurse: Any other allergies?',
    'Patient: None.',
  ].join('\n');

  it('is no allergy recorded', () => {
    for (const note of ['Not allergic to penicillin.', 'Denies being allergic to penicillin.', 'Patient is not allergic to penicillin or other medicines.'])
      expect(allergyKinds(note, asked), note).toHaveLength(0);
  });

  it('still catches an allergy the note records from the same question', () => {
    expect(allergyKinds('Allergic to penicillin (rash).', asked)).toHaveLength(1);
    expect(allergyKinds('Allergies: penicillin.', asked)).toHaveLength(1);
  });
});
