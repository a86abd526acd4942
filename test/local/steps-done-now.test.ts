import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isStepDoneNow } from '../../src/local/steps-done-now.js';
import { isActionDoneNow } from '../../src/local/actions-done-now.js';

describe('treatment steps said as they are done', () => {
  it('reads clipped steps and first-person steps as done now', () => {
    for (const text of ['Splint on.', 'Wound irrigated and closed.', 'Local given, abscess incised, cavity packed.', '20 gauge, line is in.', "I'm putting a dressing on your shin now.", "We're giving you some fluids through the drip."]) {
      expect(isStepDoneNow(text), text).toBe(true);
    }
    expect(isActionDoneNow('Some ondansetron in your drip, 4 mg, for the sickness.')).toBe(true);
  });

  it('leaves clothes taken off, a past operation, a finding and a plan alone', () => {
    for (const text of ['Socks off.', 'Gallbladder removed when she was 40.', 'Scar healed, no redness.', 'Your stitches will be removed in a week.', 'It is in.', "I'm going to press on your tummy."]) {
      expect(isStepDoneNow(text), text).toBe(false);
    }
  });

  it('writes the steps of a procedure in the plan, not the exam', () => {
    const n = generateLocalNote([
      "Nurse: What's happened to your hand?",
      'Patient: I cut it on a tin lid this morning.',
      "Nurse: Let me have a look. There's a 2 cm cut on the palm, clean edges, no tendon showing.",
      'Nurse: So we can close this with glue.',
      'Nurse: Wound irrigated. Glue applied, edges closed.',
      'Nurse: Keep it dry for five days.',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(n.plan).toMatch(/glue applied/i);
    expect(n.objective).not.toMatch(/glue applied/i);
  });
});
