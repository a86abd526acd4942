import { describe, expect, it } from 'vitest';
import { scoreRougeLsum, scoreRougeN, tokenizeForRouge } from './rouge.js';
import { parseCsv, readCsvRecords } from './parse-csv.js';
import { divideReferenceNote } from './aci-divisions.js';

describe('tokenizeForRouge', () => {
  it('lower-cases and treats every non-alphanumeric run as a separator, without stemming', () => {
    expect(tokenizeForRouge("The patient's BP: 120/80 mmHg, running")).toEqual(['the', 'patient', 's', 'bp', '120', '80', 'mmhg', 'running']);
    expect(tokenizeForRouge('°F — ')).toEqual(['f']);
  });
});

describe('ROUGE-N', () => {
  it('scores unigram overlap with clipped counts', () => {
    // ref: the cat sat on the mat (6); pred: the the cat (3); overlap: the×2, cat×1 = 3.
    const s = scoreRougeN('the cat sat on the mat', 'the the cat', 1);
    expect(s.precision).toBeCloseTo(1);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('scores bigrams', () => {
    // ref bigrams: the cat, cat sat, sat down (3); pred: the cat, cat ran (2); overlap 1.
    const s = scoreRougeN('the cat sat down', 'the cat ran', 2);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('is zero for empty text', () => {
    expect(scoreRougeN('', 'a b', 1).f1).toBe(0);
    expect(scoreRougeN('a b', '', 2).f1).toBe(0);
  });
});

describe('ROUGE-Lsum', () => {
  it('equals LCS-based ROUGE-L for single sentences', () => {
    // LCS("a b c d e", "a c e f") = a c e → 3; P = 3/4, R = 3/5.
    const s = scoreRougeLsum('a b c d e', 'a c e f');
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
  });

  it('takes the union of LCS hits over candidate sentences, each token used once', () => {
    // Lin (2004), summary-level LCS example: ref "w1 w2 w3 w4 w5" vs candidates "w1 w2 w6 w7 w8" and "w1 w3 w8 w9 w5":
    // union LCS = w1 w2 w3 w5 → 4 of 5 reference tokens.
    const s = scoreRougeLsum('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5');
    expect(s.recall).toBeCloseTo(4 / 5);
    expect(s.precision).toBeCloseTo(4 / 10);
  });

  it('does not credit a token more often than it occurs in the candidate', () => {
    // Both reference sentences match "x" but the candidate has it once.
    const s = scoreRougeLsum('x\nx', 'x');
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.precision).toBeCloseTo(1);
  });

  it('ignores blank lines', () => {
    expect(scoreRougeLsum('a b\n\nc', 'a b c').f1).toBeCloseTo(scoreRougeLsum('a b\nc', 'a b c').f1);
  });
});

describe('parseCsv', () => {
  it('handles quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'id,note\r\n1,"line one\nline ""two"", end"\n2,plain\n';
    expect(parseCsv(text)).toEqual([['id', 'note'], ['1', 'line one\nline "two", end'], ['2', 'plain']]);
    expect(readCsvRecords(text)[0]).toEqual({ id: '1', note: 'line one\nline "two", end' });
  });
});

describe('divideReferenceNote', () => {
  it('maps headers to the four ACI-Bench divisions; unlisted headers stay in the preceding division', () => {
    const note = [
      'CHIEF COMPLAINT', '', 'Knee pain.', '', 'HISTORY OF PRESENT ILLNESS', 'Fell.', 'VITALS', 'BP 120/80.',
      'PHYSICAL EXAM', 'Tender.', 'RESULTS', 'X-ray normal.', 'ASSESSMENT AND PLAN', 'Sprain.', 'INSTRUCTIONS', 'Rest.',
    ].join('\n');
    const d = divideReferenceNote(note);
    expect(d.subjective).toBe('CHIEF COMPLAINT\n\nKnee pain.\n\nHISTORY OF PRESENT ILLNESS\nFell.\nVITALS\nBP 120/80.\n');
    expect(d.objective_exam).toBe('PHYSICAL EXAM\nTender.\n');
    expect(d.objective_results).toBe('RESULTS\nX-ray normal.\n');
    expect(d.assessment_and_plan).toBe('ASSESSMENT AND PLAN\nSprain.\nINSTRUCTIONS\nRest.');
  });

  it('treats separate ASSESSMENT and PLAN headers as one division', () => {
    const d = divideReferenceNote('HPI: pain\nASSESSMENT\nSprain.\nPLAN\nIce.');
    expect(d.assessment_and_plan).toBe('ASSESSMENT\nSprain.\nPLAN\nIce.');
  });
});
