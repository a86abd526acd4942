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
