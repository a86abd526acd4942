import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { isConversationAnalysis, removeConversationNotation } from '../../src/text/conversation-analysis.js';
import { blankSubtitleScaffolding, isSubtitleText } from '../../src/text/subtitle-format.js';

// Invented transcripts in the notation of conversation analysis, two variants: numbered lines with short codes and a
// continuation line; and unnumbered `Name:` lines with arrows, fast speech and a pause on a line of its own.
const NUMBERED = [
  '12  DOC:  right (0.6) so the ↑ankle (.) when did you go over on it',
  '13  PAT:  saturday=',
  '14  DOC:  =saturday.hhh and could you [walk on it',
  '15  PAT:                              [no I had to hop ((winces))',
  '16        to the car °it was awful°',
].join('\n');

const NAMED = [
  "Therapist: and the sleep:: how's that been (1.5)",
  'Client:    >not great not great< I wake at four ↓every night',
  '           (3.0)',
  'Therapist: mm (.) every night',
  'Client:    ((nods)) yeah hhh pretty much',
].join('\n');

describe('the notation of conversation analysis', () => {
  it('takes the marks out of numbered lines with codes, the continuation line still the speaker\'s', () => {
    const turns = readTranscript(NUMBERED).turns.map((t) => `${t.label}: ${t.text}`);
    expect(turns).toContain('DOC: right so the ankle when did you go over on it');
    expect(turns).toContain('DOC: saturday and could you walk on it');
    expect(turns.filter((t) => t.startsWith('PAT:')).join(' ')).toBe('PAT: saturday PAT: no I had to hop PAT: to the car it was awful');
    expect(turns.join(' ')).not.toMatch(/[()°↑=[\]]|hhh|winces/);
  });

  it('takes the marks out of named lines, and a pause alone on its line leaves nothing', () => {
    const lines = removeConversationNotation(NAMED.split('\n'));
    expect(lines[0]).toBe('Therapist: and the sleep how\'s that been');
    expect(lines[1]).toBe('Client:    not great not great I wake at four every night');
    expect(lines[2]).toBe('');
    expect(lines[4]).toBe('Client:    yeah pretty much');
  });

  it('leaves a transcript with a dose in brackets or a single equals sign alone', () => {
    const plain = ['Doctor: Take (0.5 mg) at night.', 'Patient: So 2 = two tablets?', 'Doctor: No (.5) is half a tablet.', 'Patient: [Okay] got it.'];
    expect(isConversationAnalysis(plain)).toBe(false);
    expect(removeConversationNotation(plain)).toEqual(plain);
  });
});

describe('caption files timed as start,end (SBV, SubViewer)', () => {
  const SBV = ['0:00:01.200,0:00:04.000', 'Morning, come and sit down.', '', '0:00:04.100,0:00:07.900', '- Thanks.', '- How is the cough?', ''];
  const SUB = ['00:00:02.10,00:00:05.00', 'The inhaler helps a bit', '', '00:00:05.20,00:00:08.40', 'but not at night.'];

  it('blanks the timing lines of both', () => {
    expect(isSubtitleText(SBV)).toBe(true);
    expect(blankSubtitleScaffolding(SBV).filter((l) => /\d:\d\d/.test(l))).toEqual([]);
    expect(blankSubtitleScaffolding(SUB).filter((l) => l !== '')).toEqual(['The inhaler helps a bit', 'but not at night.']);
  });

  it('does not take a line of two clock times in words for a caption timing', () => {
    expect(isSubtitleText(['Seen at 10:30, left at 11:15.', 'Reviewed at 12:00, 12:30.'])).toBe(false);
  });
});
