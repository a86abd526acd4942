import { describe, expect, it } from 'vitest';
import { findInformantTurns } from '../../src/local/colleague-turns.js';
import { generateLocalNote } from '../../src/local/index.js';
import type { Turn } from '../../src/local/types.js';

// Invented teaching visits: a student or trainee sits in and asks the lead clinician questions, as learners do. The
// lead's answer is their own reasoning and plan, not a report made to a colleague.
function turnsOf(rows: Array<[Turn['role'], string, string]>): Turn[] {
  return rows.map(([role, label, text], i) => ({ role, label, text, line: i + 1 }));
}

describe('a learner asking the lead clinician', () => {
  it('does not make the lead an informant reporting to the learner', () => {
    const turns = turnsOf([
      ['clinician', 'Dr Osei', 'How long has the ankle been swollen?'],
      ['patient', 'Patient', 'Since Sunday, when I went over on it.'],
      ['clinician', 'Medical Student', 'Would you get an X-ray today?'],
      ['clinician', 'Dr Osei', 'Not today. If it still hurts to walk on in a week, we will book an X-ray then.'],
      ['clinician', 'Trainee GP', 'And would you strap it?'],
      ['clinician', 'Dr Osei', 'Yes, a compression bandage for a few days.'],
    ]);
    expect([...findInformantTurns(turns)]).toEqual([]);
  });

  it('still reads a nurse answering the lead as an informant', () => {
    const turns = turnsOf([
      ['clinician', 'Dr Osei', 'Tamsin, what was his pressure when he came in?'],
      ['clinician', 'Nurse Tamsin', 'It was 96 over 60 at triage.'],
      ['clinician', 'Student Nurse', 'Should I recheck it now?'],
    ]);
    expect([...findInformantTurns(turns)]).toEqual([1]);
  });

  it("keeps the lead's answer to a student's question in the plan, not the history", () => {
    const note = generateLocalNote([
      'Vet: Right, what seems to be the trouble with Pepper?',
      'Owner: He has been licking his front paw raw for a week.',
      'Vet: Let me have a look. There is a red sore patch between the toes, no grass seed that I can see.',
      'Vet Student: Would you swab it?',
      'Vet: Good idea, we will swab it today and start a cone so he leaves it alone.',
      'Owner: He will hate the cone.',
    ].join('\n'));
    expect(note.plan).toMatch(/swab it today/i);
    expect(note.subjective).not.toMatch(/swab/i);
  });

  it("reads the lead's answer to a learner's one-word question as the lead's finding, not an answer of history", () => {
    const note = generateLocalNote([
      'Vet: What brings Biscuit in today?',
      'Owner: He has been stiff getting up, for about a month.',
      'Vet: Let me feel his knees as I bend them. Feel that grating, Sam?',
      'Vet Student: Oh. Crepitus?',
      'Vet: Crepitus in both knees, yes. Now his ears.',
      'Owner: Is that arthritis?',
    ].join('\n'));
    expect(note.objective).toMatch(/crepitus in both knees/i);
    expect(note.subjective).not.toMatch(/crepitus/i);
  });
});
