import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

describe('a side-by-side list after a heading with its own number', () => {
  const fork = 'Doctor: I will put the 128 Hz tuning fork on each big toe. On the right big toe you felt it for 4 seconds, on the left big toe 9 seconds.\nPatient: The right one felt faint.';
  const hops = 'Physio: Hop as far as you can, thirty centimetre line. On your left leg you managed 12 hops. Your right leg did 7 hops.\nPatient: The right knee gave way.';

  it('reads the list after the colon by its own sides', () => {
    expect(reasons({ objective: 'Tuning fork 128 Hz: right great toe 4 s, left great toe 9 s.' }, fork)).toBe('');
    expect(reasons({ objective: 'Hop test 30 cm line: L 12 hops, R 7 hops.' }, hops)).toBe('');
  });

  it('still flags the list written the other way round', () => {
    expect(reasons({ objective: 'Tuning fork 128 Hz: right great toe 9 s, left great toe 4 s.' }, fork)).toMatch(/gives it to the/);
    expect(reasons({ objective: 'Hop test 30 cm line: L 7 hops, R 12 hops.' }, hops)).toMatch(/gives it to the/);
  });
});

describe('a denial held to a long span before now', () => {
  const fits = 'Doctor: When was her last fit before this one?\nMother: Oh, ages. Four or five years at least.\nDoctor: Right. So today was a seizure, most likely because the tablets ran out.';
  const gout = 'Doctor: Has the gout flared up lately?\nPatient: Not since I was fifty, honestly.\nDoctor: Well this toe is a classic flare of gout, I am afraid.';

  it('does not set the span against the episode of the visit', () => {
    expect(reasons({ subjective: 'No seizures in over four years.' }, fits)).toBe('');
    expect(reasons({ subjective: 'No seizure for years; mother gives the history.' }, fits)).toBe('');
    expect(reasons({ subjective: 'Has had no gout flare for many years.' }, gout)).toBe('');
  });

  it('still flags a plain denial of what the visit was about', () => {
    expect(reasons({ subjective: 'No seizures.' }, fits)).toMatch(/denies/);
    expect(reasons({ subjective: 'No seizure today; well for years.' }, fits)).toMatch(/denies/);
  });
});

describe("a patient's question whether a complaint was had", () => {
  const woke = 'Doctor: What happened this morning?\nPatient: I woke up on the kitchen floor. Did I have a seizure?\nDoctor: I cannot say yet, we will run some tests.';
  const head = 'Doctor: What brings you in?\nPatient: Throbbing on one side, light hurts. Is it a migraine, then?\nDoctor: Let us check your eyes first.';

  it('does not read the question as the complaint affirmed', () => {
    expect(reasons({ subjective: 'Denies seizures.' }, woke)).toBe('');
    expect(reasons({ subjective: 'No migraine.' }, head)).toBe('');
  });

  it('still reads a question that takes the complaint for granted', () => {
    const t = 'Doctor: Anything else?\nPatient: Could that be why my headache keeps coming back?\nDoctor: Possibly.';
    expect(reasons({ subjective: 'Denies headache.' }, t)).toMatch(/denies/);
  });
});
