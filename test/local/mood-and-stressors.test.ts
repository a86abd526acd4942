import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'psychiatrist' });

describe("a patient's account of mood, tears and what weighs on them", () => {
  it('keeps crying, two ratings then and now, and a life stressor as history', () => {
    const n = note([
      'Psychiatrist: How have things been since we increased the dose?',
      "Patient: Better. Before it was a 3 out of 10, now I'd put it at a 6 out of 10.",
      'Psychiatrist: What has changed?',
      "Patient: I'm not crying as much. I'm tearful maybe once a week.",
      "Psychiatrist: What's on your mind at night?",
      'Patient: My partner was laid off in the summer. And my mum passed away in May.',
      'Psychiatrist: I am sorry. Your mood seems brighter today. This is depression that is improving. We will keep the dose and I will see you in four weeks.',
    ]);
    expect(n.subjective).toMatch(/3\/10|3 out of 10/);
    expect(n.subjective).toMatch(/6\/10|6 out of 10/);
    expect(n.subjective).toMatch(/tearful/i);
    expect(n.subjective).toMatch(/laid off/i);
    expect(n.subjective).toMatch(/passed away/i);
  });

  it('gives small talk no heading of its own, and keeps a worry said in a few words', () => {
    const n = note([
      'Psychiatrist: How was the drive in?',
      'Patient: Fine, the traffic was light today.',
      'Psychiatrist: How is your mood?',
      'Patient: Low, I worry all the time.',
    ]);
    expect(n.subjective).not.toMatch(/drive in:/i);
    expect(n.subjective).toMatch(/mood: low, the patient worries/i);
  });
});
