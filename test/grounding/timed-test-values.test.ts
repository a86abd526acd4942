import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: timed tests whose unit is said once and then dropped.
describe('a timed test whose unit is said once', () => {
  const balance = [
    'Therapist: Stand on the right leg for me. Okay, that was 22 seconds.',
    'Patient: Is that good?',
    'Therapist: Better than in June, you managed 15 then. Under about 12 we would worry.',
  ].join('\n');
  const stand = [
    'PT: Five times sit to stand, go. That took 16 seconds.',
    'Patient: Phew.',
    'PT: Last month it was nineteen and a half.',
  ].join('\n');
  const later = [
    'Clinician: The walking test, stand, walk to the cone and back. Timed up and go is 18 seconds.',
    'Patient: Slow?',
    'Clinician: A bit. Now let me check the knee bend, flexion 105 degrees.',
    'Patient: Okay.',
    'Clinician: Good. Next time I want that timed up and go down to 14 or so.',
  ].join('\n');

  it('reads the bare previous value and the cut-off as the same test\'s seconds', () => {
    expect(kinds({ objective: 'Single leg stance right 22 seconds (15 seconds in June).' }, balance)).toEqual([]);
    expect(kinds({ assessment: 'Balance concern threshold 12 seconds.' }, balance)).toEqual([]);
    expect(kinds({ objective: '5xSTS 16 seconds, previously 19.5 seconds.' }, stand)).toEqual([]);
    expect(kinds({ plan: 'Goal: TUG 14 seconds.' }, later)).toEqual([]);
  });

  it('still catches a value of the test that was not said', () => {
    expect(kinds({ objective: 'Single leg stance right 22 seconds (18 seconds in June).' }, balance)).toContain('number');
    expect(kinds({ objective: '5xSTS 16 seconds, previously 24 seconds.' }, stand)).toContain('number');
    expect(kinds({ plan: 'Goal: TUG 11 seconds.' }, later)).toContain('number');
  });

  it('leaves a bare number after another measurement alone', () => {
    const pulse = 'Nurse: Held the breath 20 seconds. Pulse 18 after that, I mean the rate, no, sorry, respiratory rate 18.';
    expect(kinds({ objective: 'Breath hold 18 seconds.' }, pulse)).toContain('number');
  });
});
