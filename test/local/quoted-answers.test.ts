import { describe, expect, it } from 'vitest';
import { draftLeftOvers } from '../../src/local/gap-drafts.js';
import { findAskedQuestion, isContentAnswer } from '../../src/local/quoted-answers.js';
import type { Phase } from '../../src/local/track-phases.js';
import type { Role, Utterance } from '../../src/local/types.js';

// Exchanges written for these tests (invented patients).
function visit(rows: [Role, string, string?][]): Utterance[] {
  return rows.map(([role, text, label], i) => ({ role, text, raw: text, question: /\?\s*$/.test(text), turn: i, line: i + 1, label }));
}

function leftOvers(rows: [Role, string, string?][]): string[] {
  const utterances = visit(rows);
  return draftLeftOvers(utterances, utterances.map((): Phase => 'history'), [], 'male').map((d) => d.text);
}

describe('a short answer no reader took', () => {
  it('is kept with its clinical question, quoted', () => {
    expect(leftOvers([
      ['clinician', 'How would you describe the headache?'],
      ['patient', 'Pounding.'],
      ['clinician', 'Anything from the chemist for it?'],
      ['patient', 'Cocodamol.'],
      ['clinician', 'Has he been drinking normally?'],
      ['other', 'Only sips.', 'Dad'],
    ])).toEqual([
      'Asked "How would you describe the headache?", the patient said "Pounding."',
      'Asked "Anything from the chemist for it?", the patient said "Cocodamol."',
      'Asked "Has he been drinking normally?", dad said "Only sips."',
    ]);
  });

  it('takes a longer answer to a clinical question as clinical, whatever its words', () => {
    expect(leftOvers([
      ['clinician', 'And the pain in your jaw, how is it at night?'],
      ['patient', 'It keeps me up until two or three.'],
    ])).toEqual(['It keeps him up until two or three.']);
  });

  it('leaves replies that need their question read, pointers, and questions about the visit', () => {
    expect(leftOvers([
      ['clinician', 'Any swelling in the ankles?'],
      ['patient', 'No.'],
      ['clinician', 'Where does the pain sit?'],
      ['patient', 'Right here.'],
      ['clinician', 'Can I take a photo of the rash for your file?'],
      ['patient', 'Of course.'],
      ['clinician', 'What is the best number to reach you on for the results?'],
      ['patient', 'The landline.'],
    ])).toEqual([]);
  });

  it('leaves a pair a reader took to that reader, though another sentence shares the answer\'s line', () => {
    const utterances = visit([['clinician', 'How is the shoulder?'], ['patient', 'Much easier.'], ['patient', 'Still stiff first thing when I get up.']]);
    utterances[2] = { ...utterances[2]!, line: 2, turn: 1 };
    const drafted = [{ block: 'history' as const, text: 'The shoulder is much easier.', lines: [1, 2], spoken: 'Much easier.', order: 0 }];
    expect(draftLeftOvers(utterances, ['history', 'history', 'history'], drafted, 'male').map((d) => d.text)).toEqual(['Still stiff first thing when he gets up.']);
  });

  it('pairs only a clinician\'s question asked in an earlier turn', () => {
    const u = visit([['patient', 'Is it the knee?'], ['patient', 'Probably the knee.'], ['clinician', 'Sore where?'], ['patient', 'Kneecap.']]);
    expect(findAskedQuestion(u, 1)).toBeUndefined();
    expect(findAskedQuestion(u, 3)?.text).toBe('Sore where?');
    expect(isContentAnswer('Yeah, a bit.')).toBe(false);
    expect(isContentAnswer('Kneecap.')).toBe(true);
  });
});
