import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('values read out on a call and by a colleague', () => {
  it('reads a pair of numbers off the cuff asked for as a blood pressure', () => {
    const n = note(
      'Nurse: How is the dizziness?', 'Patient: Better since the tablets were cut down.',
      'Nurse: Have you got your monitor handy? Could you take a reading now for me?',
      'Patient: Just a sec. Right, it shows 126 over 74.',
    );
    expect(n.objective).toMatch(/126\/74 mmHg/);
  });

  it("writes a colleague's measured answer to the doctor's question as a finding", () => {
    const n = note(
      'Dr Ali: Sam, how much has the drain put out?',
      'Nurse Sam: About ninety mls since midnight, looks blood-stained.',
      'Dr Ali: Thanks. Any pain, Mrs Hart?', 'Mrs Hart: Only when I move.',
    );
    expect(n.objective).toMatch(/90 mL since midnight/);
    expect(n.subjective).not.toMatch(/90 mL/);
  });

  it('keeps a body mass index worked out and a grade read off the patient as findings', () => {
    const n = note(
      'Anaesthetist: Any problems with anaesthetics in the past?', 'Patient: No, never had one.',
      "Anaesthetist: Let's check a few things. Your height and weight give a body mass index of thirty-eight.",
      "Anaesthetist: Open wide. I can only see the soft palate, so that's Mallampati three.",
    );
    expect(n.objective).toMatch(/body mass index of 38/);
    expect(n.objective).toMatch(/Mallampati three/);
    expect(n.assessment).not.toMatch(/Mallampati/);
    expect(n.plan).not.toMatch(/few things/);
  });
});
