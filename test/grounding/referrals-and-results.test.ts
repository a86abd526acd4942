import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// Conversations written for these tests: a plan's referrals and procedures, and a test result turned over.
const findings = (note: Record<string, string>, transcript: string, kind: string) => checkGrounding(note, transcript).filter((f) => f.kind === kind).map((f) => f.claim);

describe('a referral or procedure the plan adds', () => {
  const t = 'Doctor: The veins are bulging more. I will send you to the vein clinic, and keep wearing the stockings.\nPatient: Fine.';

  it('is supported where the conversation names it in its own words', () => {
    expect(findings({ plan: 'Refer to vascular clinic. Continue compression stockings.' }, t, 'plan')).toEqual([]);
  });

  it('is reported where nobody spoke of a surgeon or the operation', () => {
    expect(findings({ plan: 'Continue compression stockings, and refer to general surgery for varicose vein stripping.' }, t, 'plan')).toHaveLength(1);
    expect(findings({ plan: 'Compression stockings; listed for sclerotherapy and phlebectomy.' }, t, 'plan')).toHaveLength(1);
  });

  it('reads needling as its own treatment', () => {
    const physio = 'Physio: I will do some massage on the tight muscles in your neck today.\nPatient: Lovely, I get pins and needles in my hand sometimes.';
    expect(findings({ plan: 'Soft tissue massage to cervical paraspinals.' }, physio, 'plan')).toEqual([]);
    expect(findings({ plan: 'Soft tissue massage and dry needling to cervical paraspinals.' }, physio, 'plan')).toHaveLength(1);
  });
});

describe('a test result the note gives', () => {
  const t = 'Doctor: Your coeliac bloods are back: the TTG antibody was positive, and the thyroid was normal.\nPatient: Oh.';

  it('must not be the opposite of the one said', () => {
    expect(findings({ assessment: 'Coeliac disease likely: TTG positive.' }, t, 'exam')).toEqual([]);
    expect(findings({ assessment: 'Coeliac disease unlikely: TTG negative.' }, t, 'exam')).toHaveLength(1);
  });

  it('is left alone for a test the conversation gives no result word for', () => {
    expect(findings({ assessment: 'Thyroid antibodies negative.' }, t, 'exam')).toEqual([]);
  });
});
