import { describe, expect, it } from 'vitest';
import { readNoteText, splitHeadingText } from '../../src/note/index.js';

describe('the shared heading parser', () => {
  it.each([
    ['Subjective:', 'Subjective:\nS text\nObjective:\nO text\nAssessment:\nA text\nPlan:\nP text'],
    ['SUBJECTIVE', 'SUBJECTIVE\nS text\nOBJECTIVE\nO text\nASSESSMENT\nA text\nPLAN\nP text'],
    ['## Subjective', '## Subjective\nS text\n## Objective\nO text\n## Assessment\nA text\n## Plan\nP text'],
    ['**Subjective**', '**Subjective**\nS text\n**Objective**\nO text\n**Assessment**\nA text\n**Plan**\nP text'],
    ['S:', 'S: S text\nO: O text\nA: A text\nP: P text'],
    ['subjective: (any case)', 'subjective: S text\nobjective: O text\nassessment: A text\nplan: P text'],
  ])('reads %s headings', (_name, text) => {
    expect(readNoteText(text)).toEqual({ sections: { subjective: 'S text', objective: 'O text', assessment: 'A text', plan: 'P text' } });
  });

  it('keeps text before the first heading as a preamble', () => {
    const text = 'Here is the SOAP note for this visit.\n\nSubjective:\nKnee pain.\n\nPlan:\nIce.';
    expect(splitHeadingText(text)).toEqual({ sections: { subjective: 'Knee pain.', plan: 'Ice.' }, preamble: 'Here is the SOAP note for this visit.' });
    expect(readNoteText(text)).toEqual({
      sections: { subjective: 'Knee pain.', objective: '', assessment: '', plan: 'Ice.' },
      preamble: 'Here is the SOAP note for this visit.',
    });
  });

  it('puts everything in the Subjective when no heading exists at all', () => {
    expect(readNoteText('  Patient well. Plan to return in a week.\n')).toEqual({ sections: { subjective: 'Patient well. Plan to return in a week.', objective: '', assessment: '', plan: '' } });
  });

  it('does not take ordinary text for a heading', () => {
    expect(readNoteText('Subjective:\nPlan to return in a week.\nP 72, regular.').sections).toEqual({
      subjective: 'Plan to return in a week.\nP 72, regular.',
      objective: '',
      assessment: '',
      plan: '',
    });
  });
});
