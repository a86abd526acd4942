import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

type Note = { subjective?: string; objective?: string; assessment?: string; plan?: string };
const reasons = (note: Note, transcript: string) => checkGrounding(note, transcript).map((f) => f.reason);

describe('a test result said after a pause', () => {
  it('reads the result across dots written for the pause', () => {
    const t = 'Physio: Toes pulled up, arch lifting, windlass... that\'s positive, it reproduces the heel pain.\nPatient: Ow, yes.';
    expect(reasons({ objective: 'Windlass positive, reproducing heel pain.' }, t)).toEqual([]);
    expect(reasons({ objective: 'Windlass negative.' }, t).join(' ')).toMatch(/positive/);
  });

  it('reads it across a single ellipsis character and a longer pause too', () => {
    const t = 'Doctor: Squeeze test… negative. And the Thompson test..... negative as well.\nPatient: Okay.';
    expect(reasons({ objective: 'Squeeze test negative. Thompson test negative.' }, t)).toEqual([]);
    expect(reasons({ objective: 'Thompson test positive.' }, t).join(' ')).toMatch(/negative/);
  });

  it('leaves a result said in another sentence alone', () => {
    const t = 'Doctor: The Phalen test. It is hard to say. The scan was negative.\nPatient: Right.';
    expect(reasons({ objective: 'Phalen test positive.' }, t)).toEqual([]);
  });
});

describe('a thing the conversation only ever denies', () => {
  it('reads a question that opens on the name of the one asked', () => {
    const t = 'Coach: Marta, did you feel a snap when you landed?\nAthlete: No. No snap. It just went numb for a second.';
    expect(reasons({ subjective: 'No snap on landing.' }, t)).toEqual([]);
    expect(reasons({ subjective: 'Felt a snap on landing.' }, t).join(' ')).toMatch(/snap/);
  });

  it('reads a word of three letters', () => {
    const t = 'Nurse: Is there a cut anywhere on your head?\nPatient: No cut, just a lump above the ear.';
    expect(reasons({ objective: 'Lump above the ear, no cut.' }, t)).toEqual([]);
    expect(reasons({ objective: 'Cut above the ear.' }, t).join(' ')).toMatch(/cut/);
  });

  it('leaves a short word of manner alone', () => {
    const t = 'Doctor: How is the cough overall?\nPatient: Not bad. Better than last week.';
    expect(reasons({ subjective: 'Bad cough, better than last week.' }, t)).toEqual([]);
  });
});
