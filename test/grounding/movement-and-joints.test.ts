import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const flagged = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).filter((f) => f.kind === 'negation' || f.kind === 'exam');

describe('pain on movement in the words people use', () => {
  const worse = ['[doctor] does it get worse when you move it ?', '[patient] yeah , bending it is the worst .'].join('\n');

  it('catches a denial of pain on movement the patient confirmed, in the history and the exam', () => {
    expect(flagged({ subjective: 'She reports no pain with movement.' }, worse)).toHaveLength(1);
    expect(flagged({ subjective: 'Wrist: no pain on movement.' }, "[patient] it hurts to move my wrist , i can't even open a jar .")).toHaveLength(1);
  });

  it('passes the note that says what was said', () => {
    expect(flagged({ subjective: 'Pain is worse with movement.' }, worse)).toEqual([]);
    expect(flagged({ subjective: 'No pain with movement.' }, '[doctor] does it hurt when you move it ?\n[patient] no , only when i press on it .')).toEqual([]);
  });
});

describe('a finger joint named by its abbreviation', () => {
  const exam = [
    '[doctor] so you are tender over the tip of the finger here , and over that joint too .',
    "[doctor] i don't feel any tenderness over your proximal joint or the metacarpophalangeal joint .",
  ].join('\n');

  it('reads "MP joint" as the metacarpophalangeal joint the examiner found not tender', () => {
    expect(flagged({ objective: 'No tenderness over the PIP or MP joint.' }, exam)).toEqual([]);
  });

  it('still catches tenderness denied at the joint the examiner found tender', () => {
    expect(flagged({ objective: 'No tenderness over the distal phalanx.' }, exam.replace('the tip of the finger', 'the distal phalanx'))).toHaveLength(1);
  });
});
