import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// How UK GPs put treatment forward in video consultations (the style of PriMock57): no "I'll prescribe" in sight.
const visit = (advice: string) =>
  generateLocalNote(['Doctor: What brings you in?', 'Patient: I have had headaches for three weeks.', `Doctor: It sounds like tension headaches. ${advice}`, 'Patient: OK.'].join('\n'));

describe('treatment put forward without an order word is plan', () => {
  it('reads advice by its worth ("would be advisable", "no harm in starting")', () => {
    expect(visit('In terms of treating your headaches today, some strong painkillers would be advisable.').plan).toMatch(/some strong painkillers would be advisable\./);
    expect(visit("If you're still breathless, there's no harm in starting a course of antibiotics, something like Amoxicillin.").plan).toMatch(/no harm in starting a course of antibiotics, something like Amoxicillin/);
  });

  it('reads a drug put forward ("think about…", "something called…")', () => {
    expect(visit('So, think about Paracetamol, or even Co-codamol.').plan).toContain('Think about Paracetamol, or even Co-codamol.');
    expect(visit("I'll give you antibiotics. Something, called either Nitrofurantoin, or Trimethoprim.").plan).toMatch(/Something, called either Nitrofurantoin, or Trimethoprim/);
  });

  it('reads a thing to do that will help, after its condition', () => {
    const n = visit('If you are feeling feverish and weak, eh taking some paracetamol, uh, two tablets up to four times a day can also help.');
    expect(n.plan).toMatch(/taking some paracetamol, two tablets up to 4 times a day can also help/);
    expect(visit('Paracetamol can also help.').plan).toContain('Paracetamol can also help.');
  });

  it('leaves a drug the patient tried where it was', () => {
    const tried = generateLocalNote(['Doctor: What have you tried?', 'Patient: I took some paracetamol and it can help a bit.', 'Doctor: OK.'].join('\n'));
    expect(tried.plan).not.toMatch(/paracetamol/i);
  });
});

describe('British spellings of conditions and findings', () => {
  it('reads "sleep apnoea" as a diagnosis and "oedema" as a finding, as their American spellings are', () => {
    const n = generateLocalNote([
      'Doctor: How are you sleeping?',
      'Patient: I snore and I fall asleep at traffic lights.',
      "Doctor: So putting it together, you have severe obstructive sleep apnoea. There's mild oedema of both ankles.",
      'Patient: Oh.',
      "Doctor: I'll refer you for CPAP.",
    ].join('\n'));
    expect(n.assessment).toMatch(/severe obstructive sleep apnoea/);
    expect(n.objective).toMatch(/mild oedema of both ankles/);
  });
});
