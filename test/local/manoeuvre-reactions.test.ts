import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A narrated exam: the examiner says what the hands do, the patient says what it felt like.
describe("the patient's reply to a manoeuvre said as it is done", () => {
  const n = generateLocalNote([
    'Doctor: What brings you in?',
    'Patient: My right knee gave way at football.',
    "Doctor: Okay, I'll have a look. Now I'll pull the shin forward.",
    'Patient: Ow.',
    "Doctor: I'm going to bend your knee and twist it slightly.",
    'Patient: That clicks.',
    'Doctor: Pressing along the joint line.',
    'Patient: Sore there.',
    "Doctor: And I'll press on the kneecap.",
    "Patient: No, that's fine.",
    'Doctor: This looks like a meniscal tear. I will refer you for an MRI.',
  ].join('\n'), { specialty: 'physician' });

  it('is a finding of the exam, the reply quoted as said', () => {
    expect(n.objective).toContain('Pulling the shin forward: "Ow."');
    expect(n.objective).toContain('Bending the knee and twisting it slightly: "That clicks."');
    expect(n.objective).toContain('Pressing along the joint line: "Sore there."');
  });

  it('leaves a reply that only acknowledges, and keeps the reaction out of the history', () => {
    expect(n.objective).not.toMatch(/kneecap/);
    expect(n.subjective).not.toMatch(/Sore there|clicks/i);
  });
});

describe('an opinion that opens with a manoeuvre verb', () => {
  it('is not read as the hands on the body', () => {
    const n = generateLocalNote(['Doctor: How is the wrist?', 'Patient: Bad.', 'Doctor: I am feeling this is a sprain.', 'Patient: That hurts.'].join('\n'), { specialty: 'physician' });
    expect(n.objective).not.toMatch(/Feeling this is a sprain/);
  });
});
