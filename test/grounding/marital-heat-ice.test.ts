import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Issue 15, twelfth round: natural errors the opened sealed sets showed passing — a marital status changed, heat
// written where ice was advised, buddy taping for a splint — and an abbreviation two conditions share.
describe('marital status against what the patient said', () => {
  const married = 'Doctor: Who is at home with you?\nPatient: My husband, he has been brilliant, and the two boys.';

  it('catches a status the conversation contradicts', () => {
    expect(kinds({ subjective: 'SH: Married, two sons.' }, married)).toEqual([]);
    expect(kinds({ subjective: 'SH: Divorced, two sons.' }, married)).toEqual(['history']);
    expect(kinds({ subjective: 'Widowed.' }, married)).toEqual(['history']);
  });

  it('reads a divorce told in other words', () => {
    const t = 'Patient: Since my ex moved out things have been hard.\nDoctor: When was that?\nPatient: The divorce was finalised in spring.';
    expect(kinds({ subjective: 'Recently divorced.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Married, supportive spouse.' }, t)).toEqual(['history']);
  });

  it('leaves a status nobody talked about, and a history of two, alone', () => {
    expect(kinds({ subjective: 'Married.' }, 'Patient: My ankle went over on the kerb.')).toEqual([]);
    expect(kinds({ subjective: 'Divorced, now remarried.' }, married)).toEqual([]);
  });
});

describe('heat, ice and taping in the plan', () => {
  it('catches heat where ice was advised, not heat as a warning sign', () => {
    const t = 'Doctor: Put ice on the ankle for fifteen minutes a few times a day. If it gets hot, red and swollen, ring us.';
    expect(kinds({ plan: 'Ice 15 minutes several times daily.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Apply heat for 15 minutes several times daily.' }, t)).toEqual(['plan']);
    expect(kinds({ plan: 'Return if swelling/heat/redness.' }, t)).toEqual([]);
  });

  it('takes a heat pack said as heat advised', () => {
    const t = 'Doctor: A heat pack on the lower back in the evenings will ease the spasm.';
    expect(kinds({ plan: 'Advised heat to lower back in the evenings.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Advised ice to lower back in the evenings.' }, t)).toEqual(['plan']);
  });

  it('catches buddy taping where a splint was given', () => {
    const t = 'Doctor: We will pop the finger in a little splint for two weeks.';
    expect(kinds({ plan: 'Finger splint for 2 weeks.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Buddy taping for 2 weeks.' }, t)).toEqual(['plan']);
  });
});

describe('an abbreviation two conditions share', () => {
  it('takes "PVD" for the vitreous detachment the eye doctor describes', () => {
    const t = 'Doctor: The jelly in the back of your eye has peeled away, a posterior vitreous detachment. The retina is fine.';
    expect(kinds({ assessment: 'Imp: L PVD, retina flat.' }, t)).toEqual([]);
    expect(kinds({ assessment: 'Imp: PVD.' }, 'Patient: I have had a cough for a week.')).toEqual(['diagnosis']);
  });
});
