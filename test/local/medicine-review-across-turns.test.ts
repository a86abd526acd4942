import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A medicines review opened in one turn and read out in the clinician's later ones, between the patient's answers.
describe('a medicines review read out over several turns', () => {
  const note = generateLocalNote([
    'Pharmacist: Thanks for bringing everything. Shall we go through the boxes together? Are they in a dosette?',
    'Patient: My son fills a dosette on Sundays. A couple are still in their own boxes.',
    'Pharmacist: Okay. Ramipril 5 mg, once a day.',
    'Patient: For the pressure, yes.',
    'Pharmacist: Right. Metformin 500 mg with breakfast and tea.',
    'Patient: That one upsets my tummy sometimes.',
    'Pharmacist: And this loose one, simvastatin 20 mg.',
    'Patient: At bedtime.',
    'Pharmacist: The other box, sertraline 50 mg.',
    'Patient: The GP started that in the spring.',
    'Pharmacist: Your blood pressure today is 128 over 76.',
    'Pharmacist: I will write to your GP to suggest we stop the simvastatin and start atorvastatin 20 mg instead.',
  ].join('\n'), { specialty: 'pharmacist' });

  it('keeps each drug read out in a later turn as a current medicine', () => {
    expect(note.subjective).toMatch(/Ramipril 5 mg, once a day/);
    expect(note.subjective).toMatch(/Metformin 500 mg with breakfast and tea/);
    expect(note.plan).not.toMatch(/Ramipril 5 mg|Metformin 500 mg/);
  });

  it('reads past the container the clinician points at', () => {
    expect(note.subjective).toMatch(/simvastatin 20 mg/i);
    expect(note.subjective).toMatch(/sertraline 50 mg/i);
    expect(note.objective).not.toMatch(/simvastatin 20 mg|sertraline 50 mg/i);
  });

  it('leaves a change to a drug in the plan', () => {
    expect(note.plan).toMatch(/atorvastatin 20 mg/);
    expect(note.subjective).not.toMatch(/atorvastatin/);
  });
});
