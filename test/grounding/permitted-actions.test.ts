import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Visits written for these tests: a plan that allows what the clinician told the patient not to do.
const plan = (text: string, transcript: string) => checkGrounding({ plan: text }, transcript).filter((f) => f.kind === 'plan').map((f) => f.claim);

const wound = [
  'Nurse: The stitches look good. Keep the dressing dry for now.',
  'Patient: Can I go swimming at the weekend?',
  'Nurse: No, please don\'t swim in the pool with the stitches in, the water gets into the wound.',
  'Patient: Okay, fair enough.',
].join('\n');

describe('a plan that allows what the clinician forbade', () => {
  it('is turned round when the clinician said not to do it, about the same thing', () => {
    expect(plan('Dressing kept dry. May swim in the pool this weekend.', wound)).not.toEqual([]);
  });

  it('is supported when it keeps the prohibition', () => {
    expect(plan('Dressing kept dry. No swimming in the pool while the stitches are in.', wound)).toEqual([]);
  });

  it('is supported when the clinician lets it after a time', () => {
    const later = 'Nurse: Don\'t swim in the pool this week. Once the stitches are out you can swim again.';
    expect(plan('Can swim in the pool once the stitches are out.', later)).toEqual([]);
    expect(plan('May swim in the pool next week.', later)).toEqual([]);
  });

  it('is not tied to a prohibition about something else', () => {
    const other = 'Nurse: Don\'t swim straight after a big meal, and keep the dressing dry.';
    expect(plan('May swim laps at the leisure centre.', other)).toEqual([]);
  });
});
