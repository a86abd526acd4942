import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason).join(' | ');

describe('glucagon, the emergency drug for a low sugar', () => {
  const given = 'Medic: Sugar is 1.9 and she cannot swallow. I am giving 1 mg of glucagon into the thigh.\nHusband: Will it work quickly?';
  const gel = 'Medic: Sugar is 2.4. Can you take this gel for me? Good, all of it.\nPatient: It tastes awful.';

  it('flags glucagon the conversation never gave', () => {
    expect(reasons({ plan: 'IM glucagon 1 mg given.' }, gel)).toMatch(/glucagon/);
    expect(reasons({ assessment: 'Hypoglycaemia, corrected with GlucaGen.' }, gel)).toMatch(/glucagen/i);
  });

  it('passes glucagon given, by either name', () => {
    expect(reasons({ plan: 'IM glucagon 1 mg given.' }, given)).toBe('');
    expect(reasons({ plan: 'GlucaGen 1 mg IM into the thigh.' }, given)).toBe('');
  });
});
