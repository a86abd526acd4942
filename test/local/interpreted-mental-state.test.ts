import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { chooseAddressee } from '../../src/local/draft-dialogue.js';
import { MENTAL_STATE_SEEN } from '../../src/local/purpose-patterns.js';

// Visits and sentences written for these tests (invented patients).
describe('a visit where only the clinician and an interpreter are labelled', () => {
  it('never takes the interpreter for the one the clinician addresses', () => {
    expect(chooseAddressee({ 'Dr. Aalto': 'clinician', 'Interpreter (Yusuf)': 'other' })).toBeUndefined();
    expect(chooseAddressee({ Nurse: 'clinician', Translator: 'other' })).toBeUndefined();
    expect(chooseAddressee({ Vet: 'clinician', Owner: 'other' })).toBe('the owner');
  });

  it('writes the clinician\'s "you" as the patient, not the interpreter', () => {
    const visit = [
      'Dr. Aalto: Thank you, Yusuf, for interpreting today. How has the mood been?',
      'Interpreter (Yusuf): He says it is a little better, maybe four out of ten.',
      'Dr. Aalto: Let me tell you what I notice today. Your speech is slow and quiet.',
      'Dr. Aalto: Your affect is flat, but you smiled once.',
      'Dr. Aalto: I would like to increase the mirtazapine to 30 mg at night.',
    ].join('\n');
    const note = generateLocalNote(visit);
    expect(note.objective).not.toMatch(/interpreter/i);
    expect(note.objective).toMatch(/speech is slow and quiet/);
  }, 30_000);
});

describe('what the examiner sees of the mental state, said to the patient', () => {
  it('reads arrival, dress, eye contact and the mood described as seen now', () => {
    for (const text of [
      'You came in smartly dressed today, which is new.',
      'He arrived poorly groomed and a bit restless.',
      'You describe your mood as flat but steadier.',
      'She rates her mood today as six out of ten.',
      "You're making good eye contact this time.",
    ]) expect(MENTAL_STATE_SEEN.test(text), text).toBe(true);
  });
  it('leaves what was said of other days alone', () => {
    for (const text of ['You came in on the bus?', 'You described the pain as sharp.', 'He arrived home at six.'])
      expect(MENTAL_STATE_SEEN.test(text), text).toBe(false);
  });
});
