import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'generic' });

describe('statements and answers said with a rising tone', () => {
  it('keeps "I noticed it, what, two weeks ago?" as history, without the reckoning "what"', () => {
    for (const said of ['I noticed it, what, two weeks ago?', 'It started, what, about three days ago?', 'My ankle went, what... a month ago?']) {
      const n = note(['Nurse: What brings you in today?', `Patient: ${said}`, 'Nurse: Okay. Any fever?', 'Patient: No.']);
      expect(n.subjective).toMatch(/(?:2 weeks|3 days|a month) ago/i);
      expect(n.subjective).not.toMatch(/\bwhat\b/i);
    }
  });

  it('reads "you\'ve had X how long now?" — "Twenty years?" as the duration of X', () => {
    const cases: [string, string, RegExp][] = [
      ["And you've had type 2 diabetes how long now?", 'Oh... twenty years? About that.', /type 2 diabetes: 20 years/i],
      ["You've been on the warfarin for how long?", 'Six months?', /warfarin: 6 months/i],
      ["So she's been on the levothyroxine how long now?", 'Two years?', /levothyroxine: 2 years/i],
    ];
    for (const [asked, answered, expected] of cases) {
      const n = note(['Doctor: What can I do for you?', 'Patient: I need a review of my medicines.', `Doctor: ${asked}`, `Patient: ${answered}`]);
      expect(n.subjective).toMatch(expected);
    }
  });

  it('still treats a real question back as a question', () => {
    const n = note(['Doctor: How long have you had the rash?', 'Patient: Is it contagious?', 'Doctor: No, it is not.']);
    expect(n.subjective).not.toMatch(/Duration/i);
  });
});
