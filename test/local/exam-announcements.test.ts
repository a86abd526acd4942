import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// The examiner saying what the hands do next is the visit itself, not a plan for later.
describe('an exam manoeuvre announced as it is done', () => {
  const n = generateLocalNote([
    'Doctor: What brings you in?',
    'Patient: My right knee gave way at football.',
    "Doctor: Okay, I'll have a look. Now I'll pull the shin forward.",
    'Patient: Ow.',
    "Doctor: I'm going to bend your knee and twist it slightly.",
    'Patient: That clicks.',
    'Doctor: Next I will check your reflexes.',
    'Doctor: This looks like a meniscal tear. I will refer you for an MRI and physio, and I will check your knee again in two weeks.',
  ].join('\n'), { specialty: 'physician' });

  it('keeps the manoeuvres out of the plan', () => {
    expect(n.plan).not.toMatch(/have a look|pull the shin|bend (?:the patient's|their|his|her) knee|reflexes/);
  });

  it('keeps the orders and a check said for later', () => {
    expect(n.plan).toMatch(/refer the patient for an MRI and physio/);
    expect(n.plan).toMatch(/in 2 weeks/);
  });
});
