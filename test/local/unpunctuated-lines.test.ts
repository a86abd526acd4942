import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readUnpunctuatedLines } from '../../src/local/unpunctuated-lines.js';

// A captioning app's saved text: no labels, a turn a line, no question marks, the time of day every few minutes.
const RINK_SIDE = [
  'Captions · Saved · Sat',
  '',
  '3:12 PM',
  'hey stay down a second, can you hear me',
  'yeah',
  'where does it hurt',
  'my wrist, the left one',
  'did you land on it',
  'yes I put my hand out when I fell',
  'any numbness in the fingers',
  'a bit tingly in the thumb',
  'okay',
  '',
  '3:15 PM',
  'swelling over the left wrist, tender at the snuffbox',
  'grip is weak on the left',
  'is it broken',
  'could be a scaphoid fracture, it needs an x-ray',
  'no more skating today, keep the splint on, urgent care tonight for an x-ray',
].join('\n');

// Another app, a 24-hour clock and lower case throughout.
const CLINIC_ROOM = [
  '14:02',
  'so what brings you in',
  'my ankle keeps giving way',
  'how long has that been going on',
  'since the spring, about three months',
  'have you had any falls',
  'twice, on the stairs',
  '14:04',
  'do you take anything for it',
  'just ibuprofen now and then',
  'the ankle is stable to testing, mild swelling over the outer side',
  'we will start balance exercises and review in six weeks',
].join('\n');

describe('unlabelled lines with no question marks, a turn a line', () => {
  it('gives the line after a question to the patient and the called-out findings to the clinician', () => {
    const turns = readUnpunctuatedLines(readTranscript(RINK_SIDE).turns)!;
    expect(turns).toBeDefined();
    const roleOf = (words: string) => turns.find((t) => t.text.startsWith(words))!.role;
    expect(roleOf('my wrist')).toBe('patient');
    expect(roleOf('yes I put my hand out')).toBe('patient');
    expect(roleOf('a bit tingly')).toBe('patient');
    expect(roleOf('did you land on it')).toBe('clinician');
    expect(roleOf('swelling over the left wrist')).toBe('clinician');
    // The time of day between the lines is no turn, and the app's title bar says nothing.
    expect(turns.some((t) => /\b3:1\d\b|PM/.test(t.text))).toBe(false);
  });

  it('writes the answers as history, not as the clinician\'s findings', () => {
    const note = generateLocalNote(RINK_SIDE, { specialty: 'athletic_trainer' });
    expect(note.subjective).toMatch(/tingly in the thumb/i);
    expect(note.objective).not.toMatch(/tingly/i);
    expect(note.objective).toMatch(/snuffbox/);
    const other = generateLocalNote(CLINIC_ROOM, { specialty: 'physiotherapist' });
    expect(other.subjective).toMatch(/three months|3 months/);
    expect(other.subjective).toMatch(/ibuprofen/);
    expect(other.objective).not.toMatch(/ibuprofen/);
  });

  it('leaves a dictation said a sentence a line (no questions answered) to the dictation reader', () => {
    const dictation = [
      'district nurse visit to a leg ulcer on the right shin',
      'ulcer measures four by three centimetres',
      'slough at the base and moderate exudate',
      'no signs of spreading infection',
      'cleansed and redressed with a foam dressing',
      'compression bandage reapplied',
      'patient tolerated well',
      'next visit on thursday',
    ].join('\n');
    expect(readUnpunctuatedLines(readTranscript(dictation).turns)).toBeUndefined();
    // Punctuated lines are the other readers' too.
    expect(readUnpunctuatedLines(readTranscript(RINK_SIDE.replace(/\n(?=\S)/g, '.\n')).turns)).toBeUndefined();
  });
});

describe('a time of day alone on a line', () => {
  it('is not read as a speaker named "PM"', () => {
    const reading = readTranscript(['9:05 AM', 'how are you feeling', 'not great', '9:07 AM', 'any fever', 'no'].join('\n'));
    expect(Object.keys(reading.speakers)).toEqual([]);
    expect(reading.turns.map((t) => t.text)).not.toContain('9:07 AM');
    // A name under a time is still a timed label line.
    expect(Object.keys(readTranscript(['00:00:04 Speaker 1', 'How is the knee?', '00:00:09 Speaker 2', 'Better.', '00:00:12 Speaker 1', 'Good.'].join('\n')).speakers)).toContain('Speaker 1');
  });
});

describe("an app's title bar over the first line", () => {
  it('is no turn; a first line with fewer fields, or a sentence among them, is kept', () => {
    const texts = (t: string) => readTranscript(t).turns.map((x) => x.text);
    expect(texts(RINK_SIDE)).not.toContain('Captions · Saved · Sat');
    expect(texts(['Recorder | Room 2 | morning list', 'how is the hip', 'sore at night'].join('\n'))[0]).toBe('how is the hip');
    expect(texts(['Knee · left side', 'how is the knee', 'better'].join('\n'))[0]).toBe('Knee · left side');
    expect(texts(['It hurts · here. · and here', 'Okay.'].join('\n'))[0]).toBe('It hurts · here. · and here');
  });
});
