import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, FIXTURES, problems } from './meeting-export-reading.js';
import { generateLocalNote } from '../../src/local/index.js';
import { describeSpeaker } from '../../src/local/describe-speaker.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { roleFromLabel } from '../../src/text/speaker-labels.js';

/**
 * Meeting-export fixtures (test/local/fixtures/meeting-exports): invented visits written in the layouts Teams (Word
 * file, .vtt, Stream Classic .vtt, transcript pane, recap, Teams Phone), Zoom, Google Meet and Webex produce. Each
 * must read with every speaker in the right role and its key phrases in the right section. Those the engine still
 * reads wrongly are listed here and expected to fail, so a fix shows as a case leaving the list.
 */
// Both dietitian exports left the list in stop 42, when statements no reader placed were kept (gap-drafts.ts).
const KNOWN_FAILING = new Set<string>([]);

describe('meeting exports read with the right roles and sections', () => {
  it('has at least 24 fixtures', () => expect(CASES.length).toBeGreaterThanOrEqual(24));
  for (const c of CASES) {
    (KNOWN_FAILING.has(c.file) ? it.fails : it)(`${c.file} (${c.layout})`, () => {
      expect(problems(c)).toEqual([]);
    });
  }
});

describe('meeting-export names and entries', () => {
  it('writes Teams\' "Last, First" and an attendee\'s e-mail address as the name they spell', () => {
    expect(describeSpeaker('Bramwell, Hollie')).toBe('Hollie Bramwell');
    expect(describeSpeaker('edward.lyle@gmail.com')).toBe('Edward Lyle');
    expect(describeSpeaker('Hollie Bramwell')).toBe('Hollie Bramwell');
    const c = CASES.find((x) => x.file === 'vetdog.teams-docx.lastfirst.txt')!;
    const note = generateLocalNote(readFileSync(join(FIXTURES, c.file), 'utf8'), { specialty: c.specialty });
    expect(note.subjective).toMatch(/Per Hollie Bramwell, she's been sick/);
    expect(note.subjective).not.toMatch(/Bramwell, Hollie/);
  });

  it('joins a speaker\'s entry that Teams cut at another voice\'s "Mhm." and resumed in lower case', () => {
    const r = readTranscript([
      'Gemma Walsh   0:40', 'Yes. Your knee is still dropping inwards.',
      'Callum Reid   0:44', 'Mhm.',
      'Gemma Walsh   0:45', 'and you managed eight before the pain came on.',
      'Callum Reid   0:50', 'Okay.',
      'Gemma Walsh   0:52', 'Does it hurt going down stairs?',
      'Callum Reid   0:55', 'Yes, a bit.',
    ].join('\n'));
    expect(r.turns.map((t) => t.text)).toEqual([
      'Yes. Your knee is still dropping inwards and you managed eight before the pain came on.', 'Mhm.', 'Okay.',
      'Does it hurt going down stairs?', 'Yes, a bit.',
    ]);
  });

  it("leaves out an intelligent recap's speakers, AI notes and follow-up tasks above its transcript", () => {
    const c = CASES.find((x) => x.file === 'asthma.teams-recap.plain.txt')!;
    const note = generateLocalNote(readFileSync(join(FIXTURES, c.file), 'utf8'), { specialty: c.specialty });
    const all = [note.subjective, note.objective, note.assessment, note.plan].join('\n');
    expect(all).not.toMatch(/Whitfield \d+%|AI notes|agreed a change|updated plan/);
  });

  it("reads an organisation after a name as no role, a clinician's post there as one", () => {
    expect(roleFromLabel('Kemi Balogun (Hillside Family Practice)')).toBeUndefined();
    expect(roleFromLabel('Sam Ortega (Patient Services)')).toBeUndefined();
    expect(roleFromLabel('Jane Roe (Practice Nurse)')).toBe('clinician');
    expect(roleFromLabel('Hughes, Laura (Physiotherapist)')).toBe('clinician');
    expect(roleFromLabel('Dana Whitfield (Mum)')).toBe('other');
  });

  it("drops the transcript pane's avatar initials above each speaker's name", () => {
    const r = readTranscript(['PS', 'Priya Shah  0:03', 'It started on my elbows.', '', 'RD', 'Rosa Diaz  0:08', 'Any family history of psoriasis?', '', 'PS', 'Priya Shah  0:12', 'My dad has it.'].join('\n'));
    expect(Object.keys(r.speakers)).toEqual(['Priya Shah', 'Rosa Diaz']);
    expect(r.turns.map((t) => t.text)).not.toContain('PS');
  });
});
