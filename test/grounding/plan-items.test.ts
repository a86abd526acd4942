import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const planFindings = (plan: string, transcript: string) => checkGrounding({ plan }, transcript).filter((f) => f.kind === 'plan');

describe('plan items the conversation never discussed', () => {
  const knee = [
    '[doctor] so i want to get an mri of the right knee to look at the ligaments .',
    "[doctor] and i'm going to refer you to physical therapy three times a week .",
    '[patient] okay , sounds good .',
  ].join('\n');

  it('catches another imaging modality, test or treatment than the one discussed', () => {
    expect(planFindings('I have also recommended that we obtain a CT scan of the right knee to evaluate the ligaments.', knee)).toHaveLength(1);
    expect(planFindings('We will initiate formal occupational therapy 3 times per week to strengthen her right knee.', knee)).toHaveLength(1);
    expect(planFindings('Ordered echocardiogram and stress test.', knee)).toHaveLength(2);
  });

  it('catches a referral to a specialty nobody mentioned', () => {
    const t = "[doctor] i'm going to send you to the urologist for an ultrasound of your kidneys .\n[patient] okay .";
    expect(planFindings('Referral placed to urology for possible ultrasound.', t)).toEqual([]);
    expect(planFindings('Referral placed to neurology for possible ultrasound.', t).map((f) => f.reason)).toEqual([
      'the plan names neurology ("neurology"), which the transcript never mentions',
    ]);
  });

  it('passes the items discussed, in the words a conversation uses for them', () => {
    expect(planFindings('I have recommended that we obtain an MRI of the right knee to further assess the ligaments.', knee)).toEqual([]);
    expect(planFindings('The patient was provided with a referral to formal physical therapy.', knee)).toEqual([]);
    const gp = "[doctor] we'll arrange a heart scan , an echo , and i'll ask the heart doctors to see you .\n[patient] right .";
    expect(planFindings('Arrange echo. Refer to cardiology.', gp)).toEqual([]);
    const gastro = "[doctor] i wan na refer you back to the gastroenterologist for another evaluation , okay ?";
    expect(planFindings('We will refer her back to gastroenterology for repeat evaluation.', gastro)).toEqual([]);
  });

  it('leaves a denied item, a bare "scan", and an assessment\'s results alone', () => {
    expect(planFindings('No need for an MRI at this time.', knee)).toEqual([]);
    expect(planFindings('Schedule MRI of the lumbar spine.', "[doctor] i'd like you to have a scan of your back .")).toEqual([]);
    expect(checkGrounding({ assessment: 'X-ray negative for fracture.' }, '[doctor] your knee looks fine .').filter((f) => f.kind === 'plan')).toEqual([]);
  });
});
