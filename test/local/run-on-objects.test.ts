import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('run-on text cut where a sentence could not end', () => {
  it('does not cut a sentence after a preposition or between a test and what it is for', () => {
    const n = generateLocalNote([
      'Doctor: I think the knee has a torn cartilage.',
      'Patient: Right.',
      'Doctor: I will see you with the scan results in a month when we can decide about an operation and I will also send a referral for your hearing at the same time as that.',
    ].join('\n'));
    expect(n.plan).toMatch(/see the patient with the scan results|see (?:him|her|them) with the scan results/);
    expect(n.plan).toMatch(/referral for (?:the patient's|their|his|her) hearing/);
  });
});
