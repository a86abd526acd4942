import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

describe('a history list under a heading of other words', () => {
  const t = 'Doctor: Any other health problems?\nPatient: Just asthma, I use the blue inhaler. And my thyroid is underactive.\nDoctor: Okay.';

  it('flags a condition added to the list', () => {
    expect(reasons({ subjective: 'Other history: asthma, hypothyroidism and psoriasis.' }, t)).toMatch(/psoriasis/);
    expect(reasons({ subjective: 'Relevant background - asthma on salbutamol, underactive thyroid, glaucoma.' }, t)).toMatch(/glaucoma/);
  });

  it('passes the conditions said, and leaves other kinds of history alone', () => {
    expect(reasons({ subjective: 'Other history: asthma, hypothyroidism.' }, t)).toBe('');
    expect(reasons({ subjective: 'Relevant background - asthma on salbutamol, underactive thyroid.' }, t)).toBe('');
    expect(reasons({ subjective: 'Family history: psoriasis in an aunt.' }, 'Doctor: Anything in the family?\nPatient: My aunt has a skin thing, psoriasis.')).toBe('');
  });
});
