import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Short answers to "what makes it worse?" and "where does it go?" mean nothing without their question.
describe('what brings a pain on, what eases it, and where it travels', () => {
  const n = generateLocalNote([
    'Doctor: What brings you in?',
    'Patient: My neck has been hurting for two weeks.',
    'Doctor: Does it go anywhere?',
    'Patient: Down my right arm to my thumb.',
    'Doctor: What makes it worse?',
    'Patient: Looking up. I can\'t hang washing out.',
    'Doctor: Does anything help?',
    'Patient: Heat, a bit.',
    'Doctor: Any numbness?',
    'Patient: No.',
    'Doctor: This looks like a trapped nerve in the neck. Start ibuprofen and see the physio.',
  ].join('\n'), { specialty: 'physician' });

  it('writes each answer under what was asked', () => {
    expect(n.subjective).toContain('Radiation: down the right arm to the thumb.');
    expect(n.subjective).toContain('Worse with: looking up.');
    expect(n.subjective).toContain('Better with: heat, a bit.');
  });

  it('leaves an answer in the first person and a denial to the other readers', () => {
    expect(n.subjective).toMatch(/can't hang washing out/);
    expect(n.subjective).not.toMatch(/Radiation: no|Worse with: no/i);
  });
});

// Unpunctuated speech-recognition text: the exam's opening runs into the vitals read out.
describe('vitals read out in the same breath as "let\'s have a look"', () => {
  it('are Objective', () => {
    const n = generateLocalNote([
      'dr: so what brings you in today',
      'pt: my knee is really swollen and hot since yesterday',
      "dr: okay let's have a look temperature is thirty seven point eight so a bit raised and your pulse is 96",
      'dr: the knee is hot and swollen with an effusion i think this is septic arthritis until proven otherwise',
      "dr: i'm going to send you to the hospital today",
    ].join('\n'), { specialty: 'physician' });
    expect(n.objective).toMatch(/temperature is 37\.8/i);
    expect(n.objective).toMatch(/pulse is 96/);
  });

  it('and a pressure read off after a pause ("Let me check it here... 154/86") is Objective too', () => {
    const n = generateLocalNote([
      'Doctor: How have your home readings been?',
      "Patient: Usually around 150 over 85, I'd say.",
      'Doctor: Let me check it here... 152/88. Still above target.',
      "Doctor: I'd like to increase the amlodipine to 10 mg.",
    ].join('\n'), { specialty: 'physician' });
    expect(n.objective).toMatch(/152\/88/);
  });
});

describe('the stage of a condition, said to the patient', () => {
  it('is the assessment, not an observation', () => {
    const n = generateLocalNote([
      'Physio: How has the shoulder been?',
      "Patient: Stiffer every week, and it aches at night.",
      'Physio: Lifting sideways you get to 80 degrees, and turning out is very limited.',
      "Physio: This looks like a frozen shoulder. You're in the freezing phase, where it gets stiffer before it eases.",
      'Physio: Do these pendulum exercises twice a day.',
    ].join('\n'), { specialty: 'physical_therapy' });
    expect(n.assessment).toMatch(/in the freezing phase/);
    expect(n.objective).not.toMatch(/freezing phase/);
  });
});
