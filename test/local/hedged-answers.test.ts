import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a closed question answered by how much or how often', () => {
  const n = generateLocalNote([
    'Nurse: Were condoms used?',
    'Client: Not always. Mostly no.',
    'Nurse: Is noise bothering you?',
    'Client: A little.',
    'Nurse: Are you still doing your stretches?',
    'Client: Most mornings, about ten minutes before work.',
    'Nurse: Any fever?',
    'Client: No.',
  ].join('\n'));

  it('keeps the question\'s words before a hedged answer', () => {
    expect(n.subjective).toMatch(/Condoms used: not always\./);
    expect(n.subjective).toMatch(/Noise bothering (?:the patient|the client|him|her|them): a little\./);
    expect(n.subjective).toMatch(/Still doing (?:the patient's|his|her|their) stretches: most mornings, about 10 minutes before work\./);
  });

  it('leaves a plain no to the denial readers', () => {
    expect(n.subjective).toMatch(/denies fever/);
  });

  it('does not read a social question so', () => {
    const m = generateLocalNote(['Doctor: Are you comfortable there?', 'Patient: Mostly.', 'Doctor: Your knee has a small effusion.'].join('\n'));
    expect(m.subjective).not.toMatch(/comfortable/);
  });
});
