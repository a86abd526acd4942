import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, FIXTURES, conventionProblems } from './label-convention-reading.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

const readFixture = (file: string) => readTranscript(readFileSync(join(FIXTURES, file), 'utf8'));

/**
 * Label-convention fixtures (test/local/fixtures/label-conventions, issue 14): invented visits written in the layouts
 * of the blind set — CART captions, line-numbered transcripts, a Markdown table, a forwarded e-mail, JSON lines, Meet,
 * Rev, Otter, WebVTT, Zoom, SRT, TSV and initials. Each must read with every speaker in the right role, its key phrases
 * in their section and no chrome in the note. Those still read wrongly are listed, so a fix shows as a case leaving it.
 */
const KNOWN_FAILING = new Set([
  'vetcough.markdown-table.md',
  'diet.email-forwarded.txt',
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

describe('line-numbered transcripts', () => {
  it('joins a turn wrapped over numbered lines and drops the title block and page number', () => {
    const r = readFixture('supervision.numbered-tc.txt');
    expect(r.speakers).toEqual({ T: 'clinician', C: 'patient' });
    expect(r.turns[0]!.text).toBe('Welcome back. Last week you said the evenings were the hardest. How has this week been?');
    expect(r.turns[1]!.text).toBe("A bit better. I've been walking after dinner like we planned, and I only had one really low evening.");
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/SESSION|Moreau|Page|\b\d{1,2}\s{2,}/);
  });

  it('reads numbered Q: / A: lines as question and answer', () => {
    const r = readFixture('ime.numbered-qa.txt');
    expect(r.speakers).toEqual({ Q: 'clinician', A: 'patient' });
    expect(r.turns[1]).toMatchObject({ role: 'patient', text: 'I was lifting a box of files at work in March and felt a pull in my lower back, on the left side.' });
  });
});

describe('CART captions', () => {
  it('reads ">> NURSE:" turns wrapped over caption lines, in sentence case with acronyms kept', () => {
    const r = readFixture('anticoag.cart-named.txt');
    expect(r.speakers).toEqual({ NURSE: 'clinician', PATIENT: 'patient', SPEAKER: 'other' });
    expect(r.turns[0]!.text).toBe('Good morning, Mr. Halvorsen.');
    expect(r.turns[2]).toMatchObject({ role: 'patient', text: "Morning. Yes, I've been on the warfarin five mg since the last visit." });
    expect(r.turns.find((t) => /assessment/.test(t.text))!.text).toBe('So my assessment is a supratherapeutic INR due to an NSAID interaction.');
  });

  it('reads bare ">>" markers as two speakers taking turns', () => {
    const r = readFixture('copd.cart-bare.txt');
    expect(r.speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'patient' });
    expect(r.turns[1]!.text).toBe("Worse the last two weeks. I get winded walking to the mailbox and I'm coughing up more phlegm, kind of green.");
  });
});
