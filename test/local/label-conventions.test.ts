import { describe, expect, it } from 'vitest';
import { CASES, conventionProblems } from './label-convention-reading.js';

/**
 * Label-convention fixtures (test/local/fixtures/label-conventions, issue 14): invented visits written in the layouts
 * of the blind set — CART captions, line-numbered transcripts, a Markdown table, a forwarded e-mail, JSON lines, Meet,
 * Rev, Otter, WebVTT, Zoom, SRT, TSV and initials. Each must read with every speaker in the right role, its key phrases
 * in their section and no chrome in the note. Those still read wrongly are listed, so a fix shows as a case leaving it.
 */
const KNOWN_FAILING = new Set([
  'anticoag.cart-named.txt',
  'copd.cart-bare.txt',
  'supervision.numbered-tc.txt',
  'ime.numbered-qa.txt',
  'vetcough.markdown-table.md',
  'diet.email-forwarded.txt',
  'asthma.jsonl-keys.txt',
  'heel.rev.txt',
  'eczema.srt-caps.srt',
  'statin.tsv.tsv',
]);

describe('label conventions read with the right roles, sections and no chrome', () => {
  it('has a fixture for each layout', () => expect(new Set(CASES.map((c) => c.layout)).size).toBeGreaterThanOrEqual(16));
  for (const c of CASES) {
    (KNOWN_FAILING.has(c.file) ? it.fails : it)(`${c.file} (${c.layout})`, () => {
      expect(conventionProblems(c)).toEqual([]);
    });
  }
});
