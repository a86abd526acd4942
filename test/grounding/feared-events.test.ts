import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented for this test (no real patient).
const TALK = 'Doctor: What happened on the bus?\nPatient: My chest was pounding and I really thought I was going to faint.\nDoctor: And did you faint?\nPatient: No, I never have.';

describe('an event the patient feared, beside its denial', () => {
  it('is no contradiction: "going to faint" is not fainting', () => {
    expect(kinds({ subjective: 'The patient thought they were going to faint on the bus.\nThe patient did not faint.' }, TALK)).toEqual([]);
  });

  it('while an event the note affirms outright still contradicts its denial', () => {
    expect(kinds({ subjective: 'The patient felt sure they were going to pass out on the bus.\nThe patient passed out on the bus.\nThe patient did not pass out.' }, 'Doctor: Did you pass out?\nPatient: No, never, I just felt sure I was going to on the bus.')).not.toEqual([]);
  });
});
