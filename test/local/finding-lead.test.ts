import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a finding said after where or with what it was found', () => {
  const n = generateLocalNote([
    'Doctor: How often are the nosebleeds?',
    'Patient: Every other day, always from the left side.',
    "Doctor: Let me have a look with the otoscope. On the left there's a visible vessel at the front of the septum, with a scab over it.",
    'Doctor: Through the scope there\'s a small white patch on the left vocal cord.',
    'Doctor: These nosebleeds are from that vessel. I will cauterise it today, and refer you to the voice clinic for the patch.',
  ].join('\n'));

  it('keeps the finding as objective, read past its lead', () => {
    expect(n.objective).toMatch(/visible vessel at the front of the septum/);
    expect(n.objective).toMatch(/Through the scope there's a small white patch on the left vocal cord/);
    expect(n.plan).not.toMatch(/visible vessel/);
  });
});

describe('a finding in the second clause of an exam sentence', () => {
  it('keeps the sentence as objective', () => {
    const n = generateLocalNote([
      'Doctor: Let me examine you. Blood pressure is 150/80 sitting.',
      'Doctor: He got out of the chair without pushing on the arms, but his walking is slow and a bit unsteady.',
      'Doctor: I think this is Parkinsonism. I will refer him to the neurologist.',
    ].join('\n'));
    expect(n.objective).toMatch(/his walking is slow and a bit unsteady/);
  });
});

describe('a specimen taken and a finding felt in a second clause', () => {
  it('writes the swab as plan and what the examiner cannot feel as objective', () => {
    const n = generateLocalNote([
      'nurse: let me have a look at the incision.',
      "nurse: the top end is red and weeping, it hasn't split and i can't feel any fluid under the skin.",
      "nurse: i'll take a swab of that.",
      'nurse: it looks like a superficial wound infection, so the doctor will prescribe antibiotics.',
    ].join('\n'));
    expect(n.objective).toMatch(/can't feel any fluid under the skin/);
    expect(n.plan).toMatch(/take a swab/);
  });
});
