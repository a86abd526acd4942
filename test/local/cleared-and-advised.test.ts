import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('plan said as permission, advice or paperwork sent', () => {
  const n = generateLocalNote([
    'Doctor: How is the back now?',
    'Patient: Much better, the pain is down to a 2 out of 10.',
    'Doctor: Your back moves well and the straight leg raise is normal.',
    "Doctor: I'm happy for you to go back to work on Monday on light duties.",
    "Doctor: It's worth trying a standing desk for the afternoons.",
    'Doctor: Best to avoid heavy lifting for another fortnight.',
    'Doctor: Stick with the naproxen for five more days.',
    "Doctor: I've sent the fit note to your email.",
  ].join('\n'));

  it('writes each as plan', () => {
    expect(n.plan).toMatch(/go back to work on Monday on light duties/);
    expect(n.plan).toMatch(/worth trying a standing desk/);
    expect(n.plan).toMatch(/avoid heavy lifting for another fortnight/);
    expect(n.plan).toMatch(/Stick with the naproxen/);
    expect(n.plan).toMatch(/sent the fit note/);
    expect(n.assessment).not.toMatch(/standing desk/);
  });
});
