import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

// Invented exchanges.
describe('a grade the conversation names', () => {
  const t = [
    'Doctor: Squeeze my fingers. One, two, three, good. Now the thumb.',
    'Doctor: So the muscle is partly torn, I would call it a grade one strain.',
    'Patient: Is that the mild kind?',
  ].join('\n');

  it('passes the grade said', () => {
    expect(reasons({ assessment: 'Grade 1 hamstring strain.' }, t)).toEqual([]);
    expect(reasons({ assessment: 'Grade I hamstring strain.' }, t)).toEqual([]);
  });

  it('flags another grade, though its number is said of something else', () => {
    expect(reasons({ assessment: 'Grade 3 hamstring strain.' }, t).join(' ')).toMatch(/grade 3/);
  });

  it('leaves a grade alone where the conversation names none', () => {
    expect(reasons({ assessment: 'Grade 2 hamstring strain.' }, 'Doctor: It is a strain of the hamstring.\nPatient: Okay.')).toEqual([]);
  });

  it('compares a grade only with one said of the same thing', () => {
    const tumour = 'Doctor: The biopsy of the bowel polyp came back as grade two.\nDoctor: And your frailty score today is a zero, fully active.';
    expect(reasons({ objective: 'Frailty score today is grade 0, fully active.' }, tumour)).toEqual([]);
    expect(reasons({ objective: 'Bowel polyp biopsy: grade 3.' }, tumour).join(' ')).toMatch(/grade 3/);
  });
});
