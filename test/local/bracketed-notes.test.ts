import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/local/split-sentences.js';
import { polishSentence } from '../../src/local/polish-sentence.js';

// Invented for these tests (no real patient).
describe('a note in brackets among the turns', () => {
  it('is one observation, its semicolon no end, and a sentence ends at its closing bracket', () => {
    expect(splitSentences('No rush at all. (Teodor was restless at first, then settled; attentive and chatty after that.) Shall we carry on?'))
      .toEqual(['No rush at all.', '(Teodor was restless at first, then settled, attentive and chatty after that.)', 'Shall we carry on?']);
    expect(polishSentence('(Teodor was restless at first, then settled.)')).toBe('(Teodor was restless at first, then settled.)');
  });

  it('while a semicolon outside brackets still ends a sentence, and a bracket holding no sentence stays inside its own', () => {
    expect(splitSentences('Keep the cast dry; lift the arm on a pillow at night.')).toEqual(['Keep the cast dry;', 'lift the arm on a pillow at night.']);
    expect(splitSentences('Take it with food (after breakfast) and rest.')).toEqual(['Take it with food (after breakfast) and rest.']);
  });
});
