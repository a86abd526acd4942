import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

const roles = (text: string) => readTranscript(text).turns.map((t) => `${t.role[0]}:${t.text}`);

describe('script cues in capitals over the words', () => {
  it('reads numbered crew cues, a relative and the patient with no blank lines between blocks', () => {
    const text = [
      'EMT 1', 'Evening, we got a call about a fall. Can you tell me your name?',
      'DAUGHTER', 'She is Marjorie. She went over in the garden.',
      'EMT 1', 'Marjorie, where does it hurt?',
      'PATIENT', 'My left wrist. It throbs.',
      'EMT 2', 'Obs are done: pulse 88, blood pressure 132/80.',
      'EMT 1', 'The wrist is swollen and tender over the radius.', 'We will splint it and take you to the emergency department.',
    ].join('\n');
    expect(roles(text)).toEqual([
      'c:Evening, we got a call about a fall. Can you tell me your name?',
      'o:She is Marjorie. She went over in the garden.',
      'c:Marjorie, where does it hurt?',
      'p:My left wrist. It throbs.',
      'c:Obs are done: pulse 88, blood pressure 132/80.',
      'c:The wrist is swollen and tender over the radius.',
      'c:We will splint it and take you to the emergency department.',
    ]);
    const note = generateLocalNote(text);
    expect(note.objective).toMatch(/swollen and tender/);
    expect(note.plan).toMatch(/splint/);
    expect(checkGrounding(note, text)).toEqual([]);
  });

  it('reads a title with a name, a name in parentheses, extensions and a manner line under the cue', () => {
    const text = [
      'DR. OKAFOR', 'What brings you to the clinic?',
      '', 'BERNARD', '(rubbing his knee)', 'The knee gives way on the stairs.',
      '', 'NURSE (PILAR)', 'His weight today is 96 kilos.',
      '', 'DR. OKAFOR (CONT\'D)', 'Any swelling after walking?',
      '', 'BERNARD (V.O.)', 'Every evening, yes.',
    ].join('\n');
    const read = readTranscript(text);
    expect(Object.keys(read.speakers)).toEqual(['DR. OKAFOR', 'BERNARD', 'NURSE (PILAR)']);
    expect(read.speakers['DR. OKAFOR']).toBe('clinician');
    expect(read.speakers['NURSE (PILAR)']).toBe('clinician');
    expect(read.turns.map((t) => t.line)).toEqual([2, 6, 9, 12, 15]);
    expect(read.turns[1]!.text).toMatch(/^\(rubbing his knee\) The knee gives way/);
  });

  it('leaves a dictation with headings in capitals, and a once-named person, as text', () => {
    const dictation = [
      'DISCHARGE MEDICATIONS', 'Ramipril 5 mg daily.',
      'PATIENT', 'Alert and comfortable.',
      'WOUND CARE', 'Dressing changed, clean and dry.',
      'FOLLOW UP', 'Clinic in two weeks.',
    ].join('\n');
    expect(readTranscript(dictation).labelled).toBe(false);
    const headed = 'HISTORY\nKnee pain for a month.\nEXAMINATION\nEffusion present.\nPLAN\nAspirate and review.';
    expect(readTranscript(headed).labelled).toBe(false);
  });
});
