import { describe, expect, it } from 'vitest';
import { readFrameCueSubtitles } from '../../src/text/frame-cue-subtitles.js';
import { readDocumentText } from '../../src/text/structured-documents.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

const lines = (...l: string[]) => l.join('\n');

/** Frame-numbered cues with a frame-rate cue first, colour tags, `|` breaks and a nurse named in parentheses. */
const FRAMES = lines(
  '{1}{1}25',
  '{50}{170}{c:$ffffff}(NURSE) Hello Mr Osei, I am checking on your wound today.',
  '{180}{300}- How has the leg been since Tuesday?|- Throbbing at night, and the dressing leaks.',
  '{310}{420}- Any fever or chills?|- No fever.',
  '{430}{560}{c:$ffffff}(NURSE) The wound edge is red for two centimetres,|with yellow fluid on the dressing.',
  '{570}{700}{c:$ffffff}(NURSE) I will take a swab and ask the GP about an antibiotic.',
);

/** Tenth-second brackets, `/` italics, and a therapist named before a colon. */
const TENTHS = lines(
  '[5][31]THERAPIST: Let us look at your shoulder. Can you lift the arm sideways?',
  '[33][60]/- It stops at shoulder height.|- Does it hurt going up or coming down?',
  '[62][90]- Coming down hurts more.',
  '[92][130]THERAPIST: That fits a rotator cuff strain. We will start band exercises twice a day.',
);

describe('subtitle files timed by frame or tenth-second numbers are read as captions', () => {
  it.for([['frames', FRAMES], ['tenths', TENTHS]] as const)('%s: every cue is an SRT cue with its marks and tags gone', ([, text]) => {
    const srt = readFrameCueSubtitles(text)!;
    expect(srt).toMatch(/^1\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n/);
    expect(srt).not.toMatch(/[{}[\]]|\|/);
    expect(srt.split('\n').filter((l) => l.includes(' --> '))).toHaveLength(text.startsWith('{1}{1}') ? 5 : 4);
  });

  it('a name in parentheses or before a colon is a speaker, and a dashed pair is two voices', () => {
    const frames = readTranscript(readDocumentText(FRAMES));
    expect(frames.turns.find((t) => /wound edge is red/.test(t.text))).toMatchObject({ label: 'NURSE', role: 'clinician' });
    expect(frames.turns.find((t) => /wound edge/.test(t.text))!.text).toMatch(/centimetres, with yellow fluid/);
    const tenths = readTranscript(readDocumentText(TENTHS));
    const stop = tenths.turns.find((t) => /shoulder height/.test(t.text))!;
    const asks = tenths.turns.find((t) => /going up or coming down/.test(t.text))!;
    expect(stop.label).not.toBe(asks.label);
    expect(asks.role).toBe('clinician');
  });

  it('the note is written from such a file', () => {
    const note = generateLocalNote(FRAMES);
    expect(note.subjective + note.objective).toMatch(/throbbing|fever/i);
    expect(note.plan).toMatch(/swab/i);
  });

  it('a numbered voice in parentheses is a speaker too', () => {
    const srt = readFrameCueSubtitles(lines('{0}{50}(SPEAKER 1) Where does it itch most?', '{60}{90}(SPEAKER 2) Mostly behind the knees.', '{95}{140}(SPEAKER 1) I will prescribe a steroid cream.'))!;
    expect(srt).toMatch(/^SPEAKER 2: Mostly behind the knees\.$/m);
  });

  it('other texts are not such a file: a few braced lines, or code', () => {
    expect(readFrameCueSubtitles(lines('Doctor: {1}{2} was the code on the form.', 'Patient: I see.', 'Doctor: Any pain?', 'Patient: No.'))).toBeUndefined();
    expect(readFrameCueSubtitles(lines('{1}{2}', '{3}{4}', '{5}{6}'))).toBeUndefined();
    expect(readFrameCueSubtitles(lines('const a = [1][2];', 'function f() {', '  return {x}{y};', '}'))).toBeUndefined();
  });
});
