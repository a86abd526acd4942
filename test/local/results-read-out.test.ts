import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { normalizeMeasurements } from '../../src/local/normalize-measurements.js';

describe('results read out in words, and the condition they show', () => {
  it('writes a list of results named and said in words as digits', () => {
    expect(normalizeMeasurements('Sodium one thirty-eight, potassium three point nine, creatinine ninety.')).toBe('Sodium 138, potassium 3.9, creatinine 90.');
    expect(normalizeMeasurements('Platelets two hundred and ten, fine.')).toBe('Platelets 210, fine.');
    expect(normalizeMeasurements('She takes potassium one tablet a day.')).toBe('She takes potassium one tablet a day.');
  });

  it('puts the results in the Objective and the condition read from them in the Assessment', () => {
    const n = generateLocalNote([
      'Doctor: How have you been since the last cycle?',
      'Patient: Tired, and I had a sore mouth for a week.',
      'Doctor: Let me look at your bloods from this morning. Your kidney function is fine, sodium one thirty-eight, potassium three point nine.',
      "Doctor: Your haemoglobin is ninety-six, which is low, so you're a bit anaemic. And she's thrombocytopenic too, platelets are sixty.",
      'Doctor: The soreness in your mouth is mild mucositis from the chemotherapy.',
      'Doctor: I will delay the next cycle by a week and repeat the bloods on Monday.',
    ].join('\n'));
    expect(n.objective).toMatch(/sodium 138, potassium 3\.9/);
    expect(n.objective).toMatch(/haemoglobin is 96/i);
    expect(n.assessment).toMatch(/a bit anaemic/);
    expect(n.assessment).toMatch(/mucositis from the chemotherapy/);
    expect(n.subjective).not.toMatch(/sodium|potassium/i);
  });
});
