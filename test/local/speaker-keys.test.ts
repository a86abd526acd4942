import { describe, expect, it } from 'vitest';
import { readSpeakerKey } from '../../src/text/speaker-keys.js';
import { unfoldTranslatedLines } from '../../src/text/translated-lines.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

// Invented transcripts with a key to the speakers, written three ways: dashes on one line, '=' pairs under a heading,
// and one pair a line under a "Speaker key:" heading; and translations under foreign lines, bracketed or named.
const DASHES = [
  'Key: DR - consultant paediatrician, AMIRA - patient, BILAL - patient\'s father',
  'DR: How has the wheeze been at night?',
  'BILAL: Worse since the cold snap, two nights a week she wakes.',
  'AMIRA: My chest feels tight on the stairs at school.',
];

const HEADED = [
  'Speaker key:',
  'K1: practice nurse',
  'VISITOR: patient',
  '',
  'K1: Which arm do you prefer for the injection?',
  'VISITOR: Left please, I write with my right.',
];

const BRACKETED = [
  'Interpreter-supported review',
  'GP: How is the cough now?',
  'M. DUBOIS: Ça va mieux, mais je tousse encore la nuit.',
  '    [It is better, but I still cough at night.]',
  'GP: Any fever?',
  'M. DUBOIS: Non, pas de fièvre depuis samedi.',
  '    [No, no fever since Saturday.]',
];

const NAMED = [
  'Nurse: Do you have any pain today?',
  'Patient: Ja, mein Knie tut weh, besonders am Morgen.',
  '  English: Yes, my knee hurts, especially in the morning.',
  'Nurse: Did you take anything for it?',
  'Patient: Nur Ibuprofen, zweimal am Tag.',
  '  English: Only ibuprofen, twice a day.',
];

describe('a key to the speakers at the head of a transcript', () => {
  it('gives the labels it names their roles, written on one line with dashes', () => {
    const r = readTranscript(DASHES.join('\n'));
    expect(r.speakers).toEqual({ DR: 'clinician', "BILAL (patient's father)": 'other', 'AMIRA (patient)': 'patient' });
    expect(r.turns.map((t) => t.line)).toEqual([2, 3, 4]);
  });

  it('reads one pair a line under a heading, and blanks the heading with the key', () => {
    const out = readSpeakerKey(HEADED);
    expect(out.slice(0, 3)).toEqual(['', '', '']);
    expect(out[5]).toBe('VISITOR (patient): Left please, I write with my right.');
    expect(readTranscript(HEADED.join('\n')).speakers).toMatchObject({ 'K1 (practice nurse)': 'clinician', 'VISITOR (patient)': 'patient' });
  });

  it('reads the role out of a key that names each speaker before the role', () => {
    const equals = [
      'RO = Rhona Oduya, practice nurse',
      'TG = Tariq Ghani, patient',
      'WF = Wen Fairley, second-year student paramedic',
      '',
      'RO: Which arm did you have the last jab in?',
      'TG: The left, so the right today please.',
      'WF: Shall I draw it up?',
    ];
    expect(readTranscript(equals.join('\n')).speakers).toEqual({ 'RO (practice nurse)': 'clinician', 'TG (patient)': 'patient', 'WF (second-year student paramedic)': 'clinician' });
    const dashed = ['Present:', 'AH - Amal Haddad, GP', 'JS - husband, Jonah Serra', '', 'AH: How has she slept this week?', 'JS: Badly, up at four most nights.', 'AH: And the appetite?'];
    expect(readTranscript(dashed.join('\n')).speakers).toEqual({ 'AH (GP)': 'clinician', 'JS (husband)': 'other' });
  });

  it('leaves a transcript whose first lines are turns alone', () => {
    const turns = ['Dr Lee: Your mother - is she with you today?', 'Patient: Yes, she is outside.', 'Dr Lee: Good.'];
    expect(readSpeakerKey(turns)).toEqual(turns);
  });
});

describe('a translation under a foreign line', () => {
  it('is read in place of the foreign words, under the same speaker', () => {
    const out = unfoldTranslatedLines(BRACKETED);
    expect(out[2]).toBe('M. DUBOIS: It is better, but I still cough at night.');
    expect(out[3]).toBe('');
    const r = readTranscript(BRACKETED.join('\n'));
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/tousse|fièvre/);
  });

  it('is read after a word that names it, without diacritics in the foreign line', () => {
    const out = unfoldTranslatedLines(NAMED);
    expect(out[1]).toBe('Patient: Yes, my knee hurts, especially in the morning.');
    expect(out[4]).toBe('Patient: Only ibuprofen, twice a day.');
  });

  it('leaves an English line with a stage direction under it alone', () => {
    const lines = ['Doctor: Where does it hurt the most?', '  [points to the side of her knee]', 'Patient: Here, by the bone.', '  [winces when she bends it]'];
    expect(unfoldTranslatedLines(lines)).toEqual(lines);
  });
});
