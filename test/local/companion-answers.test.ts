import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A relative answering for a child: MTS-Dialog labels one "Guest_family"; sentences written for this test.
const note = (...lines: string[]) => generateLocalNote(lines.join('\n')).subjective;

describe('a relative who answers', () => {
  it('names "Guest_family" as a family member, not the patient', () => {
    const s = note('Doctor: What brings you in?', 'Guest_family: My baby is sick. He has had a fever for five days.');
    expect(s).toMatch(/Per the family member, he has had a fever for 5 days\./);
    expect(s).not.toMatch(/^My baby is sick\.$/m);
  });

  it('does not attribute twice, and keeps what follows the yes', () => {
    const s = note('Doctor: What brings you in?', 'Father: He has had a fever for five days.', 'Doctor: You gave him medication?',
      'Father: Yes, he finished Amoxil several days ago for sinus infection.');
    expect(s).toContain('The father gave him medication.');
    expect(s).not.toMatch(/The father gave him medication per the father/);
    expect(s).toMatch(/he finished Amoxil several days ago for sinus infection/);
  });
});
