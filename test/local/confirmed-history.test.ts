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
