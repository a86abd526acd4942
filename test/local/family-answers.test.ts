import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Family history asked as "does anyone in your family have…?" (the shape of MTS-Dialog's FAM/SOCHX exchanges;
// sentences written for this test).
const visit = (...lines: string[]) =>
  generateLocalNote(['Doctor: What brings you in today?', "Patient: I've had a cough for two weeks.", ...lines].join('\n')).subjective;

describe('a family-history question and its answer', () => {
  it('names the relative who has the condition', () => {
    expect(visit('Doctor: Does anyone in your family have diabetes?', 'Patient: Yes, my mother.')).toContain('Family history of diabetes: mother.');
  });

  it('names several relatives said without a yes', () => {
    expect(visit('Doctor: Has anybody in the family had cancer?', 'Patient: My dad and my aunt.')).toContain('Family history of cancer: dad, aunt.');
  });

  it('keeps "how many" when the answer names no relative, and reads a follow-on "How about…?" as family history too', () => {
    const s = visit('Doctor: Does anyone else in your family suffer from high blood pressure?', 'Patient: Oh yeah, quite a few relatives actually.',
      'Doctor: How about diabetes?', 'Patient: Yeah, sadly.');
    expect(s).toContain('Family history of high blood pressure: quite a few relatives.');
    expect(s).toContain('Family history of diabetes.');
    expect(s).not.toMatch(/Diabetes: yeah|sadly/);
  });

  it('writes a no, hedged or not', () => {
    expect(visit('Doctor: Does anyone in your family have heart problems?', 'Patient: No.')).toContain('No family history of heart problems.');
    expect(visit('Doctor: Does anyone in your family have heart problems?', 'Patient: Not that I know of.')).toContain('No known family history of heart problems.');
  });
});

describe('what is not family history', () => {
  it('does not read "How about…?" as family history after another question', () => {
    expect(visit('Doctor: Any fever?', 'Patient: No.', 'Doctor: How about diabetes?', 'Patient: Yes.')).not.toMatch(/Family history of diabetes/);
  });

  it('does not make a habit a condition', () => {
    expect(visit('Doctor: Does anyone in your family smoke?', 'Patient: Yes, my dad.')).not.toMatch(/Family history of smoke/);
  });
});

describe('a family-history question asked without its auxiliary', () => {
  it('reads "Anyone in your family had…?" as the family question it is', () => {
    expect(visit('Doctor: Anyone in your family had bowel cancer?', 'Patient: Not that I know of.')).toContain('No known family history of bowel cancer.');
  });
});
