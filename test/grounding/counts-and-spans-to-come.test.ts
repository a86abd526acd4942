import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('a medicine counted in its units', () => {
  const t = 'Doctor: How many of the co-codamol are you taking?\nPatient: Two tablets at night, that is all.\nDoctor: And the pain?\nPatient: I had one bad night last week.\nDoctor: OK, just one more thing, any constipation?\nPatient: No.';

  it('passes the count said with its unit', () => {
    expect(reasons({ subjective: 'Co-codamol 2 tabs nocte.' }, t)).toEqual([]);
  });

  it('flags a count only said of something else', () => {
    expect(reasons({ subjective: 'Co-codamol 1 tab nocte.' }, t).join(' ')).toMatch(/1 tablet/);
  });

  it('still reads a bare count in the talk of a dose', () => {
    const bare = 'Doctor: The metformin is 500 milligrams, take one with breakfast.\nPatient: And the other tablets?\nDoctor: The ramipril, two tablets in the morning.';
    expect(reasons({ plan: 'Metformin 500 mg 1 tab with breakfast; ramipril 2 tabs mane.' }, bare)).toEqual([]);
  });
});

describe('a span still to come', () => {
  const t = 'Physio: Keep coming twice a week for three more weeks and then we will reassess.\nPatient: Fine.';

  it('reads "N more weeks" in the note as the N weeks said', () => {
    expect(reasons({ plan: 'Continue 2x/week for 3 more weeks, then reassess.' }, t)).toEqual([]);
    expect(reasons({ plan: 'Continue 2x/week for 6 more weeks, then reassess.' }, t).join(' ')).toMatch(/6 weeks/);
  });
});
