import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

describe('a dialogue pasted as one paragraph', () => {
  const text = 'Nurse: What happened to your hand? Patient: I cut it on a tin lid an hour ago. It will not stop bleeding. '
    + 'Nurse: There is a 2 cm cut on the left palm, the edges come together. Exam: fingers move fully. '
    + 'Nurse: I will close it with glue strips and you should keep it dry for five days.';

  it('is cut into its speakers\' turns, on the paragraph\'s line, but not at a dictation heading', () => {
    const r = readTranscript(text);
    expect(r.labelled).toBe(true);
    expect(r.turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'clinician', 'clinician']);
    expect(r.turns.every((t) => t.line === 1)).toBe(true);
    expect(r.turns[2]!.text).toMatch(/Exam: fingers move fully\.$/);
  });

  it('keeps the patient\'s words in the history', () => {
    const n = generateLocalNote(text);
    expect(n.subjective).toMatch(/cut it on a tin lid an hour ago/);
    expect(n.plan).toMatch(/glue strips/);
  });
});

describe('quick notes headed by lower-case SOAP letters', () => {
  it('reads "s:", "o:", "a:" and "p:" as the four sections', () => {
    const n = generateLocalNote('s: 30 yo f with 5 days of sinus pain and green discharge, no fever. o: temp 37.2, tender over both maxillary sinuses. '
      + 'a: acute sinusitis, likely viral. p: saline rinses, nasal steroid spray daily, review in 10 days if not better.');
    expect(n.subjective).toMatch(/^(?:HISTORY OF PRESENT ILLNESS\n)?30 yo f with 5 days of sinus pain/);
    expect(n.objective).toMatch(/tender over both maxillary sinuses/);
    expect(n.assessment).toMatch(/^acute sinusitis, likely viral/i);
    expect(n.plan).toMatch(/saline rinses/i);
    expect(n.subjective).not.toMatch(/sinusitis/);
  });
});
