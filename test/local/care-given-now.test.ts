import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isCareGivenNow } from '../../src/local/care-given-now.js';

// Invented visits: a practice nurse dressing a graze, a physio taping a shoulder.
describe('care given with the clinician\'s hands during the visit', () => {
  it('reads care narrated as it is done as the plan', () => {
    expect(isCareGivenNow("Right, I'm cleansing the graze with tap water.")).toBe(true);
    expect(isCareGivenNow('Irrigated with saline and packed with ribbon gauze.')).toBe(true);
    expect(isCareGivenNow("Kinesio tape, I'm putting it on now, leave it on for three days.")).toBe(true);
    expect(isCareGivenNow("We're using a hydrocolloid plaster over the blister.")).toBe(true);
    expect(isCareGivenNow('Here is a peak flow diary to fill in each morning.')).toBe(true);
  });

  it('leaves hygiene, examining, questions and care done before alone', () => {
    expect(isCareGivenNow("I'm just washing my hands.")).toBe(false);
    expect(isCareGivenNow("I'm putting the cuff on your arm.")).toBe(false);
    expect(isCareGivenNow("I'm using my thumb to press along the tendon.")).toBe(false);
    expect(isCareGivenNow('Have you been using the cream?')).toBe(false);
    expect(isCareGivenNow('I cleaned it with salt water at home.')).toBe(false);
    expect(isCareGivenNow("Here's the thing, it takes time to heal.")).toBe(false);
  });

  it('keeps the dressing done in a nurse visit in the plan', () => {
    const note = generateLocalNote([
      'Nurse: How has the knee graze been since Friday?',
      'Patient: Sore when I kneel. It weeps a bit.',
      'Nurse: Okay, I\'m just washing my hands first. I\'m cleansing it now with warm saline.',
      'Patient: That stings.',
      'Nurse: Sorry. Now I\'m using a silicone foam dressing over it, and a light crepe bandage to hold it.',
      'Patient: Fine.',
      'Nurse: I\'ll see you again on Tuesday.',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(note.plan).toMatch(/cleansing it now with warm saline/);
    expect(note.plan).toMatch(/silicone foam dressing/);
    expect(note.plan).not.toMatch(/washing my hands/);
    expect(note.subjective).toMatch(/weeps/);
  });
});
