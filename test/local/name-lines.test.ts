import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

/** A name alone on its line over the words, as Google Meet's transcript file writes a visit. */
const MEET = [
  'Harriet Vance',
  'Morning. Come through, Mr. Doyle. What can I do for you today?',
  'Owen Doyle',
  'My left heel has been sore for about a month, worst first thing in the morning.',
  'Carla Doyle',
  'He limps to the kettle every day.',
  'Harriet Vance',
  'So: any numbness in the foot? Any injury you remember?',
  'Owen Doyle',
  'No numbness. No injury that I know of.',
  'Harriet Vance',
  'Let me have a look. Tender at the front of the heel, no swelling. This looks like plantar fasciitis.',
  'Owen Doyle',
  'Okay.',
  'Harriet Vance',
  'Calf stretches twice a day and supportive shoes. Come back in six weeks if it is no better.',
].join('\n');

describe('name lines over the words (Google Meet and copied meeting panes)', () => {
  it('reads each name as a speaker and decides roles from what they say', () => {
    const reading = readTranscript(MEET);
    expect(reading.speakers).toEqual({ 'Harriet Vance': 'clinician', 'Owen Doyle': 'patient', 'Carla Doyle': 'other' });
    expect(reading.turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'other', 'clinician', 'patient', 'clinician', 'patient', 'clinician']);
    // A speaker's "So: …" names no one.
    expect(reading.turns[3]!.text).toMatch(/^So: any numbness/);
    // Line numbers still point at the words as given.
    expect(reading.turns[1]!.line).toBe(4);
  });

  it('reads the same with blank lines between the entries, and writes the note from it', () => {
    const spaced = MEET.split('\n').map((l, i) => (i % 2 === 1 ? `${l}\n` : l)).join('\n');
    expect(readTranscript(spaced).speakers['Owen Doyle']).toBe('patient');
    const note = generateLocalNote(spaced, { specialty: 'podiatrist' });
    expect(note.subjective).toMatch(/left heel/i);
    expect(note.assessment).toMatch(/plantar fasciitis/i);
    expect(note.plan).toMatch(/calf stretches/i);
  });

  it('takes role words on their own lines too, and reads their words as theirs', () => {
    const roles = MEET.replace(/^Harriet Vance$/gm, 'Podiatrist').replace(/^Owen Doyle$/gm, 'Patient').replace(/^Carla Doyle$/gm, 'Wife');
    expect(readTranscript(roles).speakers).toEqual({ Podiatrist: 'clinician', Patient: 'patient', Wife: 'other' });
  });

  it('leaves a dictation with short headings and one-word answers as it is', () => {
    const dictation = [
      'History', 'Seventy-year-old man with a sore left heel for a month.',
      'Examination', 'Tender at the plantar fascia insertion.',
      'Plan', 'Stretches and review.',
    ].join('\n');
    expect(readTranscript(dictation).labelled).toBe(false);
    const answers = ['Okay', 'Does it hurt in the morning?', 'Yes', 'And at night?', 'Okay', 'Yes'].join('\n');
    expect(readTranscript(answers).speakers).toEqual({});
  });

  it('needs two names that each head two entries', () => {
    const once = ['Harriet Vance', 'Morning. What can I do for you?', 'Owen Doyle', 'My heel hurts.', 'Harriet Vance', 'Since when?'].join('\n');
    expect(readTranscript(once).labelled).toBe(false);
  });
});
