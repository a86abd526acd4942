import { describe, expect, it } from 'vitest';
import { isClinicalJudgement, splitJudgementAndDecision } from '../../src/local/clinical-judgements.js';
import { generateLocalNote } from '../../src/local/index.js';

const judged = (text: string) => isClinicalJudgement(text, false);
const note = (lines: string[]) => generateLocalNote(lines.join('\n'));

describe('a value weighed against a norm', () => {
  it('is a judgement when the main clause weighs it', () => {
    expect(judged('Your morning readings are above target, we want them under 7 and you are at 8.4.')).toBe(true);
    expect(judged('Her level is supratherapeutic.')).toBe(true);
    expect(judged('The TSH is within range now, so the dose is right.')).toBe(true);
    expect(judged("So overall you're not at goal yet, but you're close.")).toBe(true);
    expect(judged("Your ferritin is low, which fits with the heavy periods.")).toBe(true);
    expect(judged('9.2 is well over 7.')).toBe(true);
    expect(judged("For his age his weight is a bit below where we'd like.")).toBe(true);
  });

  it('stays the reading when the main clause states the value', () => {
    expect(judged('Your potassium is 5.6, which is higher than we would like.')).toBe(false);
    expect(judged('His sodium came back at 131.')).toBe(false);
    expect(judged('The lithium level last week was 0.9, right in range.')).toBe(false);
  });

  it('is no judgement when it sets the target, orders, or waits on a condition', () => {
    expect(judged('We aim for between 2 and 3 with your valve.')).toBe(false);
    expect(judged('Stop the tablets when your pressure is under 120.')).toBe(false);
    expect(judged('Because the calcium is high, hold the vitamin D.')).toBe(false);
    expect(judged('If the sugars are still above target next week, ring me.')).toBe(false);
    expect(judged('The consultant said that because your sodium is low, she wants you to cut back on water.')).toBe(false);
  });
});

describe('a course compared with before', () => {
  it('is a judgement for a condition or a result', () => {
    expect(judged("It has progressed, it's worse than in October.")).toBe(true);
    expect(judged('The scarring has advanced since the last scan.')).toBe(true);
    expect(judged('Things are better than at your last visit.')).toBe(true);
  });

  it('stays a finding when it is what the examiner sees now', () => {
    expect(judged('Your squat looks deeper than last time.')).toBe(false);
    expect(judged('The wound is smaller than last week.')).toBe(false);
  });
});

describe('a cause named', () => {
  it('is a judgement in its several shapes', () => {
    expect(judged("That's probably why the readings jumped.")).toBe(true);
    expect(judged('The nerve damage is why you never felt the blister.')).toBe(true);
    expect(judged('The rash is most likely a reaction from the new antibiotic.')).toBe(true);
    expect(judged('The nosebleeds are minor bleeding from that.')).toBe(true);
    expect(judged('The tiredness goes with all of this.')).toBe(true);
    expect(judged('The pattern in your family fits with the variant your cousin carries.')).toBe(true);
  });
});

describe('a risk, an inheritance or an eligibility explained', () => {
  it('is a judgement', () => {
    expect(judged('Naproxen adds to the bleeding risk on top of the clopidogrel.')).toBe(true);
    expect(judged('Smoking doubles your stroke risk.')).toBe(true);
    expect(judged("If the test is positive you'd have a higher risk of bowel cancer.")).toBe(true);
    expect(judged('Cystic fibrosis is autosomal recessive.')).toBe(true);
    expect(judged('This kind of high cholesterol runs in families.')).toBe(true);
    expect(judged('You meet the criteria for the screening programme.')).toBe(true);
    expect(judged('He passes the Canadian head CT rules, no scan needed.')).toBe(true);
  });

  it('is no judgement when it is a precaution or a recap', () => {
    expect(judged('If you get chest pain, call 999.')).toBe(false);
    expect(judged('You said your dad had a higher risk of gout.')).toBe(false);
  });
});

describe('a condition inferred, excluded or given an outlook', () => {
  it('is a judgement', () => {
    expect(judged('A normal ultrasound means there is no clot in the leg.')).toBe(true);
    expect(judged('So a scaphoid fracture is unlikely.')).toBe(true);
    expect(judged('Frozen shoulder responds well to physio.')).toBe(true);
    expect(judged('Your goal of the half marathon is realistic.')).toBe(true);
  });
});

describe('a judgement said with the decision it leads to', () => {
  it('is cut into the two', () => {
    expect(splitJudgementAndDecision('He passes the knee rules, so a fracture is unlikely and we are not going to x-ray it today.'))
      .toEqual(['He passes the knee rules, so a fracture is unlikely.', 'We are not going to x-ray it today.']);
    expect(splitJudgementAndDecision('You meet criteria for screening, and the simplest option is a stool test at home.'))
      .toEqual(['You meet criteria for screening.', 'The simplest option is a stool test at home.']);
    expect(splitJudgementAndDecision("The Lachman being negative means it's not an ACL tear."))
      .toEqual(['The Lachman is negative.', "It's not an ACL tear."]);
  });

  it('leaves a sentence whole when its first part judges nothing', () => {
    const s = 'Your knee is swollen and I am going to drain it today.';
    expect(splitJudgementAndDecision(s)).toEqual([s]);
  });
});

describe('judgements in whole notes', () => {
  it('puts a value against its target in the assessment and the reading in the objective', () => {
    const n = note([
      'Nurse: Hi Omar, let me see your meter. Over the fortnight your pre-breakfast average is 9.1.',
      'Patient: Is that bad?',
      'Nurse: The pre-breakfast numbers are above target, we want under 7. Your evening ones are on target, so the tea-time changes are working.',
      "Nurse: I'll move your gliclazide to the morning and see you in two weeks.",
    ]);
    expect(n.objective).toMatch(/pre-breakfast average is 9\.1/);
    expect(n.assessment).toMatch(/above target/);
    expect(n.assessment).toMatch(/evening ones are on target/);
  });

  it('puts a cause and a risk explained by a pharmacist in the assessment', () => {
    const n = note([
      'Pharmacist: How have you been since the antibiotic?',
      'Patient: Fine, but my gums bleed and I bruise easily. I take naproxen for my hip.',
      "Pharmacist: Your INR is 4.6 today. That's most likely why, the clarithromycin slows how you clear warfarin. The bruising is minor bleeding from that. And the naproxen adds to the bleeding risk.",
      "Pharmacist: Miss tonight's warfarin, stop the naproxen, and come back on Friday for a recheck.",
    ]);
    expect(n.assessment).toMatch(/most likely why/);
    expect(n.assessment).toMatch(/minor bleeding from that/);
    expect(n.assessment).toMatch(/adds to the bleeding risk/);
    expect(n.objective).toMatch(/INR is 4\.6/);
  });

  it('puts inheritance and eligibility from a genetics visit in the assessment', () => {
    const n = note([
      'Counsellor: Your brother carries a change in the MLH1 gene. Has anyone else had bowel or womb cancer?',
      'Patient: My dad had bowel cancer at 52.',
      "Counsellor: Lynch syndrome is autosomal dominant. If you carry it you'd have a higher risk of bowel cancer. You meet the criteria for testing, and the simplest option is a blood test for the family change.",
    ]);
    expect(n.assessment).toMatch(/autosomal dominant/);
    expect(n.assessment).toMatch(/higher risk of bowel cancer/);
    expect(n.assessment).toMatch(/meet the criteria for testing/);
    expect(n.assessment).not.toMatch(/simplest option/);
  });
});
