import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a condition named in passing after the exam', () => {
  const n = generateLocalNote([
    'Nurse: How has the breathing been?',
    'Patient: Worse on the hills.',
    'Nurse: Let me examine you. Your FEV1 is 1.32 litres, which is 48% of predicted, and the ratio is 0.52.',
    'Patient: Is that bad?',
    "Nurse: It puts you in the severe category, I'm afraid, so severe COPD, GOLD stage 3.",
    "Doctor: It's left ureteric colic from a 4 mm stone, and stones that size usually pass on their own.",
    "Doctor: It's a 3 cm laceration across the left palm from the glass.",
  ].join('\n'));

  it('is the assessment: "so severe COPD", and a condition whose cause carries the size', () => {
    expect(n.assessment).toMatch(/so severe COPD, GOLD stage 3/);
    expect(n.assessment).toMatch(/left ureteric colic from a 4 mm stone/);
    expect(n.objective).not.toMatch(/ureteric colic/);
  });

  it('leaves a sized finding in the exam, and the history\'s conditions in the history', () => {
    expect(n.objective).toMatch(/3 cm laceration across the left palm/);
    const h = generateLocalNote(['Doctor: Any medical problems?', 'Patient: Asthma as a child.', 'Doctor: Okay, so asthma as a child, and so mild eczema too.', 'Doctor: Let me listen to your chest. Your chest is clear.', 'Doctor: This is a viral chest infection.'].join('\n'));
    expect(h.assessment).not.toMatch(/eczema/);
  });
});
