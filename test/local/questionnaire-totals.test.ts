import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

// A hand-therapy review written for this test (invented patient).
describe("a questionnaire's total said as what it came out at", () => {
  it('writes the total as a result, and leaves a time something came out at alone', () => {
    const text = [
      'Therapist: How is the thumb this week?',
      'Patient: Stiff, but I can hold a cup now.',
      'Therapist: Good. The form you filled in at reception, the PRWE, came out at thirty-eight.',
      'Patient: Is that good?',
      'Therapist: The stitches came out at two weeks, and the swelling has settled.',
    ].join('\n');
    const n = generateLocalNote(text);
    expect(n.objective).toMatch(/PRWE, came out at thirty-eight/);
    expect(n.objective).not.toMatch(/stitches came out/);
    expect(checkGrounding(n, text)).toEqual([]);
  });
});
