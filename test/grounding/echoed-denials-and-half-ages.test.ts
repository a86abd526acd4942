import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: { subjective?: string; objective?: string; plan?: string }, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind);

describe('a thing the conversation only ever denies, in words no lexicon holds', () => {
  const visit = [
    'Therapist: Does he ever lisp, or whistle on his s sounds?',
    'Dad: No lisping, never noticed that.',
    'Therapist: Let me look at the teeth. No gaps, bite looks fine.',
    'Therapist: Any drooling?',
    'Dad: Sometimes drooling at night.',
  ].join('\n');

  it('catches the note that writes it as had', () => {
    expect(kinds({ subjective: 'Lisping on s sounds.' }, visit, 'negation')).toHaveLength(1);
    expect(kinds({ objective: 'Small gaps between the front teeth.' }, visit, 'negation')).toHaveLength(1);
  });

  it('leaves the denial written as one, a thing also said as had, and the plan', () => {
    expect(kinds({ subjective: 'No lisping.', objective: 'Teeth: gaps none.' }, visit, 'negation')).toEqual([]);
    expect(kinds({ subjective: 'Drooling at night.' }, visit, 'negation')).toEqual([]);
    expect(kinds({ plan: 'Lisping to be reviewed if it appears.' }, visit, 'negation')).toEqual([]);
  });

  it('reads no denial in a way of speaking, a hedge, or an instruction', () => {
    const talk = ['Nurse: No rush, take your time.', 'Patient: Not sleeping much lately.', 'Nurse: No lifting for six weeks, please.'].join('\n');
    expect(kinds({ subjective: 'Rush to finish; sleeping poorly. Lifting at work.' }, talk, 'negation')).toEqual([]);
  });
});

describe('an age and a half', () => {
  const visit = ['Nurse: How old is Milo now?', 'Mum: He is five and a half.', 'Nurse: And his sister, the one with 2 ear tubes?', 'Mum: She is two.'].join('\n');

  it('is compared as the age it is', () => {
    expect(kinds({ subjective: 'Milo, aged two and a half, with mum.' }, visit, 'number')).toHaveLength(1);
    expect(kinds({ subjective: 'Milo, aged five and a half, with mum.' }, visit, 'number')).toEqual([]);
  });
});

describe('a heading over what the note records', () => {
  it('names a field, not a thing had', () => {
    const visit = ['Nurse: Any allergies, or any rashes?', 'Mum: No allergies. She gets hives from strawberries sometimes.'].join('\n');
    expect(kinds({ subjective: 'Allergies: hives from strawberries sometimes.' }, visit, 'negation')).toEqual([]);
    expect(kinds({ subjective: 'Has allergies to pollen.' }, visit, 'negation').length).toBeGreaterThan(0);
  });
});
