import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

describe("an age a companion gives with he's or she's", () => {
  const spelled = "Crew: Can you tell me her date of birth?\nSon: Second of March. She's seventy-two.\nCrew: Thank you.";
  const digits = "Nurse: How old is he?\nPartner: He's 45, 46 in June.\nNurse: Lovely.";

  it('flags an age the note changed', () => {
    expect(reasons({ subjective: '27-year-old woman, son present.' }, spelled)).toMatch(/age 72/);
    expect(reasons({ subjective: '54 year old man.' }, digits)).toMatch(/age 45/);
  });

  it('passes the age given, and reads a score after a pronoun as no age', () => {
    expect(reasons({ subjective: '72-year-old woman, son present.' }, spelled)).toBe('');
    expect(reasons({ subjective: '45 year old man.' }, digits)).toBe('');
    expect(reasons({ subjective: '38-year-old man.' }, "Doctor: How bad is it?\nWife: He's 8 out of 10 he says.\nDoctor: Okay.")).toBe('');
  });
});
