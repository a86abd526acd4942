import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const visit = (lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'physician' });

describe("the team's step said as what it would do, and a step should a condition come true", () => {
  it('places "we\'d start…" and "if…, then X would be offered" in the plan', () => {
    const n = visit(['Doctor: What brings you both in?', 'Patient: My knee keeps giving way on the stairs.', 'Doctor: Let me examine it. The knee is stable, mild effusion.',
      "Doctor: We'd use a hinged brace for now, since the ligaments hold.", 'Patient: Okay.',
      'Doctor: If the swelling returns after six weeks, then an MRI scan would be arranged.', 'Patient: Fine.']);
    expect(n.plan).toMatch(/hinged brace/);
    expect(n.plan).toMatch(/MRI scan would be arranged/);
  });

  it('keeps "both of you" as both of them, and leaves a hope or an expectation out of the plan', () => {
    const n = visit(['Nurse: Good morning to you both.', 'Patient: Morning, we came about the test results.', 'Nurse: Thanks. Your iron is low.',
      "Nurse: I'd suggest a repeat blood test for both of you next month.", "Patient: We'd want to know early, if it is in the family.",
      "Nurse: We'd expect the tiredness to ease within weeks.", 'Patient: Good.']);
    expect(n.plan).toMatch(/for both of them/);
    expect(n.plan).not.toMatch(/want to know early/);
    expect(n.plan).not.toMatch(/expect the tiredness/);
  });
});
