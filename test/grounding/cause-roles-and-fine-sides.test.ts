import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

describe('a word for the part a thing plays after "likely"', () => {
  const visit = ['Doctor: Anything new in the house?', 'Patient: We got a cat two weeks ago, and the sneezing started then.', 'Doctor: The cat is probably what sets it off.'].join('\n');

  it('names no condition', () => {
    expect(checkGrounding({ assessment: 'Sneezing since the new cat; the cat is the likely trigger.' }, visit).filter((f) => f.kind === 'diagnosis')).toEqual([]);
    expect(checkGrounding({ assessment: 'Cat exposure the probable cause.' }, visit).filter((f) => f.kind === 'diagnosis')).toEqual([]);
  });

  it('still reads a condition after "likely"', () => {
    expect(checkGrounding({ assessment: 'Likely sinusitis.' }, visit).filter((f) => f.kind === 'diagnosis')).toHaveLength(1);
  });
});

describe('the side looked at first and found fine', () => {
  const exam = [
    'Owner: She keeps rubbing her right eye on the carpet.',
    "Vet: I'll start with the left eye, the healthy one... left eye is normal, bright and clear. Then the right.",
    'Vet: The right eye is red with some discharge.',
    'Owner: Oh dear.',
    "Vet: I'll clear the eye out here today before the drops go in.",
  ].join('\n');

  it('does not make a plan for the sore side a swapped side', () => {
    expect(checkGrounding({ plan: 'Right eye to be cleared in clinic today.' }, exam).filter((f) => f.kind === 'laterality')).toEqual([]);
  });

  it('still catches the other side for a finding', () => {
    expect(checkGrounding({ objective: 'Left eye red with discharge.' }, exam).filter((f) => f.kind === 'laterality')).toHaveLength(1);
  });
});
