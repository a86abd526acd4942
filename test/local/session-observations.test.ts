import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('findings said to the patient in the session', () => {
  it('writes the mental state seen, said in the second person, as objective', () => {
    const n = generateLocalNote([
      'Nurse: How have you been since the last appointment?',
      "Client: Worse. I can't get out of bed some days and I've stopped seeing my friends.",
      "Nurse: You've been quiet with me today, your speech is slow and your eye contact is poor.",
      "Nurse: Your mood has been low for a month, you told me.",
      'Nurse: I think the depression has come back.',
    ].join('\n'));
    expect(n.objective).toMatch(/quiet with me today/);
    expect(n.objective).not.toMatch(/mood has been low/);
  });

  it('writes a time called out as a fragment and a part that opens or moves as objective', () => {
    const n = generateLocalNote([
      'Physio: How is the ankle?',
      'Patient: Better, I can walk the dog again.',
      'Physio: Let me have a look. Stand on the bad leg for me.',
      'Physio: Forty seconds, steady.',
      'Physio: Your ankle bends well past neutral now.',
      'Physio: Hold the stretch for thirty seconds each side at home.',
    ].join('\n'));
    expect(n.objective).toMatch(/40 seconds, steady|Forty seconds, steady/);
    expect(n.objective).toMatch(/ankle bends well/);
    expect(n.objective).not.toMatch(/each side/);
  });
});
