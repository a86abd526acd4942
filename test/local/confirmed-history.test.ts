import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// What the chart says, put to the patient as a statement with a tag and confirmed; answers said with a feeling
// ("Sadly, I do."). Sentences in the style of MTS-Dialog's history exchanges, written for this test.
const ask = (question: string, answer: string) =>
  generateLocalNote(['Doctor: What brings you in today?', "Patient: I've had a cough for two weeks.", `Doctor: ${question}`, `Patient: ${answer}`].join('\n')).subjective;

describe('a state put to the patient with a tag and confirmed', () => {
  it('writes "You have hypothyroidism, correct?" — "Yes." as the history', () => {
    expect(ask('You have hypothyroidism, correct?', 'Yes.')).toContain('The patient has hypothyroidism.');
  });

  it('writes a medicine confirmed with "That\'s right"', () => {
    expect(ask("You're on metformin, is that right?", "That's right.")).toContain('The patient is on metformin.');
  });

  it('writes nothing when the patient does not confirm', () => {
    const s = ask('You have hypothyroidism, correct?', 'No, that was my sister.');
    expect(s).not.toContain('The patient has hypothyroidism.');
  });

  it('leaves a present state put without a tag to the other readers', () => {
    expect(ask('You have a cough?', 'Yes.')).not.toMatch(/The patient has a cough\.$/m);
  });
});

describe('an answer said with a feeling', () => {
  it('reads "Sadly, I do." as a yes', () => {
    const s = ask('Do you have a history of classic migraines?', 'Sadly, I do.');
    expect(s).toMatch(/reports history of classic migraines/);
    expect(s).not.toMatch(/Sadly, the patient does/);
  });

  it('reads "Unfortunately, yes." as a yes, without quoting the question', () => {
    const s = ask('Do you have a history of migraines?', 'Unfortunately, yes.');
    expect(s).toMatch(/reports history of migraines/);
    expect(s).not.toMatch(/Have a history/);
  });
});

describe('what the chart says, put to the patient', () => {
  it('strips "I see your report says…" from a confirmed state', () => {
    expect(ask('I see your report says you have high blood pressure, correct?', "Yeah, that's correct.")).toContain('The patient has high blood pressure.');
  });

  it('strips "According to your chart,…"', () => {
    expect(ask("According to your chart, you're on lisinopril, is that right?", 'Yes.')).toContain('The patient is on lisinopril.');
  });
});

describe('answers that say more than yes', () => {
  it('keeps the event the patient names after the yes', () => {
    expect(ask('Did you have any heart issues in the past?', 'Ah yes, I had a heart attack.')).toMatch(/had a heart attack/);
  });

  it('writes "Have you ever seen…?" — "I have." without "ever"', () => {
    const s = ask('Have you ever seen a doctor for your allergies?', 'I have.');
    expect(s).toContain('The patient has seen a doctor for');
    expect(s).not.toMatch(/has ever seen/);
  });

  it('does not read a question about a doctor for allergies as an allergy question', () => {
    const s = ask('Have you ever seen a doctor for your allergies?', "No, I haven't.");
    expect(s).not.toMatch(/Denies allergies|No known allergies/i);
  });
});

describe('history the clinician already knows, said back', () => {
  const note = (...lines: string[]) => generateLocalNote(['Doctor: What brings you in today?', "Patient: I've had a cough for two weeks.", ...lines].join('\n'));

  it('is history (the assessment may still borrow it when it has nothing of its own)', () => {
    const n = note('Doctor: I know that you have been dealing with hypertension and high cholesterol. What else is going on?', 'Patient: My knee hurts.',
      "Doctor: This looks like osteoarthritis of the knee.");
    expect(n.subjective).toMatch(/has been dealing with hypertension and high cholesterol/);
    expect(n.assessment).not.toMatch(/hypertension and high cholesterol/);
  });

  it('writes the medicines the clinician reads off the chart in the history', () => {
    const n = note('Doctor: Are you taking any medication?', 'Patient: Yes, they have it in the chart.', 'Doctor: Yes I see Morphine, Darvocet, Flomax, Avodart and Ibuprofen.');
    expect(n.subjective).toMatch(/Flomax/);
    expect(n.objective).not.toMatch(/Flomax/);
  });
});
