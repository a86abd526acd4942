import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('dictation with only some sections labelled', () => {
  const n = generateLocalNote([
    'Review for Mrs. Hale, 71, with COPD and atrial fibrillation. She says her breathing is about the same and she walks to the shops with two stops.',
    'She uses tiotropium daily and apixaban 5 mg twice a day. Some ankle swelling in the evenings.',
    'Exam: saturations 94% on air, scattered wheeze at both bases, mild pitting oedema to the mid shin.',
    'Assessment: COPD stable, mild fluid retention.',
    'I am starting furosemide 20 mg each morning and arranging an echo. Review in six weeks.',
  ].join(' '));

  it('writes the unlabelled opening as history', () => {
    expect(n.subjective).toMatch(/Review for Mrs\. Hale/);
    expect(n.subjective).toMatch(/ankle swelling in the evenings/);
    expect(n.plan).not.toMatch(/Review for Mrs|ankle swelling/);
    expect(n.objective).not.toMatch(/walks to the shops/);
  });

  it('writes the unlabelled orders after the assessment heading as plan', () => {
    expect(n.assessment).toMatch(/COPD stable/);
    expect(n.plan).toMatch(/starting furosemide 20 mg/);
    expect(n.plan).toMatch(/Review in 6 weeks/);
    expect(n.assessment).not.toMatch(/furosemide/);
  });
});

describe('a lower-case dictation run with bare spoken headings', () => {
  it('cuts the run at a bare "exam" and at the "plan" after the impression', () => {
    const n = generateLocalNote('dictating on peter lund a 34 year old man with two days of sore throat and fever no cough no rash he has no allergies '
      + 'exam temperature 38.4 tonsils swollen with exudate tender anterior neck nodes '
      + 'impression streptococcal tonsillitis plan penicillin v 500 mg four times a day for ten days paracetamol for the fever and return if he cannot swallow');
    expect(n.objective).toMatch(/^(?:PHYSICAL EXAM\n)?Temperature 38\.4/m);
    expect(n.assessment).toMatch(/streptococcal tonsillitis\.?$/im);
    expect(n.assessment).not.toMatch(/penicillin/);
    expect(n.plan).toMatch(/penicillin v 500 mg/i);
  });
});
