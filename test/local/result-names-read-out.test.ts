import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { announcedMeasure, readBareReading } from '../../src/local/spoken-readings.js';

// Results read off a screen as a short name, then its value said bare: each value belongs to the name said just before
// it, never to one named earlier ("TSH. Less than point zero one. Free T4. Thirty-four." is not "TSH 34").
describe('results read out as a name, then a bare value', () => {
  it('takes a short name said alone as the measure, its digit included', () => {
    expect(announcedMeasure('Free T4.')).toBe('Free T4');
    expect(announcedMeasure('ESR.')).toBe('ESR');
    expect(announcedMeasure('And MCV.')).toBe('MCV');
    expect(announcedMeasure('Right.')).toBeUndefined();
    expect(announcedMeasure('Okay.')).toBeUndefined();
    expect(announcedMeasure('OK. OK.')).toBeUndefined();
    expect(announcedMeasure('Right OK.')).toBeUndefined();
  });

  it('reads a decimal said without its leading zero', () => {
    expect(readBareReading('Less than point zero one.')).toBe('less than 0.01.');
    expect(readBareReading('Point four.')).toBe('0.4.');
    expect(readBareReading('Point of view.')).toBeUndefined();
  });

  it('writes each value under its own name in the Objective', () => {
    const n = generateLocalNote([
      'Doctor: How have you been since the blood test?',
      'Patient: Still tired, and my heart races.',
      'Doctor: Let me pull up the results. Right. TSH. Less than point zero one. Free T4. Thirty-four. ESR. Twenty. Ferritin. Eight.',
      'Patient: Is that bad?',
      'Doctor: This is an overactive thyroid, and your iron stores are low.',
    ].join('\n'));
    expect(n.objective).toMatch(/TSH less than 0\.01/);
    expect(n.objective).toMatch(/Free T4 34/);
    expect(n.objective).toMatch(/ESR 20/);
    expect(n.objective).toMatch(/Ferritin 8/);
    expect(n.objective).not.toMatch(/TSH (?:34|20|8)\b/);
  });
});
