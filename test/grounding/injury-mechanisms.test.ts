import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const reasons = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).map((f) => f.reason);

// Invented exchanges.
describe('the direction an ankle went over', () => {
  const t = [
    'Physio: How did it go?',
    'Patient: I stepped off the kerb badly and my right ankle rolled inwards, the outer side took it.',
    'Physio: So an inversion injury. Any pop?',
    'Patient: No pop.',
  ].join('\n');

  it('passes the direction told', () => {
    expect(reasons('Right ankle inversion injury stepping off a kerb; no pop.', t)).toEqual([]);
  });

  it('flags the opposite direction', () => {
    expect(reasons('Right ankle eversion injury stepping off a kerb; no pop.', t).join(' ')).toMatch(/eversion/);
  });

  it('leaves an injury told without a direction, and a bed rolled out of, alone', () => {
    const plain = 'Physio: How did it go?\nPatient: I rolled out of bed and landed on my right ankle, then it swelled.';
    expect(reasons('Right ankle eversion injury.', plain)).toEqual([]);
  });
});
