import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Sessions written for these tests (invented patients): a physiotherapy review, a psychiatry review and a dictated
// plan of numbered items.
const rehab = (...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'physical_therapy' });
const psych = (...lines: string[]) => generateLocalNote(lines.join('\n'), { specialty: 'psychiatrist' });

describe('a therapy session', () => {
  const OPENING = ['PT: How has the ankle been since last week?', 'Pt: Better on the flat, but stairs still hurt.'];

  it('leaves out the steps of a test done now and the measurements announced before their results', () => {
    const n = rehab(...OPENING, 'PT: Let me measure. I will test strength now.', 'PT: Dorsiflexion is 10 degrees.',
      'PT: Get up from the bed, walk to the door, turn around, come back, sit down.', 'Pt: Okay.', 'PT: That took 11 seconds.');
    expect(n.objective).toMatch(/Dorsiflexion is 10 degrees/);
    expect(`${n.assessment}\n${n.plan}`).not.toMatch(/walk to the door|test strength|Let me measure/);
  });

  it('keeps a home exercise said with its dose', () => {
    const n = rehab(...OPENING, 'PT: At home, stand up from the chair and sit down, 10 reps, twice a day.');
    expect(n.plan).toMatch(/10 reps, twice a day/);
  });

  it('writes the impairments summed up as the assessment', () => {
    const n = rehab(...OPENING, 'PT: Dorsiflexion is 10 degrees.', 'PT: The main things limiting you right now are stiffness into dorsiflexion and poor single-leg balance.');
    expect(n.assessment).toMatch(/stiffness into dorsiflexion and poor single-leg balance/);
  });

  it('writes "I want you on the cross trainer" as plan, and keeps every item of a long session plan', () => {
    const n = rehab(...OPENING,
      'PT: Today we will add calf raises off the edge of a step, three sets of fifteen, slow on the way down, and single-leg balance on the foam pad for thirty seconds each side.',
      'PT: I want you on the cross trainer for ten minutes before each session.',
      'PT: For the plan going forward, I would like to see you once a week for another five weeks, then we reassess and think about running.',
      'PT: Keep the ankle brace on for football until I tell you otherwise, and ice for fifteen minutes after training.',
      'PT: I want you to wean off the crutch indoors first, short distances on flat ground.',
      'PT: If the swelling suddenly gets worse or you cannot put weight on it, call the clinic the same day.');
    expect(n.plan).toMatch(/cross trainer/);
    expect(n.plan).toMatch(/wean off the crutch/);
    expect(n.plan).toMatch(/once a week for another 5 weeks/);
  });
});

describe('a psychiatry review', () => {
  const OPENING = ['Dr: How has your mood been since we last met?', 'Client: Up and down. Better than it was.'];

  it('writes terse mental-state items as findings', () => {
    const n = psych(...OPENING, 'Dr: For the record today: you are dressed appropriately, fair eye contact. Affect restricted. Thought content normal. No psychotic features. Insight partial, judgment fair.');
    expect(n.objective).toMatch(/Affect restricted/);
    expect(n.objective).toMatch(/No psychotic features/);
    expect(n.objective).toMatch(/Insight partial, judgment fair/);
  });

  it('writes a risk the clinician grades in the first person as the assessment', () => {
    const n = psych(...OPENING, 'Dr: I would rate you as moderate risk at the moment, because of the drinking.');
    expect(n.assessment).toMatch(/moderate risk/);
  });

  it('keeps a verbless report of a sexual side effect and a denial of suicidal thoughts', () => {
    const n = psych(...OPENING, 'Dr: Any side effects from the venlafaxine?', 'Client: Hard to say.', 'Dr: Take your time.',
      'Client: Erectile problems. Since the dose went up.', 'Dr: Any thoughts of ending your life?', 'Client: No. No suicidal thoughts, none at all.');
    expect(n.subjective).toMatch(/Erectile problems/);
    expect(n.subjective).toMatch(/suicidal thoughts/);
  });
});

describe('a long dictated plan', () => {
  it('keeps the follow-up interval, a vaccine given today and a decided prescription with its conditions', () => {
    const n = generateLocalNote([
      'This is Dr. Rowe dictating a clinic note for an asthma review. The patient reports two night wakings a week and uses her reliever four times a week.',
      'Examination: wheeze throughout both lungs, peak flow 310, 72 percent of predicted.',
      'Assessment: asthma, partly controlled.',
      'Plan. One. Step up to budesonide formoterol 200/6, one inhalation twice daily and as needed, and stop the separate salbutamol inhaler once she has the new one, I explained why at length and she repeated it back. Two. Inhaler technique checked with a spacer and corrected, she demonstrated it well at the end. Three. Influenza vaccine given today in the clinic, right deltoid. Four. Written asthma action plan reviewed and given to her. Five. I am giving her a course of prednisolone 40 mg daily for 5 days to keep at home, to start only if her peak flow falls below 200. Six. Follow up in 6 weeks with a repeat peak flow, sooner if she needs her reliever more than three times a day. Seven. Return precautions reviewed.',
    ].join('\n'), { specialty: 'physician' });
    expect(n.plan).toMatch(/Follow up in 6 weeks/);
    expect(n.plan).toMatch(/Influenza vaccine given today/);
    expect(n.plan).toMatch(/prednisolone 40 mg/);
  });
});
