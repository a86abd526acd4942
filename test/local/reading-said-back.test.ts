import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { extractUtterances } from '../../src/local/extract-utterances.js';
import { trackPhases } from '../../src/local/track-phases.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

// On a call the clinician cannot examine: a reading the patient gives and the nurse says back ("Temperature 37.9,
// okay.") is still the history, and what the patient goes on to tell is kept, not taken for talk during an exam.
const call = (echo: string) => [
  'Nurse: Hello, this is the surgical advice line. What can I do for you?',
  'Patient: I had my gallbladder out eight days ago and one of the wounds is leaking since this morning.',
  'Nurse: Have you got a thermometer? Any fever?',
  'Patient: I took it a minute ago, it was 37.9.',
  `Nurse: ${echo} Is there redness around the wound?`,
  'Patient: Yes, a pink ring around it. Stitches still in. My blood pressure machine says 128 over 84.',
  'Nurse: Okay. Please come to the ward clinic at ten tomorrow and bring your tablets.',
].join('\n');

const phases = (text: string) => trackPhases(extractUtterances(readTranscript(text).turns));

describe('a reading said back on a call', () => {
  it('leaves the visit in the history', () => {
    const u = extractUtterances(readTranscript(call('Temperature 37.9, okay.')).turns);
    const at = u.findIndex((x) => /^Temperature 37\.9/.test(x.text));
    expect(at).toBeGreaterThan(0);
    expect(phases(call('Temperature 37.9, okay.'))[at]).toBe('history');
    expect(phases(call('Temperature 38.6 now, okay.'))[at]).toBe('exam');
  });

  it('keeps what the patient tells after it', () => {
    const note = generateLocalNote(call('Temperature 37.9, okay.'));
    const told = [note.subjective, note.objective].join('\n');
    expect(told).toMatch(/Stitches still in/i);
    expect(told).toMatch(/128\/84/);
  });

  it('still opens the exam on a reading the clinician takes herself', () => {
    const visit = [
      'Nurse: What brings you in?', 'Patient: My wound is leaking since this morning.',
      'Nurse: Let me take your temperature. Temperature 38.4.', 'Patient: Is that high?',
      'Nurse: It is a bit high. The wound edge is red and warm.',
    ].join('\n');
    expect(generateLocalNote(visit).objective).toMatch(/38\.4/);
  });
});
