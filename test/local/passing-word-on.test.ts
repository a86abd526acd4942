import { describe, expect, it } from 'vitest';
import { readPurposes } from '../../src/local/read-purposes.js';
import type { Utterance } from '../../src/local/types.js';

const said = (text: string): Utterance => ({ role: 'clinician', text, raw: text, question: false, turn: 1, line: 1, label: 'Pharmacist' });
const slotOf = (text: string, phase: 'history' | 'exam' | 'plan') => readPurposes(said(text), phase, false).map((p) => p.slot);

describe('advice to pass word on to others, behind a condition', () => {
  it('is the plan, the condition running on with "or"', () => {
    expect(slotOf("Whenever a new doctor sees you, or a dentist, tell them you have the implant card.", 'plan')).toEqual(['plan']);
  });

  it('leaves "tell me…", which asks for the history, alone', () => {
    expect(slotOf('Tell me about the pain in your chest.', 'history')).not.toEqual(['plan']);
    expect(slotOf('Whenever you climb the stairs, tell me what happens.', 'history')).not.toEqual(['plan']);
  });
});
