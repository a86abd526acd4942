import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { joinClippedFragments } from '../../src/local/clipped-fragments.js';

// Typed answers written for these tests (invented).
describe('a typed answer clipped into pieces', () => {
  it('joins the uncapitalised pieces of one item into one sentence', () => {
    expect(joinClippedFragments('porridge. the oat kind. with banana. and a mug of hot chocolate'))
      .toBe('porridge, the oat kind, with banana, and a mug of hot chocolate');
    const n = generateLocalNote(['Nurse: What do you usually have for supper?', 'Patient: noodles. the instant ones. with an egg', 'Nurse: Okay. Try adding some vegetables.'].join('\n'));
    expect(n.subjective).toMatch(/noodles, the instant ones, with an egg/i);
  });

  it('keeps sentences, capitalised pieces and a long opening apart', () => {
    for (const t of ['no. i stopped it last week.', 'Porridge. The oat kind. With banana.', 'the tablets from the walk in centre. with food.', 'yes. the left one.', 'toast. is that bad?']) {
      expect(joinClippedFragments(t)).toBe(t);
    }
  });
});
