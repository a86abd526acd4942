import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Short exchanges in the style of MTS-Dialog's tune half (even IDs).
describe('asking leave to go on', () => {
  const note = generateLocalNote([
    'Doctor: Have you been checking your blood sugar?',
    'Patient: Yes, twice a day.',
    'Doctor: Do you mind if I take a look at the readings you brought with you today?',
    "Patient: No, it's not a problem.",
    'Doctor: Mind if I take a look at your toe?',
    "Patient: I don't mind.",
    'Doctor: Does walking hurt?',
    "Patient: It's not a problem on the flat, only on hills.",
  ].join('\n'));
  const all = [note.subjective, note.objective, note.assessment, note.plan].join('\n');

  it("writes neither the request nor the patient's leave into the note", () => {
    expect(all).not.toMatch(/mind|readings the patient brought|^It's not a problem\.$/m);
    expect(note.subjective).toMatch(/blood sugar/);
  });

  it('keeps an answer that only starts like a leave', () => {
    expect(note.subjective).toMatch(/not a problem on the flat, only on hills/);
  });
});

describe('a referral offered with "I can"', () => {
  it('is plan', () => {
    const note = generateLocalNote([
      'Doctor: How often do you get migraine headaches?',
      'Patient: Once in a while. It is worse when the weather changes.',
      'Doctor: Do you see a neurologist?',
      'Patient: Not at the moment.',
      'Doctor: I can write you a referral to neurology for a second opinion.',
      'Patient: Gotcha.',
    ].join('\n'));
    expect(note.plan).toMatch(/referral to neurology/);
  });
});

describe('a treatment offered as an option', () => {
  const note = generateLocalNote([
    'Doctor: How many nights a week is she wet?',
    'Mum: Five or six nights out of seven.',
    "Doctor: Let's try a bedwetting alarm first.",
    "Doctor: We could use desmopressin at night if the alarm doesn't work.",
    'Doctor: The nurse will chaperone.',
  ].join('\n'));

  it('is plan, in the words it was offered in', () => {
    expect(note.plan).toMatch(/We could use desmopressin at night if the alarm doesn't work\./);
  });

  it('leaves the chaperone, a matter of running the visit, out of the plan', () => {
    expect(note.plan).not.toMatch(/chaperone/);
  });
});
