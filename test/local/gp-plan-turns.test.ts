import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A GP's consultation opens with "before we start" checks, turns to the plan by saying so, and often drops the "if" of
// its safety-netting; a patient's "Ohh no" is a no.
describe('a GP\'s turns to the plan, said in plain words', () => {
  const n = generateLocalNote([
    'Doctor: Hello. So, before we start your appointment. Could I confirm your name please?',
    'Patient: Priya Shah.',
    'Doctor: What can I do for you?',
    'Patient: I\'ve had a cough and a wheeze for a week, and my blue inhaler isn\'t helping.',
    'Doctor: Any allergies to medicines?',
    'Patient: Ohh no.',
    'Doctor: Okay. So, this is the plan going forward. Increase the brown inhaler to two puffs twice a day.',
    'Doctor: And your breathing is getting worse, then you would need to go to A and E.',
  ].join('\n'), { specialty: 'physician' });

  it('leaves the opening and the announcement of the plan out', () => {
    for (const section of [n.subjective, n.objective, n.assessment, n.plan]) {
      expect(section).not.toMatch(/before we start|plan going forward/i);
    }
  });

  it('reads "Ohh no" as a denial', () => {
    expect(n.subjective).toMatch(/^No known drug allergies\.$/m);
    expect(n.subjective).not.toMatch(/ohh/i);
  });

  it('writes the plan and the safety-netting without its "if" in the Plan', () => {
    expect(n.plan).toMatch(/brown inhaler/i);
    expect(n.plan).toMatch(/A and E/);
  });
});

// "So here's the plan. First, … Second, drinks: plenty of water… Third, a wee just before bed.": once the plan is under
// way, each numbered item is one of its items, verbless as it often is.
describe('numbered plan items said without a verb', () => {
  const n = generateLocalNote([
    'Doctor: What can I do for you?',
    "Patient: My little boy keeps getting headaches after school.",
    'Doctor: Any vomiting or problems with his eyesight?',
    'Patient: No, none of that.',
    "Doctor: This sounds like tension-type headache. So here's the plan. First, fluids: a full water bottle at school every day. Second, regular meals, no skipped breakfast. Third, a headache diary for a month. And finally, an eye test at the optician.",
  ].join('\n'), { specialty: 'physician' });

  it('keeps each numbered item in the Plan', () => {
    expect(n.plan).toMatch(/water bottle at school/);
    expect(n.plan).toMatch(/no skipped breakfast/);
    expect(n.plan).toMatch(/headache diary/);
    expect(n.plan).toMatch(/eye test/);
  });
});
