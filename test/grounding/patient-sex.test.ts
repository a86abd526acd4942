import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

// Invented dictations and exchanges.
describe("the patient's sex beside the age", () => {
  const dictated = 'Clinic letter. I saw this sixty-two-year-old woman today with a painful right heel, worse first thing in the morning, for two months.';

  it('passes the sex the dictation gives', () => {
    expect(reasons({ subjective: '62-year-old female with right heel pain for 2 months, worse in the mornings.' }, dictated)).toEqual([]);
  });

  it('flags the other sex', () => {
    expect(reasons({ subjective: '62-year-old male with right heel pain for 2 months, worse in the mornings.' }, dictated).join(' ')).toMatch(/female/);
  });

  it('reads the title the clinician greets the patient by, and leaves a visit that gives no sex alone', () => {
    const greeted = 'Doctor: Come in, Mr. Adeyemi. What brings you in?\nPatient: Heel pain, doctor. Two months now, worst first thing.';
    expect(reasons({ subjective: '50-year-old woman with heel pain for 2 months.' }, greeted).join(' ')).toMatch(/male/);
    const plain = 'Doctor: Come in. What brings you in?\nPatient: Heel pain. Two months now, worst first thing.';
    expect(reasons({ subjective: '50-year-old woman with heel pain for 2 months.' }, plain)).toEqual([]);
  });
});
