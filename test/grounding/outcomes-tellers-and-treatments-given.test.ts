import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = Parameters<typeof checkGrounding>[0];
const kinds = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges, none from a benchmark set.
describe('a screen passed or failed', () => {
  const t = 'Nurse: Now the hearing screen on the left ear. ... No response at all. I am afraid she failed the hearing screen on that side.';
  it('catches the outcome turned over', () => {
    expect(kinds({ objective: 'Left ear: passed hearing screen.' }, t)).toContain('exam');
  });
  it('leaves the outcome said, and a denied pass', () => {
    expect(kinds({ objective: 'Left ear: failed hearing screen.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Left ear: did not pass hearing screen.' }, t)).toEqual([]);
  });
});

describe('a short account only a companion gave', () => {
  const t = 'Doctor: How has he been? Daughter: He wanders about the house at night, every night. Patient: I sleep fine. Doctor: Any falls? Patient: No.';
  it('catches it written as the patient\'s', () => {
    expect(kinds({ subjective: 'Patient reports wandering at night.' }, t)).toContain('attribution');
  });
  it('leaves it written as the companion\'s, and what the patient said', () => {
    expect(kinds({ subjective: 'Daughter reports wandering at night.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Patient reports sleeping fine.' }, t)).toEqual([]);
  });
  it('leaves an interpreter\'s relayed answer', () => {
    const relayed = 'Nurse: When do you take the insulin? Interpreter: She says she injects it before breakfast. Patient: Yes.';
    expect(kinds({ subjective: 'Patient reports injecting before breakfast.' }, relayed)).toEqual([]);
  });
});

describe('treatment listed as given at the visit', () => {
  const t = 'Physio: Today we will do some soft tissue work on the calf and then the balance board for ten minutes.';
  it('catches a treatment nobody spoke of', () => {
    expect(kinds({ objective: 'Treatment today: soft tissue release to calf, acupuncture, balance board 10 minutes.' }, t)).toContain('plan');
  });
  it('leaves the treatments said, and an objective that is not the visit\'s treatment list', () => {
    expect(kinds({ objective: 'Treatment today: soft tissue release to calf, balance board 10 minutes.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Calf soft, no swelling.' }, t)).toEqual([]);
  });
});
