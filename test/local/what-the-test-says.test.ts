import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { splitSentences } from '../../src/local/split-sentences.js';

// Unpunctuated speech written for these tests (invented patients): a clinician says what a test means for the patient.
describe('"what this is telling me is you\'re having…"', () => {
  it('keeps the what-clause with the verb that follows it', () => {
    for (const said of [
      'okay so looking at the tracing here what this is telling me is you\'re having a small stroke on the left side',
      'right i have had a look at everything and what the scan shows is you\'ve got a clot in the lung on the right',
      'thanks for waiting i have gone over it all again and what that means is you\'re having an attack of gout in that toe',
    ]) expect(splitSentences(said).some((s) => /what (?:this|the scan|that) (?:is telling me|shows|means) is you/.test(s))).toBe(true);
  });

  describe('in a lower-case visit', () => {
    const call = [
      'speaker 1: hi what brings you in',
      'speaker 2: crushing pain in my chest since this morning',
      'speaker 1: i\'m going to get a tracing of your heart now',
      'speaker 1: okay sir i have looked at the tracing and what this is telling me is you\'re having a heart attack',
      'speaker 1: we\'re going to take you to the cath lab now',
    ];
    const note = generateLocalNote(call.join('\n'));
    it('writes the news told as the assessment', () => {
      expect(note.assessment).toMatch(/heart attack/);
    });
  });
});
