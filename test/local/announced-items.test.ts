import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { announcesItems, readListedItem } from '../../src/local/announced-items.js';

describe('items named after the clinician announces how many', () => {
  it('knows an announcement of a count of things', () => {
    expect(announcesItems("For vaccines today I'd recommend three.")).toBe(true);
    expect(announcesItems("There are a few things I'd like you to do.")).toBe(true);
    expect(announcesItems('I recommend you rest for a week.')).toBe(false);
  });

  it('reads a name, then why, as an item; a sentence of its own is not one', () => {
    expect(readListedItem('Typhoid again, because yours has run out.')).toBe('Typhoid again, because yours has run out.');
    expect(readListedItem('And Revaxis, which is the diphtheria, tetanus and polio booster.')).toBe('Revaxis, which is the diphtheria, tetanus and polio booster.');
    expect(readListedItem('We can do all three today.')).toBeUndefined();
    expect(readListedItem('Fourth, rest the foot and keep it raised.')).toBeUndefined();
    expect(readListedItem('In about four weeks, a blood test.')).toBeUndefined();
  });

  it('puts the named vaccines in the plan', () => {
    const n = generateLocalNote([
      'Pharmacist: Any allergies?',
      'Patient: No.',
      "Pharmacist: I'll check your blood pressure, 118 over 76, that's fine.",
      "Pharmacist: For vaccines today I'd recommend three. Hepatitis A, which is from food and water. Typhoid again, because yours has run out. And Revaxis, which is the diphtheria, tetanus and polio booster. We can do all three today.",
      'Patient: Okay, fine.',
    ].join('\n'));
    expect(n.plan).toMatch(/Hepatitis A/);
    expect(n.plan).toMatch(/Typhoid again/);
    expect(n.plan).toMatch(/Revaxis/);
  });
});
