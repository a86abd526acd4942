import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe("a colleague's handover of what they measured", () => {
  const n = generateLocalNote([
    "Dr. Khan: Thanks, Sister. What's the story?",
    'Nurse Ana: Sixty-eight-year-old woman, short of breath since this morning. Sats 89% on air, resp rate 26, pulse 112. Her ECG shows atrial fibrillation.',
    'Dr. Khan: Hello, how is the breathing now?',
    'Pt: Bit better with the oxygen.',
    'Dr. Khan: There are crackles at both bases. This is fast atrial fibrillation with fluid on the lungs.',
    "Dr. Khan: Ana, we'll give furosemide 40 mg IV now and start bisoprolol.",
  ].join('\n'));

  it('writes the readings and the test result as objective, not as history', () => {
    expect(n.objective).toMatch(/Sats 89% on air/);
    expect(n.objective).toMatch(/ECG shows atrial fibrillation/);
    expect(n.subjective).not.toMatch(/89%/);
  });

  it('keeps the story the colleague tells as history', () => {
    expect(n.subjective).toMatch(/short of breath since this morning/);
  });
});
