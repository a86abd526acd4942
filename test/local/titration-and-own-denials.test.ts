import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { classifyUtterance } from '../../src/local/classify-utterance.js';
import { isPlanStatement } from '../../src/local/clinical-vocabulary.js';
import type { Utterance } from '../../src/local/types.js';

// Visits written for these tests (invented patients): a dose change told in the present, and answers in their own words.
const said = (role: Utterance['role'], text: string): Utterance => ({ role, line: 1, turn: 1, text, raw: text, question: false });

describe('a titration told in the present tense', () => {
  it('reads "From Monday, you drop the prednisolone by 5 mg each week" as an instruction', () => {
    expect(isPlanStatement('So from Monday, you drop the prednisolone by 5 mg each week.')).toBe(true);
    expect(isPlanStatement('You keep increasing it until your fasting readings are between 6 and 8.')).toBe(true);
    expect(isPlanStatement('From what you said, you take the prednisolone with food.')).toBe(false);
  });

  it('writes a target set in the plan as the plan, not as a reading', () => {
    const n = generateLocalNote([
      'Nurse: How have the sugars been since the new dose?',
      'Patient: Mostly around eleven in the mornings.',
      'Nurse: So the plan is to go up slowly. From tomorrow, you put the Lantus up by two units every other day.',
      'Nurse: Target 6 to 8 before breakfast.',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(n.plan).toMatch(/Target 6 to 8/);
    expect(n.plan).toMatch(/the patient puts the Lantus up by two units/);
    expect(n.objective).not.toMatch(/Target/);
  });
});

describe('an answer that names what it denies', () => {
  it('denies the answer\'s own word as well as the last question\'s, which asked it in other words', () => {
    const n = generateLocalNote([
      'Nurse: Any falls? Any times your legs just gave way under you?',
      'Patient: No falls.',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(n.subjective).toMatch(/denies falls/);
    expect(n.subjective).toMatch(/denies times (?:their|the patient's) legs just gave way/);
    // "No problems." is a general no: only the question's own words are denied.
    const plain = generateLocalNote('Nurse: Any bleeding from the gums?\nPatient: No problems.', { specialty: 'registered_nurse' });
    expect(plain.subjective).toMatch(/denies bleeding from the gums/);
    expect(plain.subjective).not.toMatch(/denies problems/);
  });

  it('keeps a dose the patient states in a long visit', () => {
    expect(classifyUtterance(said('patient', 'Twelve units, every morning, with breakfast.'), 'history', false)).toBe('history');
    expect(classifyUtterance(said('patient', 'Every night at bedtime, without fail.'), 'history', false)).toBe('history');
  });
});

describe('a weight asked for with "can you step on the scales for me?"', () => {
  it('reads the bare value said after it as the weight', () => {
    const n = generateLocalNote([
      'Nurse: And can you step on the scales for me?',
      'Patient: If I must.',
      'Nurse: 82 kilos. Down one from last month.',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(n.objective).toMatch(/Weight 82 kg/);
  });
});
