import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';

/** An invented nurse-line call log: a title and a reference line, bracketed events among the turns. */
const CALL_LOG = [
  'Call log — Outbound — Eastgate Surgery (nurse callbacks)',
  'Call ref: EGS-2207-1130 | Start 11:30:02 | Duration 06:12',
  '',
  '[11:30:02] [Call connected — callback from queue 3]',
  'Agent: Hello, this is Mara, one of the practice nurses, returning your call about your dad.',
  "Caller: Thanks. He's had a temperature since Sunday and he's off his food.",
  '[11:31:40] [Caller placed on hold — 00:45]',
  '[11:32:25] [Call resumed]',
  'Agent: Thanks for waiting. Is he drinking?',
  'Caller: A little, sips of water.',
  '[11:36:14] [Call ended by agent]',
];

describe('a call log with bracketed events', () => {
  it('leaves the events, the title and the reference line out of the turns and the speakers', () => {
    const r = readTranscript(CALL_LOG.join('\n'));
    expect(Object.keys(r.speakers)).toEqual(['Agent', 'Caller']);
    const said = r.turns.map((t) => t.text).join(' ');
    expect(said).not.toMatch(/hold|resumed|ended|connected|Call log|EGS-2207/);
    expect(r.turns[0]!.text).toMatch(/^Hello, this is Mara/);
    expect(r.turns.find((t) => /sips of water/.test(t.text))?.label).toBe('Caller');
  });

  it('keeps a bracketed speaker tag with words after it, and a bracketed line in dictation', () => {
    const tagged = readTranscript(['[nurse] Any fever since the call?', '[mum] He had 38.5 last night.', '[nurse] Any rash?', '[mum] No rash.'].join('\n'));
    expect(tagged.turns.map((t) => t.text)).toEqual(['Any fever since the call?', 'He had 38.5 last night.', 'Any rash?', 'No rash.']);
    const dictated = readTranscript(['Telephone review of cough.', '[Call ended early, patient to ring back]', 'Plan: review tomorrow.'].join('\n'));
    expect(dictated.turns.map((t) => t.text).join(' ')).toMatch(/Call ended early/);
  });
});
