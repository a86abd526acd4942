import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a wound clinic review', () => {
  const n = generateLocalNote([
    'Nurse: How has the heel been?',
    'Patient: Still weeping a bit.',
    "Nurse: Let me have a look. It's about two centimetres across. It probes down to the bone at the base.",
    'Nurse: I think this has become a deep pressure ulcer.',
    "Nurse: I'm putting you in a pressure-relieving boot today.",
    'Nurse: I want you back on Friday so the doctor can see it too.',
  ].join('\n'));

  it('writes a probe reaching bone as a finding', () => {
    expect(n.objective).toMatch(/probes down to the bone/);
  });

  it('writes a device the patient is put in, and when to come back, as plan', () => {
    expect(n.plan).toMatch(/pressure-relieving boot/);
    expect(n.plan).toMatch(/back on Friday/);
  });
});
