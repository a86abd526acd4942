import { describe, expect, it } from 'vitest';
import { readPurposes } from '../../src/local/read-purposes.js';
import type { Utterance } from '../../src/local/types.js';

const said = (text: string): Utterance => ({ role: 'clinician', text, raw: text, question: false, turn: 1, line: 1, label: 'Therapist' });
const slotOf = (text: string, phase: 'history' | 'exam' | 'plan') => readPurposes(said(text), phase, false).map((p) => p.slot);

describe('plan items named without a verb, once the plan is under way', () => {
  it('keeps a programme handed over with how often it is done', () => {
    expect(slotOf("Here's your stretching sheet, three times a day.", 'plan')).toEqual(['plan']);
  });

  it('keeps an aid named for a task', () => {
    expect(slotOf('For the stairs, a second rail, so you can hold on with both hands.', 'plan')).toEqual(['plan']);
  });

  it('keeps a goal that holds a measured value', () => {
    expect(slotOf("By the end of the block, I'd like your pinch grip at 6 kilograms.", 'plan')).toEqual(['plan']);
  });

  it('leaves a finding or a past state that opens the same way alone', () => {
    expect(slotOf('For the pain, the swelling is worse.', 'plan')).not.toEqual(['plan']);
    expect(slotOf('By then, the swelling was down.', 'plan')).not.toEqual(['plan']);
  });
});
