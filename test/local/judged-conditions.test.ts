import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('conditions judged in plain frames', () => {
  it('writes an opinion that names instability, and a condition ruled out for another, as assessment', () => {
    const n = generateLocalNote([
      'Physio: What brings you in?',
      'Patient: My left shoulder feels like it will pop out when I serve. It came out last summer.',
      'Physio: Let me have a look. The apprehension test is positive on the left.',
      "Physio: I'd say the shoulder has anterior instability.",
      "Physio: It's not a tear, the cuff is strong, it's just loose at the front.",
      "Physio: We'll work on the cuff strength twice a week.",
    ].join('\n'));
    expect(n.assessment).toMatch(/anterior instability/);
    expect(n.assessment).toMatch(/not a tear/);
    expect(n.objective).toMatch(/apprehension test is positive/);
  });

  it('does not take a negated opinion for the assessment', () => {
    const n = generateLocalNote(['Doctor: Any injury?', 'Patient: I fell on it.', "Doctor: I don't think it's a fracture, but we'll get an X-ray."].join('\n'));
    expect(n.plan).toMatch(/X-ray/);
  });
});

describe('wound care done and what to expect', () => {
  it('writes the closure done today and the course of the strips as plan', () => {
    const n = generateLocalNote([
      'Nurse: How did you cut it?',
      'Patient: On a tin lid, this morning.',
      'Nurse: Let me have a look. It is 2 cm long on the right thumb, edges clean.',
      "Nurse: I've closed it with steristrips and put a dressing on.",
      'Nurse: The strips will fall off by themselves in about a week.',
      'Nurse: Keep it dry for 48 hours.',
    ].join('\n'));
    expect(n.plan).toMatch(/closed it with steristrips/);
    expect(n.plan).toMatch(/strips will fall off by themselves in about a week/);
  });
});
