import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { classifyByStructure } from '../../src/local/clause-structure.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';

describe('what colleagues will do, admissions, and what the examiner sees the patient do', () => {
  it('files a named colleague\'s next step as plan', () => {
    expect(classifyByStructure('Tom will do neuro observations every 30 minutes.', 'exam')).toBe('plan');
    expect(classifyByStructure('Priya will take some bloods before you go.', 'plan')).toBe('plan');
    // A name that does nothing, or is only a day, is not a step.
    expect(classifyByStructure('Monday will be better for the scan.', 'exam')).not.toBe('plan');
  });

  it('reads "he can lift the straight leg" in the exam as what was seen, not as permission', () => {
    const seen = 'The left hip has a bruise over the outer side, he can lift the straight leg, and there\'s no shortening or rotation.';
    expect(classifyByStructure(seen, 'exam')).not.toBe('plan');
    expect(classifyByStructure('He can go home tomorrow if the scan is clear.', 'plan')).toBe('plan');
  });

  it('keeps an admission in a long plan, as a referral is kept', () => {
    const filler = Array.from({ length: 8 }, (_, i) => ({ text: `We will go through item number ${i + 1} of the leaflet with you and your daughter today before you leave.` }));
    const admission = { text: "I'd like to keep him in overnight for observation, and I'll ask the falls team to see him before he goes home." };
    const kept = selectWithinBudget([...filler, admission], 'plan');
    expect(kept.map((k) => k.text)).toContain(admission.text);
    expect(kept.length).toBeLessThan(9);
  });

  it('writes the whole ED plan', () => {
    const n = generateLocalNote([
      'Dr. Haddad: Any headache?',
      'Mr Pearce: A bit of a headache, yes, where I hit it.',
      "Nurse Tom: Obs for you: blood pressure 168 over 92, heart rate 88 irregular. GCS 14, he's confused to the date.",
      "Dr. Haddad: I'm going to have a look at you now. There's a boggy swelling over the right temple. The left hip has a bruise over the outer side, he can lift the straight leg, and there's no shortening or rotation.",
      "Dr. Haddad: So this is a head injury while you're on a blood thinner. We need a CT head within the hour. Tom will do neuro observations every 30 minutes.",
    ].join('\n'));
    expect(n.plan).toMatch(/Tom will do neuro observations every 30 minutes/);
    expect(n.objective).toMatch(/he can lift the straight leg/);
    expect(n.plan).not.toMatch(/straight leg/);
  });
});

describe("the household's smoking, and what the clinician has done for the patient", () => {
  const n = generateLocalNote([
    'Nurse: Does anyone smoke at home, or in the car?',
    "Parent: No, nobody smokes. We've got a cat, though.",
    'Nurse: Her peak flow is 210 today.',
    "Nurse: I've written her a personal asthma action plan, here, it tells you what to do when she's well, when she's getting worse, and when it's an emergency.",
  ].join('\n'));

  it('writes a household\'s smoking as the household\'s, not as the patient denying it', () => {
    expect(n.subjective).toMatch(/Smoking at home: nobody smokes\./);
    expect(n.subjective).not.toMatch(/Denies smoking/);
  });

  it('files "I\'ve written her an action plan" as plan, not assessment', () => {
    expect(n.plan).toMatch(/asthma action plan/);
    expect(n.assessment).not.toMatch(/action plan/);
  });
});

describe('"That\'s fine." between readings', () => {
  it('is talk, not a finding, while "Knee\'s normal." is one', async () => {
    const { classifyUtterance } = await import('../../src/local/classify-utterance.js');
    const said = (text: string) => ({ role: 'clinician' as const, text, raw: text, question: false, turn: 0, line: 1 });
    expect(classifyUtterance(said("That's fine."), 'exam')).toBeUndefined();
    expect(classifyUtterance(said("Knee's normal."), 'exam')).toBe('exam');
  });
});

describe('a check done now, at the couch', () => {
  it('reads "Let me just do one test." as the exam, not the plan, after a reason too', async () => {
    const { asksToExamine } = await import('../../src/local/exam-requests.js');
    expect(asksToExamine('Let me just do one test.')).toBe(true);
    expect(asksToExamine("Since it's the right knee, let me just have a look at the other one.")).toBe(true);
    expect(asksToExamine("Let's check your blood pressure again in three months.")).toBe(false);
  });
});
