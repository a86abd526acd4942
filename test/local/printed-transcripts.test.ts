import { describe, expect, it } from 'vitest';
import { blankDocumentChrome } from '../../src/text/document-chrome.js';
import { rejoinLineEndHyphens } from '../../src/text/line-end-hyphens.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

// Invented transcripts copied out of a PDF, in two layouts: a running header with the page mark in a column of its own
// (its clinic name set off by a dash, as a label would be) and a tabbed footer; words hyphenated at the wrap.
const COLUMNS = [
  'Northgate Hearing Centre — Audiology         Page 1 of 2',
  'Session record (dictaphone, typed up)        PRIVATE AND CONFIDENTIAL',
  '==============================================',
  'Audiologist: Thanks for coming in. Which ear has been troubling',
  'you since the flight?',
  'Patient: The left one. It has felt blocked and there is a faint ring-',
  'ing, mostly at night when the house is quiet and I try to sleep.',
  'Audiologist: Any discharge or pain? Any dizzi-',
  '',
  'Northgate Hearing Centre — Audiology         Page 2 of 2',
  '==============================================',
  'ness when you turn over in bed?',
  'Patient: No pain. I did feel a bit dizzy turning over on Tuesday.',
  'End of transcript.',
];

const FOOTER = [
  'Nurse: The dressing needs changing every second day, and keep the well-',
  'being leaflet handy. Any questions about the follow-up clinic?',
  'Patient: Just whether the wellbeing group meets on Fridays, and the follow-',
  'up date.',
  'Ward 7 discharge conversation\tp. 1/1',
];

describe('a transcript copied out of a PDF', () => {
  it('blanks a running header set out in columns, a banner beside a title, rules and the closing line', () => {
    const out = blankDocumentChrome(COLUMNS);
    expect(out[0]).toBe('');
    expect(out[1]).toBe('');
    expect(out[2]).toBe('');
    expect(out[9]).toBe('');
    expect(out[13]).toBe('');
    expect(out[3]).toBe(COLUMNS[3]);
  });

  it('reads the speakers without the furniture and with their broken words whole', () => {
    const r = readTranscript(COLUMNS.join('\n'));
    expect(r.speakers).toEqual({ Audiologist: 'clinician', Patient: 'patient' });
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/Northgate|Page|CONFIDENTIAL|End of transcript/i);
    expect(r.turns[1]!.text).toContain('a faint ringing, mostly at night');
    expect(r.turns[2]!.text).toBe('Any discharge or pain? Any dizziness when you turn over in bed?');
  });

  it('keeps a hyphen the text writes elsewhere, and joins a word the text writes whole elsewhere', () => {
    const out = rejoinLineEndHyphens(FOOTER);
    expect(out[0]).toMatch(/keep the wellbeing$/);
    expect(out[1]).toMatch(/^leaflet handy/);
    expect(out[2]).toMatch(/and the follow-up$/);
    expect(out[3]).toBe('date.');
  });

  it('leaves a short line that breaks off, and text without page marks, as they are', () => {
    expect(rejoinLineEndHyphens(['Patient: I was tal-', 'talking about the other one.'])).toEqual(['Patient: I was tal-', 'talking about the other one.']);
    const lower = ['patient: it started when i was lifting the boxes at the ware-', 'doctor: which warehouse?'];
    expect(rejoinLineEndHyphens(lower)).toEqual(lower);
    const plain = ['Doctor: Page me if it gets worse.', 'Patient: Will do.          Thanks.'];
    expect(blankDocumentChrome(plain)).toEqual(plain);
  });
});

describe('a footer set in a tabbed column', () => {
  it('blanks "p. 1/1" beside the document title', () => {
    expect(blankDocumentChrome(FOOTER)[4]).toBe('');
  });
});
