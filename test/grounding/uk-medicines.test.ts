import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const medications = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'medication').map((f) => /medication "([^"]+)"/.exec(f.reason)?.[1]);

describe('medicines of UK primary care, and the contraceptive pill', () => {
  const diabetic = [
    'Doctor: And do you take any regular medication?',
    'Patient: Uh, I think something called metformin, and lisinopril I think is the other one.',
    'Doctor: Anything you have bought from the chemist?',
    'Patient: Just lemsip, maybe two or three a day.',
  ].join('\n');

  it('catches an invented sulfonylurea or contraceptive pill', () => {
    expect(medications('DH: Lisinopril\nMetformin\nGliclazide', diabetic)).toEqual(['gliclazide']);
    expect(medications('DH: Combined oral contraceptive pill', diabetic)).toEqual(['combined oral contraceptive pill']);
  });

  it('passes them said, in the words patients use', () => {
    expect(medications('DH: Lisinopril, Metformin. Taking 2-3 lemsips a day.', diabetic)).toEqual([]);
    expect(medications('DH: COCP', "Patient: I'm on the pill, the combined pill.")).toEqual([]);
    expect(medications('She stopped her oral contraceptive.', '[patient] could it have been the birth control i was taking ?')).toEqual([]);
    expect(medications('DH: gliclazide 80 mg', 'Patient: I take gliclazide, eighty milligrams.')).toEqual([]);
  });
});
