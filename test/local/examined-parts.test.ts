import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a part only an examiner sees, described with no exam announced', () => {
  const n = generateLocalNote([
    'Optician: What seems to be the problem?',
    'Patient: My left eye has been sticky and gritty since Saturday.',
    'Optician: The conjunctiva is injected on the left and the lids are crusted.',
    'Optician: The cornea is clear and the pupils react normally.',
    'Optician: This is bacterial conjunctivitis. Use chloramphenicol drops four times a day for five days.',
  ].join('\n'));

  it('writes it as objective', () => {
    expect(n.objective).toMatch(/conjunctiva is injected on the left/);
    expect(n.objective).toMatch(/cornea is clear/);
    expect(n.subjective).not.toMatch(/conjunctiva|cornea/);
  });
});
