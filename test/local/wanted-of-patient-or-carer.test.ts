import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (lines: string[], specialty = 'generic') => generateLocalNote(lines.join('\n'), { specialty });

describe('what the clinician wants of the patient or a carer is a plan item', () => {
  it('keeps "I need somebody to…", "I want you in…" and "we need her on…"', () => {
    const n = note([
      'Doctor: What brings you in?',
      'Patient: The sore on my heel is no better.',
      'Doctor: Let me look. There is a 2 cm ulcer with a clean base.',
      'Doctor: This is a pressure ulcer. Once it heals, I want you in shoes with a wide toe box.',
      'Doctor: I need somebody to look at her heels every evening.',
      'Doctor: And we need her on a high-protein diet while it heals.',
      'Doctor: I will see her again in two weeks.',
    ]);
    expect(n.plan).toMatch(/wide toe box/i);
    expect(n.plan).toMatch(/heels every evening/i);
    expect(n.plan).toMatch(/high-protein diet/i);
  });

  it('leaves "I need you to tell me…" and exam moves out of the plan', () => {
    const n = note([
      'Physio: How is the knee?',
      'Patient: Sore going downstairs.',
      "Physio: I need you to tell me when it hurts. Let me bend it. I need you to stand on one leg for me.",
      'Physio: Flexion is 110 degrees and the single-leg stand wobbles.',
      'Physio: This looks like patellofemoral pain. I want you to do the step-downs twice a day.',
    ], 'physical_therapy');
    expect(n.plan).not.toMatch(/tell (?:me|him|her) when it hurts/i);
    expect(n.plan).not.toMatch(/stand on one leg/i);
    expect(n.plan).toMatch(/step-downs twice a day/i);
  });
});
