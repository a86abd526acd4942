import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const negations = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'negation');

describe('swelling of the lower extremities is leg swelling', () => {
  const legs = "[doctor] okay good how about are your legs swelling up\n[patient] nope i've always i always had skinny ankles";
  it('a note\'s "lower extremity swelling" is read against "are your legs swelling up ? — nope"', () => {
    expect(negations('Musculoskeletal: Endorses lower extremity swelling.', legs).map((f) => f.reason)).toEqual([expect.stringContaining('affirms "lower extremity swelling"')]);
    expect(negations('Musculoskeletal: Denies lower extremity swelling.', legs)).toEqual([]);
  });

  it('"swelling in her ankles" is asked of the ankles', () => {
    const ankles = '[doctor] do you get any swelling in your lower extremities ?\n[patient] no , none at all .';
    expect(negations('Positive for swelling in her ankles.', ankles)).toHaveLength(1);
    expect(negations('Denies swelling in her ankles.', ankles)).toEqual([]);
  });
});
