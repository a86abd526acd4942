import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, FIXTURES, conventionProblems } from './label-convention-reading.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

const readFixture = (file: string) => readTranscript(readFileSync(join(FIXTURES, file), 'utf8'));

/**
 * Label-convention fixtures (test/local/fixtures/label-conventions, issue 14): invented visits written in the layouts
 * of the blind set — CART captions (named, bare, mixed), line-numbered transcripts, a Markdown table, a forwarded
 * e-mail, JSON lines (plain, other keys, fenced), Meet, Rev, Otter, WebVTT, Zoom, SRT, TSV and initials. Each must read
 * with every speaker in the right role, its key phrases in their section and no chrome in the note. Those still read
 * wrongly are listed, so a fix shows as a case leaving it.
 */
const KNOWN_FAILING = new Set([
  // Read right (roles, turns, no chrome); the engine places or drops a sentence (src/local, not the reading layer).
  'heel.rev.txt', // "Your arch is quite flat." left out of Objective
  'eczema.srt-caps.srt', // "Review in four weeks." kept under the dictated "Assessment:"
  'statin.tsv.tsv', // the pharmacist's "I think these are mild statin-associated muscle symptoms" put in Objective
]);

describe('label conventions read with the right roles, sections and no chrome', () => {
  it('has a fixture for each layout', () => expect(new Set(CASES.map((c) => c.layout)).size).toBeGreaterThanOrEqual(16));
  for (const c of CASES) {
    (KNOWN_FAILING.has(c.file) ? it.fails : it)(`${c.file} (${c.layout})`, () => {
      expect(conventionProblems(c)).toEqual([]);
      // (The first note loads the whole engine, slow on a shared machine.)
    }, 30_000);
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

  it('drops the captioner\'s "[ BEEPING ]" and opens the next sentence in capitals', () => {
    const r = readFixture('diabetes.cart-noise.txt');
    expect(r.turns.slice(0, 2).map((t) => t.text)).toEqual(["Okay, Mr. Diaz, I'm going to check your sugar.", "It's 248 this morning."]);
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/beeping|inaudible|laughter/i);
  });

  it('reads bare ">>" markers as two speakers taking turns', () => {
    const r = readFixture('copd.cart-bare.txt');
    expect(r.speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'patient' });
    expect(r.turns[1]!.text).toBe("Worse the last two weeks. I get winded walking to the mailbox and I'm coughing up more phlegm, kind of green.");
  });
});

describe('a transcript forwarded by e-mail', () => {
  it("reads the quoted transcript's speakers, not the e-mail's writers, and leaves the note, headers and footer out", () => {
    const r = readFixture('diet.email-forwarded.txt');
    expect(r.speakers).toEqual({ Dietitian: 'clinician', Patient: 'patient' });
    expect(r.turns[0]!.text).toBe("Hi Tunde, it's Megan from the diabetes team. How have the last few weeks gone with the food diary?");
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/write up|Forwarded|CallScribe|Accuracy|noreply/);
  });
});

describe('subtitle cues', () => {
  it('joins a caption wrapped over the lines of its cue, so a dictated "Assessment:" keeps its words', () => {
    const r = readFixture('eczema.srt-caps.srt');
    expect(r.speakers).toEqual({ 'DR. LEE': 'clinician', 'MS. ROMERO': 'patient' });
    expect(r.turns.at(-1)!.text).toBe('Dictation after the call. Assessment: atopic dermatitis of both antecubital fossae, moderate. Review in four weeks.');
    expect(r.turns[0]!.line).toBe(3);
  });

  it('joins one voice split over several WebVTT cues', () => {
    const r = readFixture('stutter.vtt-split.vtt');
    expect(r.turns[0]!.text).toBe('Hi Leo, hi Sam. So tell me how the practice has gone at home over the last two weeks.');
    expect(r.speakers).toEqual({ 'Ms Farah Quinn': 'clinician', 'Sam Whitlock': 'other', 'Leo Whitlock': 'patient' });
  });
});

describe('CART and JSON lines as pasted', () => {
  it('gives a bare ">>" after named speakers to the one before the last', () => {
    const r = readFixture('migraine.cart-mixed.txt');
    expect(r.turns.map((t) => t.role)).toEqual(['clinician', 'patient', 'clinician', 'patient', 'clinician', 'patient', 'clinician', 'clinician', 'patient', 'clinician']);
    expect(r.turns[2]).toMatchObject({ label: 'DR. OKAFOR', text: 'Any nausea or changes in your vision?' });
  });

  it('reads JSON lines inside a ```json fence under a lead-in line', () => {
    const r = readFixture('uti.jsonl-fenced.txt');
    expect(r.speakers).toEqual({ 'Speaker 0': 'clinician', 'Speaker 1': 'patient' });
    expect(r.turns).toHaveLength(7);
    expect(r.turns[0]).toMatchObject({ line: 3, text: "Hello, I'm Dr Shah. What's brought you in?" });
  });
});
