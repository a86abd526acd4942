import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { splitSentences } from '../../src/local/split-sentences.js';
import { isQuestion } from '../../src/local/extract-utterances.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

describe('lower-case ASR with no marks at all', () => {
  it('leaves punctuated text to its own marks', () => {
    const s = 'I checked the ears and the left drum is red and bulging which fits with an ear infection.';
    expect(splitSentences(s)).toEqual([s]);
  });

  it('reads "what you have is called…" as a statement, not a question', () => {
    expect(isQuestion('what you have is called plantar fasciitis the band under the foot is inflamed')).toBe(false);
    expect(isQuestion('what do you have for the pain')).toBe(true);
  });
});

describe('a diarised assistant who took a reading', () => {
  it('is staff, and her reading is the exam', () => {
    const t = [
      "spk_0: hello i'm the nurse practitioner what brings you in",
      'spk_1: my ear has been aching for four days and i feel hot',
      "spk_2: i took her temperature at check in it's 38.2 and pulse 104",
      "spk_0: thanks okay let's tip you back and have a look in that ear",
      'spk_1: sure',
      'spk_0: the left ear drum is red and bulging this is an ear infection',
    ].join('\n');
    expect(readTranscript(t).speakers.spk_2).toBe('clinician');
    const n = generateLocalNote(t);
    expect(n.objective).toMatch(/38\.2/);
    expect(n.subjective).not.toMatch(/38\.2/);
  });
});

describe('a dental chair visit', () => {
  it('opens the exam when the chair is put back, and reads a tooth judged restorable as the assessment', () => {
    const n = generateLocalNote([
      'Dentist: What seems to be the trouble?',
      'Patient: A back tooth on the right cracked on a nut yesterday.',
      "Dentist: I'll put you back now. Open wide for me.",
      'Dentist: The lower right six has a cracked cusp.',
      'Dentist: The good news is the tooth is still restorable with a crown.',
    ].join('\n'));
    expect(n.objective).toMatch(/cracked cusp/);
    expect(n.assessment).toMatch(/still restorable/);
  });
});
