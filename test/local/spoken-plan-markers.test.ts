import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { splitSentences } from '../../src/local/split-sentences.js';

describe('plan items said as what matters', () => {
  it("places 'the really important thing is keep it dry' in the plan", () => {
    const n = generateLocalNote([
      'Doctor: This is otitis externa, an infection of the skin of the ear canal.',
      'Doctor: I am going to start a spray called Otomize, one spray three times a day for seven days.',
      'Doctor: And the really important thing is keep it dry, so no swimming for two weeks.',
    ].join('\n'));
    expect(n.plan).toMatch(/keep it dry, so no swimming for 2 weeks/);
  });

  it('leaves "the main thing is" that reports rather than instructs alone', () => {
    const n = generateLocalNote(['Doctor: How has it been?', 'Patient: The main thing is the pain at night, it wakes me up.'].join('\n'));
    expect(n.plan).not.toMatch(/main thing/);
  });
});

describe('unpunctuated examinations', () => {
  it('cuts a run-on where the examiner moves to a side', () => {
    const run = "right okay let's have a look so left ear first that's completely normal canal's clear drum looks healthy now the right ear i'm just going to pull gently on the ear";
    expect(splitSentences(run)).toEqual(["right okay let's have a look", "so left ear first that's completely normal canal's clear drum looks healthy", "now the right ear i'm just going to pull gently on the ear"]);
  });
});

describe('a yes/no question with a second question after "or"', () => {
  it('writes the no for the first question only, and reads no yes at all', () => {
    const q = 'Doctor: Do the headaches wake you up at night, or are they worse when you cough or bend over?';
    const no = generateLocalNote([q, "Patient: No, they don't wake me up."].join('\n'));
    expect(no.subjective).toMatch(/The headaches do not wake the patient up at night\./);
    expect(no.subjective).not.toMatch(/worse when/);
    const yes = generateLocalNote([q, 'Patient: Yes.'].join('\n'));
    expect(yes.subjective).not.toMatch(/wake the patient up at night|worse when the patient coughs/);
  });
});
