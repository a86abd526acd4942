import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

// Invented exchanges.
describe('a planned time compared with the time said of the same thing', () => {
  const t = [
    'Doctor: The wrist is broken, a small crack. Usually three to four weeks for one like this.',
    'Patient: Will I need a cast?',
    'Doctor: Keep the splint on for the next four days, even in bed, and then we put a cast on.',
    'Patient: Okay.',
  ].join('\n');

  it('passes the time the plan gave', () => {
    expect(reasons({ plan: 'Keep the splint on for 4 days, even in bed, then cast.' }, t)).toEqual([]);
  });

  it('flags the same count in another unit, though another thing takes that long', () => {
    expect(reasons({ plan: 'Keep the splint on for 4 weeks, even in bed, then cast.' }, t).join(' ')).toMatch(/4 weeks/);
  });
});

describe('a weight in another unit', () => {
  const t = 'Doctor: No lifting anything over about fifteen kilos for a month, so no shopping bags full of bottles.\nPatient: Fine.';

  it('passes the weight as said, or converted', () => {
    expect(reasons({ plan: 'Avoid lifting over about 15 kg for a month.' }, t)).toEqual([]);
    expect(reasons({ plan: 'Avoid lifting over about 33 lb for a month.' }, t)).toEqual([]);
  });

  it('flags the same count in pounds', () => {
    expect(reasons({ plan: 'Avoid lifting over about 15 lb for a month.' }, t).join(' ')).toMatch(/15 lb/);
  });
});

describe('an age given in a reply with more words than the age', () => {
  const t = 'Doctor: And how old are you these days?\nPatient: Sixty, sadly. Sixty-one next week.\nDoctor: Right, any pain in the hip at night?';

  it('reads the reply as the age', () => {
    expect(reasons({ subjective: '60-year-old with hip pain.' }, t)).toEqual([]);
    expect(reasons({ subjective: '58-year-old with hip pain.' }, t).join(' ')).toMatch(/age 58/);
  });
});

describe("a planned time said of the plan's own step", () => {
  const t = [
    'Doctor: No football for at least three weeks.',
    'Patient: Ugh.',
    'Doctor: Here are some stretches. Start them in two or three days when the swelling settles.',
  ].join('\n');

  it('holds though the same count is said of another step in another unit', () => {
    expect(reasons({ plan: 'Stretches handout; begin in 2-3 days as swelling allows.' }, t)).toEqual([]);
  });
});
