import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a visit pasted as one paragraph with no speaker labels', () => {
  const n = generateLocalNote('Hello Mrs Price, this is your diabetes review. How have your sugars been? Mostly between 6 and 9, '
    + 'but I had a couple of lows last week. Are you getting any tingling in your feet? Only at night, in both feet. Any problems '
    + 'with your eyes? No, my eye screening in March was fine. Do you smoke? No, I gave up years ago. Okay, your HbA1c today is 58 '
    + 'and your blood pressure is 134/78. Your feet have good pulses but reduced feeling to the monofilament on both soles. So your '
    + 'diabetes is reasonably controlled, with early neuropathy in the feet. I would like you to reduce the gliclazide to 40 mg in '
    + "the mornings because of the lows. I've written you a referral to the podiatry team. Come back in three months.");

  it('reads the answers as the patient\'s, not the clinician\'s words', () => {
    expect(n.subjective).toMatch(/(?:she|the patient) had a couple of lows last week/i);
    expect(n.subjective).not.toMatch(/How have your sugars been/);
    expect(n.subjective).not.toMatch(/\?|\bAre you getting\b/);
  });

  it('keeps findings, assessment and plan where they belong', () => {
    expect(n.objective).toMatch(/134\/78/);
    expect(n.assessment).toMatch(/early neuropathy/);
    expect(n.plan).toMatch(/reduce the gliclazide to 40 mg/);
    expect(n.plan).toMatch(/referral to the podiatry team/);
    expect(n.plan).toMatch(/3 months/);
  });
});

describe('a dictation with a question or two stays a dictation', () => {
  it('does not cut a dictation into turns', () => {
    const n = generateLocalNote('Seen today for a sore knee after a fall on Sunday. Did she hit her head? She says no. '
      + 'Exam: swelling over the patella, full flexion, no joint line tenderness. Impression: prepatellar bruising. Plan: ice, rest and review in a week.');
    expect(n.objective).toMatch(/swelling over the patella/i);
    expect(n.assessment).toMatch(/prepatellar bruising/i);
    expect(n.plan).toMatch(/review in a week/i);
  });
});
