import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('home advice opening with a verb the engine did not know', () => {
  it('keeps "For home, roll each foot…" and "download the … app" as plan', () => {
    const n = generateLocalNote([
      'Physio: How has the heel pain been?',
      'Patient: Worst first thing in the morning, about a 6 out of 10.',
      'Physio: Your plantar fascia is tender at the heel and your calf is tight.',
      'Physio: For home, roll each foot over a frozen bottle for five minutes after work.',
      'Physio: download the stretching app i use it shows you the calf stretches.',
    ].join('\n'));
    expect(n.plan).toMatch(/roll each foot over a frozen bottle/);
    expect(n.plan).toMatch(/download the stretching app/i);
    expect(n.objective).not.toMatch(/app/);
  });
});

describe('an unpunctuated run where a thanks ends one thought', () => {
  it('cuts before what the clinician sees', () => {
    const n = generateLocalNote([
      '[dietitian] how has the week been',
      '[client] okay i kept the food diary like you asked but the bloating and the stomach pain are still bad',
      '[dietitian] your weight today is 82 kg and your blood pressure is 128 over 80',
      '[dietitian] you brought your food diary in thank you i can see a lot of crisps and fizzy drinks in the afternoons and no breakfast most days',
      '[dietitian] i would like you to try eating breakfast every day this week',
    ].join('\n'), { specialty: 'dietitian_nutritionist' });
    expect(n.objective).toMatch(/i can see a lot of crisps and fizzy drinks/i);
    expect(n.plan).not.toMatch(/crisps/);
  });
});
