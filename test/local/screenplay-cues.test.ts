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

  it('reads a script typed to the page: name cues set deep, action lines as the writer\'s, scene headings left out', () => {
    const cue = (name: string) => `${' '.repeat(28)}${name}`;
    const say = (words: string) => `${' '.repeat(10)}${words}`;
    const text = [
      'INT. HARBOUR PHYSIO ROOMS - MORNING', '',
      'A treatment plinth. MARGOT leans on the doorframe, holding her elbow.', '',
      cue('TOBIAS'), say('Come in. Which elbow is bothering you?'), '',
      cue('MARGOT'), `${' '.repeat(18)}(wincing)`, say('The right one, since I started painting the fence.'), '',
      'Tobias presses along the outside of the elbow.', '',
      cue('TOBIAS'), `${' '.repeat(18)}(laughs)`, say('Your forearm extensors are knotted and tender just below the bony point.'), '',
      cue('MARGOT (CONT\'D)'), say('That is exactly where it aches.'), '',
      cue('TOBIAS'), say('This looks like tennis elbow. I will give you a strap and eccentric exercises.'),
    ].join('\n');
    const read = readTranscript(text);
    expect(read.speakers).toEqual({ TOBIAS: 'clinician', MARGOT: 'patient' });
    expect(read.turns.filter((t) => !t.scene).map((t) => `${t.role[0]}:${t.text}`)).toEqual([
      'c:Come in. Which elbow is bothering you?',
      'p:(wincing) The right one, since I started painting the fence.',
      'c:Your forearm extensors are knotted and tender just below the bony point.',
      'p:That is exactly where it aches.',
      'c:This looks like tennis elbow. I will give you a strap and eccentric exercises.',
    ]);
    // The action lines are no speaker's words: the writer's, each paragraph one unlabelled line.
    expect(read.turns.filter((t) => t.scene).map((t) => [t.label, t.text])).toEqual([
      [undefined, 'A treatment plinth. MARGOT leans on the doorframe, holding her elbow.'],
      [undefined, 'Tobias presses along the outside of the elbow.'],
    ]);
  });

  it('keeps lines at the margin when the cues are not set deeper than the words', () => {
    const text = [
      'TOBIAS', 'Come in. Which elbow is bothering you?', '',
      'MARGOT', 'The right one, since I started painting.', '',
      'TOBIAS', 'Any numbness in the hand?', '',
      'MARGOT', 'None at all.', 'It wakes me at night though.',
    ].join('\n');
    expect(readTranscript(text).turns.map((t) => t.text).join(' ')).toMatch(/It wakes me at night though/);
  });
});
