import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

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

describe("a captioning app's saved lines: no labels, no question marks, the time of day every few minutes", () => {
  it('reads the lines as words of the visit, the clock lines and the title bar as none', () => {
    const reading = readTranscript(RINK_SIDE);
    // A time of day alone on a line ("3:12 PM") once made its meridian a speaker "PM" and the whole visit one voice.
    expect(reading.labelled).toBe(false);
    expect(reading.turns.some((t) => /\b3:1\d\b|\bPM\b|Captions/.test(t.text))).toBe(false);
    expect(readTranscript(CLINIC_ROOM).turns.some((t) => /^14:0\d$/.test(t.text))).toBe(false);
  });

  it('places the findings called out and the advice, not the clock, in the note', () => {
    const note = generateLocalNote(RINK_SIDE, { specialty: 'athletic_trainer' });
    const all = `${note.subjective}\n${note.objective}\n${note.assessment}\n${note.plan}`;
    expect(all).not.toMatch(/\bPM\b|Saved/);
    expect(note.objective).toMatch(/snuffbox/);
    expect(note.plan).toMatch(/no more skating today/i);
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
