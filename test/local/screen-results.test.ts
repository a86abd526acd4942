import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('screening results named by their infection alone', () => {
  const visit = [
    'Nurse: Thanks for coming back, Sam. Your results from last week are in.',
    'Patient: OK.',
    'Nurse: The swab is positive for chlamydia. Gonorrhoea negative, HIV negative and syphilis negative.',
    'Patient: Right.',
    "Nurse: So you have chlamydia, which is easily treated. I'm prescribing doxycycline 100 mg twice a day for seven days.",
  ].join('\n');

  it('keeps "Gonorrhoea negative, HIV negative" in Objective, not in Assessment', () => {
    const note = generateLocalNote(visit, { specialty: 'nurse_practitioner' });
    expect(note.objective).toContain('Gonorrhoea negative, HIV negative and syphilis negative.');
    expect(note.assessment).not.toContain('negative');
  });

  it('does not borrow a result that only rules conditions out as the assessment', () => {
    const note = generateLocalNote('Nurse: Your results are back. The HIV test was negative and hepatitis B negative.\nPatient: Good.', { specialty: 'nurse_practitioner' });
    expect(note.objective).toContain('HIV test was negative');
    expect(note.assessment).toBe('');
  });
});

describe('common infections and conditions named plainly are an assessment', () => {
  it.each(['chlamydia', 'syphilis', 'thrush', 'anaemia', 'glandular fever', 'a DVT', 'tennis elbow'])('"So you have %s." is Assessment', (condition) => {
    const note = generateLocalNote(`Nurse: How are things?\nPatient: Not great.\nNurse: So you have ${condition}. I'm prescribing a course of tablets.`, { specialty: 'nurse_practitioner' });
    expect(note.assessment).toContain(condition);
  });
});
