import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const transcript = [
  '[doctor] so your blood pressure has been high , and with the sugar we talked about , your a1c is up .',
  '[patient] yeah and my knee still hurts since i twisted it .',
  '[doctor] i think you have a sprain of the knee , there is no sign of a fracture .',
  '[doctor] you might have an infection in the urine too , so let us check that .',
].join('\n');

describe('diagnoses in the assessment must be named or described in the transcript', () => {
  it('catches a condition added to the assessment', () => {
    const [finding] = checkGrounding({ assessment: 'Right knee sprain, complicated by cirrhosis.' }, transcript);
    expect(finding).toMatchObject({ section: 'assessment', kind: 'diagnosis' });
    expect(finding?.reason).toContain('"cirrhosis"');
    expect(checkGrounding({ assessment: 'Knee sprain and Lyme disease.' }, transcript).map((f) => f.kind)).toEqual(['diagnosis']);
  });

  it('accepts the words people say for a condition: "high blood pressure", "sugar", "infection in the urine"', () => {
    expect(checkGrounding({ assessment: 'Essential hypertension.\nType 2 diabetes mellitus.\nKnee sprain.\nUTI.' }, transcript)).toEqual([]);
  });

  it('does not read ruled-out conditions, differentials or a title as diagnoses', () => {
    expect(checkGrounding({ assessment: 'X-ray negative for fracture; no evidence of osteomyelitis.\nDDx: MI, PE.\nMs. Diaz has a knee sprain.' }, transcript)).toEqual([]);
  });
});
