import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('safety-netting and dose changes in the words of the room', () => {
  const n = generateLocalNote([
    'Doctor: How is the low mood?',
    'Patient: A bit better, but the tablets make me feel sick and I still get headaches most days.',
    'Doctor: Let me check your pressure. 124 over 78.',
    'Patient: Okay.',
    'Doctor: Most likely this is a tension headache on top of the low mood.',
    'Doctor: Bump the citalopram up to 20.',
    "Doctor: I'm going to pull back on the water tablet.",
    'Doctor: Any slurred speech or weakness, straight to A&E.',
    'Doctor: Should the headaches get worse, ring 111.',
    'Doctor: Anything else worse, give us a ring.',
  ].join('\n'));

  it('reads a diagnosis with a hedge before it as the assessment, not a reading ("tension" holds no "ten")', () => {
    expect(n.assessment).toMatch(/tension headache/);
    expect(n.objective).not.toMatch(/tension/);
  });

  it('reads a dose moved as the plan', () => {
    expect(n.plan).toMatch(/Bump the citalopram up to 20/);
    expect(n.plan).toMatch(/pull back on the water tablet/);
  });

  it('reads safety-netting whose "if" is left unsaid or inverted as the plan', () => {
    expect(n.plan).toMatch(/straight to A&E/);
    expect(n.plan).toMatch(/ring 111/);
    expect(n.plan).toMatch(/give us a ring/);
  });
});
