import { describe, expect, it } from 'vitest';
import { readStructuredDocument } from '../../src/text/structured-documents.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

// Invented structured documents in formats no reader of their own knows: an XML schema of a made-up recorder app
// (speaker as an attribute, words as element text, an id named in a header), an INI-like key file one section a
// turn, and two tier files (one tier a speaker, each whole): a Praat-like one with other key spellings and an
// ELAN-like one whose times sit in a table of slots.
const RECORDER_XML = [
  '<?xml version="1.0"?>',
  '<recording app="PocketScribe" created="2025-02-11">',
  '  <people>',
  '    <person id="p1"><label>Physio</label></person>',
  '    <person id="p2"><label>Client</label></person>',
  '  </people>',
  '  <entry who="p1" at="00:00:02">How has the knee been since the last session?</entry>',
  '  <entry who="p2" at="00:00:06">Sore going down stairs, and it swells by the evening.</entry>',
  '  <entry who="p1" at="00:00:11">Any locking or giving way?</entry>',
  '  <entry who="p2" at="00:00:14">It gave way twice on Sunday &amp; I nearly fell.</entry>',
  '  <entry who="p1" at="00:00:19">I&apos;ll check the ligaments now and we&apos;ll book a scan if it is loose.</entry>',
  '</recording>',
].join('\n');

const KEY_FILE = [
  '; exported by a dictation kiosk',
  '[meta]',
  'device = kiosk-7',
  'version = 2.1',
  '[turn 1]',
  'speaker = Nurse',
  'start = 0.0',
  'said = "Which inhaler are you using at the moment?"',
  '[turn 2]',
  'speaker = Patient',
  'start = 3.5',
  'said = "The blue one, about four times a day this week."',
  '[turn 3]',
  'speaker = Nurse',
  'start = 8.1',
  'said = "And are you waking at night with the wheeze?"',
  '[turn 4]',
  'speaker = Patient',
  'start = 11.0',
  'said = "Most nights, around three in the morning."',
].join('\n');

const PRAAT_LIKE = [
  'kind = "AnnotationFile"',
  'tiers = 2',
  'tier [1]:',
  '    tier_name = "Doctor"',
  '    segment [1]:',
  '        tmin = 0.2',
  '        text = "What brings you in today?"',
  '    segment [2]:',
  '        tmin = 6.0',
  '        text = "Is the rash itchy?"',
  '    segment [3]:',
  '        tmin = 9.0',
  '        text = ""',
  'tier [2]:',
  '    tier_name = "Patient"',
  '    segment [1]:',
  '        tmin = 2.1',
  '        text = "A rash on both forearms since the weekend."',
  '    segment [2]:',
  '        tmin = 7.4',
  '        text = "Very itchy, worse at night."',
].join('\n');

const ELAN_LIKE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<ANNOTATION_DOCUMENT AUTHOR="" FORMAT="3.0">',
  '<TIME_ORDER>',
  '<TIME_SLOT TIME_SLOT_ID="t1" TIME_VALUE="500"/>',
  '<TIME_SLOT TIME_SLOT_ID="t2" TIME_VALUE="2400"/>',
  '<TIME_SLOT TIME_SLOT_ID="t3" TIME_VALUE="3100"/>',
  '<TIME_SLOT TIME_SLOT_ID="t4" TIME_VALUE="5200"/>',
  '</TIME_ORDER>',
  '<TIER TIER_ID="Midwife" LINGUISTIC_TYPE_REF="default">',
  '<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="t1" TIME_SLOT_REF2="t2"><ANNOTATION_VALUE>Have you felt the baby moving today?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>',
  '<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a3" TIME_SLOT_REF1="t4" TIME_SLOT_REF2="t4"><ANNOTATION_VALUE>Then we will listen to the heartbeat now.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>',
  '</TIER>',
  '<TIER TIER_ID="Mother" LINGUISTIC_TYPE_REF="default">',
  '<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="t3" TIME_SLOT_REF2="t4"><ANNOTATION_VALUE>Less than usual since last night, only a few kicks.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>',
  '</TIER>',
  '</ANNOTATION_DOCUMENT>',
].join('\n');

describe('structured documents in unknown formats', () => {
  it('reads an invented XML schema by its element text, with ids named in its header', () => {
    const lines = readStructuredDocument(RECORDER_XML)!.split('\n').filter((l) => l !== '');
    expect(lines).toEqual([
      'Physio: How has the knee been since the last session?',
      'Client: Sore going down stairs, and it swells by the evening.',
      'Physio: Any locking or giving way?',
      'Client: It gave way twice on Sunday & I nearly fell.',
      'Physio: I\'ll check the ligaments now and we\'ll book a scan if it is loose.',
    ]);
  });

  it('reads an INI-like key file, its metadata section left out', () => {
    const lines = readStructuredDocument(KEY_FILE)!.split('\n').filter((l) => l !== '');
    expect(lines[0]).toBe('Nurse: Which inhaler are you using at the moment?');
    expect(lines[1]).toBe('Patient: The blue one, about four times a day this week.');
    expect(lines).toHaveLength(4);
    expect(lines.join(' ')).not.toMatch(/kiosk|2\.1/);
  });

  it('puts the tiers of a Praat-like file back in time order, empty segments dropped', () => {
    expect(readStructuredDocument(PRAAT_LIKE)!.split('\n')).toEqual([
      'Doctor: What brings you in today?',
      'Patient: A rash on both forearms since the weekend.',
      'Doctor: Is the rash itchy?',
      'Patient: Very itchy, worse at night.',
    ]);
  });

  it('puts the tiers of an ELAN-like file in the order of their time slots', () => {
    expect(readStructuredDocument(ELAN_LIKE)!.split('\n')).toEqual([
      'Midwife: Have you felt the baby moving today?',
      'Mother: Less than usual since last night, only a few kicks.',
      'Midwife: Then we will listen to the heartbeat now.',
    ]);
  });

  it('gives the speakers their roles, and a note rather than an empty one', () => {
    const reading = readTranscript(PRAAT_LIKE);
    expect(reading.turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'clinician', 'patient']);
    const note = generateLocalNote(KEY_FILE);
    expect(note.subjective).toMatch(/inhaler|blue one|three in the morning|nights/i);
  });

  it('leaves transcripts, dictation and data without sentences alone', () => {
    expect(readStructuredDocument('Doctor: How are you today?\nPatient: Better, thanks.\nDoctor: Any pain? key = value')).toBeUndefined();
    expect(readStructuredDocument('Exam: chest clear.\nBP: 128/80\nPulse: 72\nPlan: review in two weeks.')).toBeUndefined();
    const config = ['[server]', 'host = localhost', 'port = 8080', 'debug = true', '[db]', 'user = admin', 'pool = 5', 'timeout = 30', 'name = "main"', 'retries = 3'].join('\n');
    expect(readStructuredDocument(config)).toBeUndefined();
    expect(generateLocalNote(config).subjective).toBe('');
  });
});
