import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { checkGrounding } from '../../src/grounding/index.js';

const VTT = [
  'WEBVTT', 'Kind: captions', '',
  '1', '00:00:02.100 --> 00:00:06.400', "<v Dr. Amy Chen>You've been checking your blood pressure. What numbers are you getting at home?</v>", '',
  '2', '00:00:06.900 --> 00:00:09.200', '<v Tom Novak>Mostly in the 150s over 90s. And my ankles swell by the evening.</v>', '',
  '3', '00:00:09.700 --> 00:00:14.000', '<v Dr. Amy Chen>Can you take a reading now with your cuff?</v>', '',
  '4', '00:00:14.500 --> 00:00:17.300', '<v Tom Novak>It says 148 over 92, pulse 76.</v>', '',
  'NOTE this cue was edited', '',
  '5', '00:00:17.800 --> 00:00:23.000', "<v Dr. Amy Chen>I'd like to stop the amlodipine and start losartan 50 mg once a day.</v>",
].join('\n');

const SRT = [
  '1', '00:00:01,000 --> 00:00:05,000', "DOCTOR: So what's been going on with your sinuses?", '',
  '2', '00:00:05,500 --> 00:00:12,000', "PATIENT: I've been stuffed up for four months and I can't smell anything.", '',
  '3', '00:00:12,500 --> 00:00:16,000', 'DOCTOR: So this is chronic rhinosinusitis with nasal polyps.',
].join('\n');

describe('subtitle exports (WebVTT, SRT)', () => {
  it('reads the speakers and words, not the cue numbers, timings, header or notes, and keeps line numbers', () => {
    const r = readTranscript(VTT);
    expect(r.speakers).toEqual({ 'Dr. Amy Chen': 'clinician', 'Tom Novak': 'patient' });
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/-->|WEBVTT|Kind:|NOTE|<\/?v/);
    expect(r.turns[0]).toMatchObject({ line: 6, role: 'clinician' });
    expect(readTranscript(SRT).turns.map((t) => t.line)).toEqual([3, 7, 11]);
  });

  it('writes the note, with a reading taken during a video visit in Objective', () => {
    const n = generateLocalNote(VTT);
    expect(n.subjective).toContain('Blood pressure: mostly in the 150s over 90s.');
    expect(n.objective).toContain('148/92 mmHg');
    expect(n.plan).toContain('losartan 50 mg');
    expect(checkGrounding(n, VTT)).toEqual([]);
    const s = generateLocalNote(SRT);
    expect(s.subjective).toMatch(/stuffed up for 4 months/);
    expect(s.assessment).toMatch(/chronic rhinosinusitis/);
  });

  it('joins a sentence that one speaker\'s cues cut in two, and never joins two speakers or unpunctuated lines', () => {
    const cut = [
      'WEBVTT', '',
      '00:00:01.000 --> 00:00:04.500', '<v Dr Sarah Lee>So last time we started sertraline', '',
      '00:00:04.600 --> 00:00:07.000', '<v Dr Sarah Lee>50 milligrams. How have you been on it?', '',
      '00:00:07.100 --> 00:00:12.000', '<v Tom Baker>A bit better. Still low most days', '',
      '00:00:12.100 --> 00:00:18.000', '<v Tom Baker>but not as bad.', '',
      '00:00:18.100 --> 00:00:24.000', '<v Dr Sarah Lee>so I would like to increase it to 100 milligrams.',
    ].join('\n');
    const turns = readTranscript(cut).turns;
    expect(turns.map((t) => t.text)).toEqual([
      'So last time we started sertraline 50 milligrams. How have you been on it?',
      'A bit better. Still low most days but not as bad.',
      'so I would like to increase it to 100 milligrams.',
    ]);
    expect(turns.map((t) => t.line)).toEqual([4, 10, 16]);
    expect(generateLocalNote(cut).subjective).toMatch(/Still low most days but not as bad/);
    // Lower-case ASR ends a sentence at each line, though nothing marks it.
    const asr = ['doctor: any dizziness', 'patient: no', 'patient: the ringing is worse at night', 'doctor: okay'].join('\n');
    expect(readTranscript(asr).turns).toHaveLength(4);
  });

  it('leaves a transcript with a timestamp or two in it alone', () => {
    const t = 'Doctor: We started at 10:15 --> no wait.\nPatient: My knee hurts.';
    expect(readTranscript(t).turns).toHaveLength(2);
  });
});

describe('ASR dictation in lower case without punctuation', () => {
  const t = 'this is a follow up visit for margaret she is a 71 year old female now six weeks out from a right total knee replacement '
    + 'she reports pain of about three out of ten mostly at night on exam the incision is well healed with no redness there is no effusion '
    + 'range of motion is full extension to 110 degrees of flexion assessment she is progressing well after right total knee arthroplasty '
    + 'plan continue outpatient physical therapy twice a week and follow up in six weeks with repeat x-rays';
  const n = generateLocalNote(t);

  it('finds the spoken headings and sentences inside the run', () => {
    expect(n.subjective).toContain('She reports pain of about 3/10 mostly at night.');
    expect(n.objective).toContain('There is no effusion.');
    expect(n.objective).toContain('Range of motion is full extension to 110 degrees of flexion.');
    expect(n.assessment).toBe('She is progressing well after right total knee arthroplasty.');
    expect(n.plan).toContain('Follow up in 6 weeks with repeat x-rays.');
    expect(n.plan).not.toMatch(/follow up visit for/);
  });
});

describe('dictation with a numbered problem list', () => {
  const t = [
    'History of present illness: Mr. Barnes is a 67-year-old man seen for follow-up. He denies chest pain.',
    'Physical exam: Blood pressure 152/94. Lungs clear.',
    'Assessment and plan:',
    '1. Hypertension, not at goal. Add amlodipine 5 mg daily. Home blood pressure log.',
    '2. Type 2 diabetes, suboptimally controlled. Increase metformin to 1000 mg twice daily.',
    '3. Obesity. Discussed weight loss through diet and walking.',
    'MDM: Stable for outpatient care.',
  ].join('\n');
  const n = generateLocalNote(t);

  it('puts each problem in the assessment and what is done about it in the plan, without the numbers', () => {
    expect(n.assessment.split('\n')).toEqual(['Hypertension, not at goal.', 'Type 2 diabetes, suboptimally controlled.', 'Obesity.', 'Stable for outpatient care.']);
    expect(n.plan.split('\n')).toEqual(['Add amlodipine 5 mg daily.', 'Home blood pressure log.', 'Increase metformin to 1000 mg twice daily.', 'Discussed weight loss through diet and walking.']);
  });
});

describe('chat and meeting exports with clock times', () => {
  it('reads "Name  9:02 AM" label lines (Teams) and "[9:02 AM] Role:" prefixes as speakers', () => {
    const teams = readTranscript('Dr. Priya Nair   9:02 AM\nHow have the migraines been?\n\nCarla Mendes   3/14/2024 9:03 AM\nBetter, about eight a month.\n');
    expect(teams.speakers).toEqual({ 'Dr. Priya Nair': 'clinician', 'Carla Mendes': 'patient' });
    expect(teams.turns.map((t) => [t.role, t.text])).toEqual([['clinician', 'How have the migraines been?'], ['patient', 'Better, about eight a month.']]);
    expect(readTranscript('[9:02 AM] Nurse: Any fever?\n[9:03 AM] Caller: No.').speakers).toEqual({ Nurse: 'clinician', Caller: 'patient' });
  });

  it('reads Zoom\'s saved transcript, "[Name, credential] 10:02:11" on a line of its own, as a speaker', () => {
    const zoom = readTranscript('[Jess Tran, RD] 10:02:11\nWhat\'s your appetite been like?\n[Margaret Hill] 10:02:33\nNot much, tea and toast.\n[Claire Hill] 10:02:45\nShe weighed 51 kilos this morning.\n');
    expect(zoom.speakers).toEqual({ 'Jess Tran, RD': 'clinician', 'Margaret Hill': 'patient', 'Claire Hill': 'other' });
    expect(zoom.turns.map((t) => t.text)).toEqual(["What's your appetite been like?", 'Not much, tea and toast.', 'She weighed 51 kilos this morning.']);
  });

  it('writes "see you both" as them, and "I take one" as the drug just named', () => {
    const n = generateLocalNote([
      'Dr. Nair   9:02 AM', 'How often are you taking the sumatriptan?',
      'Carla   9:03 AM', 'Most days I have a headache I take one.',
      'Dr. Nair   9:04 AM', "I'll see you both in three months.",
    ].join('\n'));
    expect(n.subjective).toMatch(/takes sumatriptan/);
    expect(n.plan).toBe("I'll see them in 3 months.");
  });
});

describe('JSON transcripts from speech services', () => {
  const assembly = JSON.stringify({
    id: 'tr_1', status: 'completed',
    utterances: [
      { speaker: 'A', start: 100, text: 'What brings you in today?' },
      { speaker: 'B', start: 2500, text: "I've had a sore throat and fever for three days." },
      { speaker: 'A', start: 6200, text: 'This is strep throat. I am prescribing amoxicillin 500 mg twice a day for ten days.' },
    ],
  }, null, 2);

  it('reads AssemblyAI, Deepgram, WhisperX and Rev shapes, each utterance on the line its words start', () => {
    const r = readTranscript(assembly);
    expect(r.turns.map((t) => [t.label, t.role])).toEqual([['Speaker A', 'clinician'], ['Speaker B', 'patient'], ['Speaker A', 'clinician']]);
    expect(r.turns.map((t) => assembly.split('\n')[t.line - 1])).toEqual([expect.stringContaining('What brings'), expect.stringContaining('sore throat'), expect.stringContaining('strep')]);
    const deepgram = JSON.stringify({ results: { utterances: [{ speaker: 0, transcript: 'Any allergies?' }, { speaker: 1, transcript: 'Penicillin.' }] } });
    expect(readTranscript(deepgram).turns.map((t) => t.text)).toEqual(['Any allergies?', 'Penicillin.']);
    const whisperx = JSON.stringify({ segments: [{ speaker: 'SPEAKER_00', text: ' Any chest pain?' }, { speaker: 'SPEAKER_01', text: ' No.' }] });
    expect(readTranscript(whisperx).speakers).toEqual({ SPEAKER_00: 'clinician', SPEAKER_01: 'patient' });
    const rev = JSON.stringify({ monologues: [{ speaker: 0, elements: [{ value: 'Any' }, { value: ' ' }, { value: 'fever' }, { value: '?' }] }, { speaker: 1, elements: [{ value: 'No' }] }] });
    expect(readTranscript(rev).turns.map((t) => t.text)).toEqual(['Any fever?', 'No']);
  });

  it('writes the note from it (the clinical-content gate reads the utterances, not the braces)', () => {
    const n = generateLocalNote(assembly);
    expect(n.subjective).toContain('sore throat and fever for 3 days');
    expect(n.assessment).toContain('strep throat');
    expect(n.plan).toContain('amoxicillin 500 mg');
  });
});
