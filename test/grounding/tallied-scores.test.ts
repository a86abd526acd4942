import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A questionnaire's total is often told bare a line or two after the scale is named ("that comes to 14"), while the
// numbers said with the scale's name are its answer range or its item numbers.
describe('a total told bare after its scale is named', () => {
  const typed = [
    'Nurse: Let us do the PHQ-9 now, answer each item from 0 to 3.',
    'Client: 1 2 2 1 3 2 1 1 1',
    'Nurse: Thanks, that adds up to 14.',
    'Client: is that bad',
  ].join('\n');

  const spoken = [
    'GP - Right, quick questionnaire, the GAD-7, seven questions, zero to three each.',
    'PT - ok go on',
    'GP - ... and the last one. So your total comes to 9.',
  ].join('\n');

  it('supports the total it tells, in a typed chat', () => {
    expect(checkGrounding({ objective: 'PHQ-9 14 today.' }, typed).filter((f) => f.kind === 'number')).toEqual([]);
  });

  it('supports the total it tells, in a spoken consultation', () => {
    expect(checkGrounding({ objective: 'GAD-7 9, mild.' }, spoken).filter((f) => f.kind === 'number')).toEqual([]);
  });

  it('still reports a total nobody told', () => {
    expect(checkGrounding({ objective: 'PHQ-9 19 today.' }, typed)).toEqual([expect.objectContaining({ kind: 'number' })]);
    expect(checkGrounding({ objective: 'GAD-7 16, severe.' }, spoken)).toEqual([expect.objectContaining({ kind: 'number' })]);
  });
});
