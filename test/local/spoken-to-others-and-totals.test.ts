import { describe, expect, it } from 'vitest';
import { asksAsQuestion, continuesHistoryAnswer } from '../../src/local/answer-turn-history.js';
import { extractUtterances } from '../../src/local/extract-utterances.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readPurposes } from '../../src/local/read-purposes.js';
import type { Utterance } from '../../src/local/types.js';

const said = (text: string): Utterance => ({ role: 'clinician', text, raw: text, question: false, turn: 1, line: 1, label: 'Nurse' });
const slotOf = (text: string, phase: 'history' | 'exam' | 'plan') => readPurposes(said(text), phase, false).map((p) => p.slot);

describe('a mental-state observation said to an interpreter or colleague by name', () => {
  it('is the exam, though the history is still being taken', () => {
    expect(slotOf("Dawit, she's been quiet and cooperative, a little tearful just now.", 'history')).toEqual(['exam']);
  });

  it('leaves a history said to a colleague by name as history', () => {
    expect(slotOf("Priya, she's had the cough for two weeks.", 'history')).toEqual(['history']);
  });
});

describe('a questionnaire total counted up', () => {
  it('is a result, though its band is said with it', () => {
    expect(slotOf('That adds up to a GAD-7 of 11, which is in the moderate band.', 'exam')).toEqual(['results']);
  });

  it('leaves a picture that makes sense as the judgement', () => {
    expect(slotOf('It all adds up to a chest infection.', 'exam')).toEqual(['assessment']);
  });
});

describe('a dose schedule said without the drug name, once the plan is under way', () => {
  it('is the plan', () => {
    expect(slotOf('That means 20 milligrams every day, except 10 milligrams on Tuesday and Saturday.', 'plan')).toEqual(['plan']);
  });

  it('is not the plan while the history is taken', () => {
    expect(slotOf('That means 20 milligrams every day, except 10 milligrams on Tuesday and Saturday.', 'history')).not.toEqual(['plan']);
  });
});

describe('an owner who goes on answering in unpunctuated ASR', () => {
  const visit = [
    'SPEAKER_00: any chance she swallowed something',
    'SPEAKER_02: so the thing is on tuesday she chewed up a tennis ball in the garden',
    'SPEAKER_00: ah',
    'SPEAKER_02: and we only ever found half of it under the hedge',
    "SPEAKER_00: that's a lovely collar",
    'SPEAKER_02: we bought it on holiday in spain',
  ].join('\n');
  const { turns } = readTranscript(visit);
  const utterances = extractUtterances(turns);
  const goesOn = (words: string) => {
    const u = utterances.find((x) => x.text.includes(words))!;
    return continuesHistoryAnswer(u, turns, 0, 'history');
  };

  it('reads a question asked without a question mark as one', () => {
    expect(asksAsQuestion('any chance she swallowed something')).toBe(true);
    expect(asksAsQuestion("that's a lovely collar")).toBe(false);
  });

  it("keeps the answer going across the clinician's \"ah\"", () => {
    expect(goesOn('half of it under the hedge')).toBe(true);
  });

  it('does not read a reply to a remark as history', () => {
    expect(goesOn('holiday in spain')).toBe(false);
  });

  it('reads the unmarked question only when told to: a medical visit asks with a mark (ACI-Bench ROUGE-1 -0.02)', () => {
    expect(asksAsQuestion('any chance she swallowed something', false)).toBe(false);
    expect(asksAsQuestion('did she swallow something?', false)).toBe(true);
    const u = utterances.find((x) => x.text.includes('tennis ball'))!;
    expect(continuesHistoryAnswer(u, turns, 0, 'history', false)).toBe(false);
    expect(continuesHistoryAnswer(u, turns, 0, 'history')).toBe(true);
  });
});
