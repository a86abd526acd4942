import { describe, expect, it } from 'vitest';
import { reportsLookedAndFound } from '../../src/local/looked-and-found.js';
import { generateLocalNote } from '../../src/local/index.js';

describe("a clinician's note of what they looked at, then what they found", () => {
  it('reads the act and a verbless finding after a dash or a colon', () => {
    expect(reportsLookedAndFound('I checked the stairs — handrail loose at the top.')).toBe(true);
    expect(reportsLookedAndFound('On the way out I tried the CO detector with his okay - detector silent, battery missing.')).toBe(true);
    expect(reportsLookedAndFound('He let me look in the cupboards: cupboards almost bare, two tins of soup.')).toBe(true);
  });

  it('leaves a finding told as a clause, a plan, or no act of looking', () => {
    expect(reportsLookedAndFound('I checked with the GP — she will call you tomorrow.')).toBe(false);
    expect(reportsLookedAndFound('Two falls, under-reported — asked about rails.')).toBe(false);
    expect(reportsLookedAndFound('I looked — nothing?')).toBe(false);
  });

  it('places such notes of a written home visit in the objective, and a patient saying the same shape in the history', () => {
    const visit = ['1. Worker: "May I come in, Mr. K.?"', '   Client: "Mind the boxes, come in."', '   [I checked the stairs — handrail loose at the top.]',
      '2. Worker: "How is the heating?"', '   Client: "Been off since the storm, it has."', '   {Cold home; heating broken.}',
      '3. Worker: "Who helps you with shopping?"', '   Client: "My neighbour, now and then."',
      '4. On the way out I tried the CO detector with his okay — detector silent, battery missing.'].join('\n');
    const note = generateLocalNote(visit, { specialty: 'social_worker' });
    expect(note.objective).toMatch(/handrail loose/);
    expect(note.objective).toMatch(/detector silent/);
    const told = ['Nurse: How have the sugars been?', 'Patient: I checked my sugar this morning — fairly high, about twelve.', 'Nurse: Okay.'].join('\n');
    expect(generateLocalNote(told, { specialty: 'nursing' }).objective).not.toMatch(/fairly high/);
  });
});
