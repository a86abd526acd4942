import { describe, expect, it } from 'vitest';
import { readCaptionBlocks } from '../../src/text/caption-blocks.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

const lines = (...l: string[]) => l.join('\n');

/** A broadcast timecode list (frames after the seconds, ` - ` between), `|` breaks, names only off screen. */
const TIMECODES = lines(
  'Title: Wound clinic, bay 3',
  'Frame rate: 25',
  '',
  '10:00:02:05 - 10:00:05:10',
  'NURSE: Morning, I am here to look at the leg ulcer.|How has it been since Monday?',
  '',
  '10:00:05:20 - 10:00:08:00',
  'It weeps at night and soaks the bandage.',
  '',
  '10:00:08:10 - 10:00:11:00',
  '- Any fever at home?|- None at all.',
  '',
  '10:00:11:05 - 10:00:15:00',
  'The edge is pink for one centimetre.|There is a little yellow slough in the base.',
  '',
  '10:00:15:05 - 10:00:19:00',
  'I will clean it and put on a silver dressing today.',
);

/** One-line cues: the range, then the words after a comma, `\N` breaks, a header block in brackets. */
const ONE_LINE = lines(
  '[Header]',
  '[Author]Clinic media team',
  '[End Header]',
  '00:00:01:00,00:00:04:00,PHARMACIST: Hello, this is the review of your inhalers.\\NWhich one do you use most?',
  '00:00:04:10,00:00:07:00,The blue one, maybe five times a day.',
  '00:00:07:10,00:00:10:00,- Do you wake at night coughing?\\N- Two or three nights a week.',
  '00:00:10:10,00:00:14:00,That means your asthma is not well controlled.\\NWe will add a brown preventer inhaler twice a day.',
);

describe('caption files of families the SRT reader does not know', () => {
  it.for([['timecode list', TIMECODES], ['one-line cues', ONE_LINE]] as const)('%s: header dropped, breaks split, voices told apart', ([, text]) => {
    const cues = readCaptionBlocks(text)!;
    expect(cues).toBeDefined();
    expect(cues).not.toMatch(/Frame rate|Author|\d\d:\d\d:\d\d/);
    const reading = readTranscript(text);
    const said = (role: string) => reading.turns.filter((t) => t.role === role).map((t) => t.text).join(' ');
    expect(said('clinician')).toMatch(/fever|wake at night/i);
    expect(said('patient')).toMatch(/weeps at night|blue one/i);
    expect(said('patient')).toMatch(/None at all|Two or three nights/);
    expect(said('clinician')).toMatch(/silver dressing|brown preventer/);
    expect(said('patient')).not.toMatch(/silver dressing|brown preventer/);
  });

  it('leaves a plain SRT file and a timed chat log to their own readers', () => {
    const srt = lines('1', '00:00:01,000 --> 00:00:03,000', 'Doctor: Hello there.', '', '2', '00:00:03,500 --> 00:00:05,000', 'Patient: Hi.', '', '3', '00:00:05,500 --> 00:00:07,000', 'Doctor: What brings you in?');
    expect(readCaptionBlocks(srt)).toBeUndefined();
    const chat = lines('09:02 Ana: hello', '09:03 Ben: hi, my knee hurts', '09:05 Ana: since when?', '09:06 Ben: two days');
    expect(readCaptionBlocks(chat)).toBeUndefined();
    const table = lines('begin,finish,who,words', '00:00:01.5,00:00:04.0,Nurse,"Hello, how is the wound?"', '00:00:04.5,00:00:06.0,Patient,"Sore, but drier."', '00:00:06.5,00:00:09.0,Nurse,"Good, I will redress it."');
    expect(readCaptionBlocks(table)).toBeUndefined();
    expect(readCaptionBlocks(table.split('\n').slice(1).join('\n').replace(/,(Nurse|Patient),/g, ',0,$1,'))).toBeUndefined();
  });

  it('keeps an unnamed cue with the speaker before it where the captions name every change of voice', () => {
    const named = lines(
      '[INFORMATION]', '[TITLE]Review', '[END INFORMATION]',
      '00:00:01.00,00:00:03.00', 'DIETITIAN: What did you eat for lunch yesterday?', '',
      '00:00:03.50,00:00:06.00', 'CLIENT: A sandwich and crisps.', '',
      '00:00:06.50,00:00:09.00', 'I skipped breakfast again, I was rushing.', '',
      '00:00:09.50,00:00:12.00', 'DIETITIAN: Try a yoghurt and fruit before you leave.',
    );
    const turns = readTranscript(named).turns;
    expect(turns.find((t) => /skipped breakfast/.test(t.text))?.role).toBe('patient');
    expect(turns.find((t) => /yoghurt and fruit/.test(t.text))?.role).toBe('clinician');
  });
});

describe('numbered speakers in caption families the SRT reader does not know', () => {
  /** Diarised ids (`SPEAKER 1:`, `[Speaker 2]`) over caption cues; one cue of the third speaker, one clock time in the words. */
  const NUMBERED = lines(
    '[Header]',
    '[Author]Clinic media team',
    '[End Header]',
    '00:00:01:00,00:00:04:00,SPEAKER 1: Hello, I am the pharmacist. Which inhaler do you use most?',
    '00:00:04:10,00:00:07:00,SPEAKER 2: The blue one, maybe five times a day.',
    '00:00:07:10,00:00:10:00,SPEAKER 3: She coughs every night too.',
    '00:00:10:10,00:00:14:00,SPEAKER 1: At 10:30 tonight take the brown preventer, then twice a day.',
    '00:00:14:10,00:00:17:00,[Speaker 2] Okay, I will.',
  );

  it('keeps each numbered speaker apart, and a clock time in the words is no label', () => {
    const turns = readTranscript(NUMBERED).turns;
    const by = (label: string) => turns.filter((t) => t.label?.toLowerCase() === label).map((t) => t.text).join(' ');
    expect(by('speaker 1')).toMatch(/Which inhaler/);
    expect(by('speaker 1')).toMatch(/At 10:30 tonight take the brown preventer/);
    expect(by('speaker 2')).toMatch(/blue one.*Okay, I will/);
    expect(by('speaker 3')).toMatch(/coughs every night/);
    expect(turns.map((t) => t.text).join(' ')).not.toMatch(/SPEAKER \d:|\[Speaker 2\]/);
  });
});
