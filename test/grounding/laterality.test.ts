import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

describe('laterality', () => {
  it('catches a side the conversation never gives the part', () => {
    const [finding] = checkGrounding({ subjective: 'Reports left ankle swelling.' }, '[patient] my ankle has been swollen for a week .');
    expect(finding).toMatchObject({ kind: 'laterality', reason: '"left ankle": the transcript mentions the ankle but never says which side', lines: [1] });
  });

  it('takes the side from the answer to "which knee?" and from the limb', () => {
    const t = '[doctor] which knee is it ?\n[patient] the right one .\n[patient] and my right leg gives way , my foot too .';
    expect(checkGrounding({ subjective: 'Right knee pain. Right foot pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Left knee pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('"both knees" supports either knee, and nothing else', () => {
    const t = '[patient] both knees ache in the morning , and my left shoulder .';
    expect(checkGrounding({ subjective: 'Right knee pain. Left shoulder pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Right shoulder pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });

  it('reads written shorthand: LLQ is the left lower quadrant', () => {
    const t = 'Doctor: Whereabouts is the pain?\nPatient: Lower tummy, on the left side.';
    expect(checkGrounding({ subjective: 'Associated LLQ pain.' }, t)).toEqual([]);
    expect(checkGrounding({ subjective: 'Associated RLQ pain.' }, t).map((f) => f.kind)).toEqual(['laterality']);
  });
});
