import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A GP video visit: the connection checked aloud, the exam seen "from what I can see", a long explanation of the
// expected course and of the warning signs, and advice said as what is important.
describe('a video consultation\'s talk', () => {
  const n = generateLocalNote([
    'Doctor: Hello, can you hear me?',
    'Patient: Yes, can you hear me?',
    'Doctor: I can hear you fine, and I can see you.',
    'Patient: I\'ve had diarrhoea for four days, since a barbecue, and cramps.',
    'Doctor: Any blood in it?',
    'Patient: No.',
    'Doctor: From what I can see, your lips look moist and you look comfortable.',
    'Doctor: I think this is gastroenteritis, probably from the food. You don\'t have any of the warning signs we look out for.',
    'Doctor: It\'s really common and it usually settles within a week.',
    'Doctor: It\'s important to keep drinking small amounts often. I\'ll send a stool test for E. coli and other bugs.',
  ].join('\n'), { specialty: 'physician' });

  it('leaves the connection check out', () => {
    for (const section of [n.subjective, n.objective, n.assessment, n.plan]) expect(section).not.toMatch(/hear (?:you|the patient) fine/i);
  });

  it('writes what the clinician sees in the Objective', () => {
    expect(n.objective).toMatch(/lips look moist/i);
  });

  it('writes the expected course and the absent warning signs in the Assessment, not the Objective', () => {
    expect(n.assessment).toMatch(/usually settles/i);
    expect(n.assessment).toMatch(/warning signs/i);
    expect(n.objective).not.toMatch(/settles|warning signs/i);
  });

  it('writes advice said as what is important, and a test for a named bug, in the Plan', () => {
    expect(n.plan).toMatch(/important to keep drinking/i);
    expect(n.plan).toMatch(/stool test for E\. coli/i);
  });
});
