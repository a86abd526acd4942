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

describe("a colleague's handover of the history", () => {
  const n = generateLocalNote([
    "Nurse Priya: Dr Reyes, bay six is Tomasz, forty-one, left-sided loin pain since about four this morning, he's vomited twice. Obs are temp 36.9, heart rate 102.",
    'Dr Reyes: Thanks Priya. Hi Tomasz, can you show me where it is?',
    'Tomasz: Here, in my back, on the left, and it goes round to the front.',
    "Dr Reyes: Let me examine you. Left renal angle tenderness.",
  ].join('\n'));

  it('is the history, in the colleague\'s words, while the readings are the exam', () => {
    expect(n.subjective).toMatch(/loin pain since about (?:4|four) this morning, he's vomited twice/);
    expect(n.objective).toMatch(/temp 36\.9/i);
    expect(n.objective).not.toMatch(/vomited/);
  });

  it('does not read a clinician\'s plan for the patient, said of him, as history', () => {
    const m = generateLocalNote(['Doctor: What happened?', 'Patient: I fell on my wrist.', "Doctor: Nurse, he's going to need an X-ray of the wrist, he has had pain since the fall."].join('\n'));
    expect(m.subjective).not.toMatch(/going to need an X-ray/);
  });
});
