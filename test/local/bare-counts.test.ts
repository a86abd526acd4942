import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isBareCount } from '../../src/local/bare-counts.js';

const lines = (...l: string[]) => l.join('\n');

describe('a bare count of what is seen is a finding (stop 49)', () => {
  it('reads a count of things seen, with or without a word between', () => {
    expect(isBareCount('Nine stairs.')).toBe(true);
    expect(isBareCount('So, 3 raised lesions.')).toBe(true);
    expect(isBareCount('Two grab rails, both loose.')).toBe(true);
  });

  it('leaves time, doses, repetitions and sentences alone', () => {
    expect(isBareCount('Ten minutes.')).toBe(false);
    expect(isBareCount('Two tablets.')).toBe(false);
    expect(isBareCount('Fifteen reps.')).toBe(false);
    expect(isBareCount('Three of them are new.')).toBe(false);
  });

  it('keeps the count among the findings of a home visit', () => {
    const t = lines(
      'Therapist: How have you been managing since the knee operation?', 'Client: Slowly. My son does the shopping.',
      'Therapist: Let me see the house. The bed is 44 centimetres, which is fine.',
      'Therapist: Now the stairs. Nine stairs.',
      'Therapist: I will order a second banister.',
    );
    const n = generateLocalNote(t, { specialty: 'occupational_therapy' });
    expect(n.objective).toContain('Nine stairs');
    expect(n.subjective).not.toContain('Nine stairs');
  });
});
