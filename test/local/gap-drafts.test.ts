import { describe, expect, it } from 'vitest';
import { draftLeftOvers } from '../../src/local/gap-drafts.js';
import { generateLocalNote } from '../../src/local/index.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';
import type { DraftSentence } from '../../src/local/draft-sentence.js';
import type { Phase } from '../../src/local/track-phases.js';
import type { Role, Utterance } from '../../src/local/types.js';

// Sentences written for these tests (invented patients): statements no reader placed.
function visit(rows: [Role, Phase, string][]): { utterances: Utterance[]; phases: Phase[] } {
  const utterances = rows.map(([role, , text], i) => ({ role, text, raw: text, question: /\?\s*$/.test(text), turn: i, line: i + 1 }));
  return { utterances, phases: rows.map(([, phase]) => phase) };
}

function leftOvers(rows: [Role, Phase, string][], drafted: DraftSentence[] = []): string[] {
  const { utterances, phases } = visit(rows);
  return draftLeftOvers(utterances, phases, drafted, 'female').map((d) => `${d.block}: ${d.text}`);
}

describe('statements no reader placed', () => {
  it('keeps each clinical one where its speaker and the phase put it', () => {
    expect(leftOvers([
      ['patient', 'history', 'I am 58 years old and I drive a forklift.'],
      ['other', 'history', 'She went over on it at the top of the stairs.'],
      ['clinician', 'exam', 'Light touch intact.'],
      ['clinician', 'exam', 'Thomas test negative on the left.'],
      ['clinician', 'history', "She's been settled and cooperative, a bit teary at the start."],
      ['clinician', 'exam', 'Once the swelling is down that knee will need a brace for sport.'],
      ['clinician', 'plan', 'Swap the fizzy drinks for water at lunch.'],
      ['clinician', 'exam', 'Calf raises, ten of them, twice a day.'],
    ])).toEqual([
      'history: The patient is 58 years old and she drives a forklift.',
      'history: She went over on it at the top of the stairs.',
      'exam: Light touch intact.',
      'exam: Thomas test negative on the left.',
      "exam: She's been settled and cooperative, a bit teary at the start.",
      'plan: Once the swelling is down that knee will need a brace for sport.',
      'plan: Swap the fizzy drinks for water at lunch.',
      'plan: Calf raises, ten of them, twice a day.',
    ]);
  });

  it('leaves out steps of the exam, questions, courtesies, fragments and pointers', () => {
    expect(leftOvers([
      ['clinician', 'exam', 'Lean forward and touch your toes for me.'],
      ['clinician', 'exam', 'Bend the knee up towards your chest.'],
      ['clinician', 'history', 'ma\'am does the pain spread into your arm'],
      ['clinician', 'history', 'How long has the knee been sore?'],
      ['clinician', 'history', 'Thank you for coming in about your knee.'],
      ['patient', 'history', 'Three weeks.'],
      ['patient', 'history', 'The left knee.'],
      ['clinician', 'exam', "That's fine."],
      ['patient', 'history', 'The weather has been lovely lately.'],
      ['other', 'history', 'I had the same knee trouble at her age.'],
      ['clinician', 'history', 'Hello Priya, come in and have a seat by the knee model.'],
      ['clinician', 'plan', 'Copy that, Unit 12, we have the knee patient on the medical channel.'],
      ['clinician', 'exam', "Let's have a look at how the knee bends now."],
      ['clinician', 'exam', 'Stand up, walk to the window, turn around, walk back, sit down.'],
      ['clinician', 'history', 'Usually a knee like this settles in about six weeks.'],
    ])).toEqual([]);
  });

  it('leaves a statement a reader drafted to that reader', () => {
    const drafted: DraftSentence[] = [{ block: 'exam', text: 'Light touch is intact.', lines: [1], spoken: 'Light touch intact.', order: 0 }];
    expect(leftOvers([['clinician', 'exam', 'Light touch intact.']], drafted)).toEqual([]);
  });

  it('fills only what the budget leaves: a left-over goes before any sentence a reader placed', () => {
    const placed = { text: 'Knee pain for three weeks after a fall on the stairs.' };
    const left = { text: 'Pain in the knee at night, worse after netball, with swelling and stiffness.', leftOver: true };
    expect(selectWithinBudget([left, placed], 'history', 12)).toEqual([placed]);
  });
});

describe('a visit outside medicine keeps what no reader placed', () => {
  const transcript = [
    'Therapist: What brings you in today?',
    'Client: My right shoulder has been sore for a month since I started painting the house.',
    'Therapist: Let me have a look. Lift your arm out to the side.',
    'Therapist: Painful arc between about sixty and a hundred and twenty.',
    'Therapist: Empty can test weak on the right.',
    'Therapist: Hawkins-Kennedy positive.',
    'Therapist: This fits a rotator cuff tendinopathy.',
    'Therapist: Rows with the band, three sets of ten, every day.',
    'Therapist: See you in two weeks.',
  ].join('\n');

  it('writes a physiotherapist\'s tests said in passing, and not in a medical visit', () => {
    const named = generateLocalNote(transcript, { specialty: 'physical_therapy' });
    const plain = generateLocalNote(transcript);
    expect(named.objective).toMatch(/Empty can test weak on the right/);
    expect(plain.objective).not.toMatch(/Empty can test weak on the right/);
  });
});
