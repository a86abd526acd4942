import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

/** A captioner's SRT file (invented): the physiotherapist tagged, the patient's and the wife's lines opened by dashes. */
const CAPTIONED = [
  '1', '00:00:00,500 --> 00:00:03,000', "[PHYSIO] Hello Mr Grant, come on through. What's been happening?", '',
  '2', '00:00:03,000 --> 00:00:07,500', '- My left knee gave way on the stairs', 'and it has been swollen since.', '',
  '3', '00:00:07,500 --> 00:00:09,000', '- When did that happen?', '- Ten days ago.', '',
  '4', '00:00:09,000 --> 00:00:12,000', '[WIFE] He kept walking on it all weekend.', '',
  '5', '00:00:12,000 --> 00:00:14,000', '- I had to, we were moving house!', '',
  '6', '00:00:14,000 --> 00:00:18,000', '[PHYSIO] Any pain at night?', '',
  '7', '00:00:18,000 --> 00:00:21,000', '- Yes, it wakes me up.', '- Is that bad?', '',
  '8', '00:00:21,000 --> 00:00:26,000', "[PHYSIO] Let me look. There's a moderate effusion and flexion is 95 degrees.", '',
  '9', '00:00:26,000 --> 00:00:30,000', "This looks like a medial meniscus tear. I'll refer you for an MRI.", '',
].join('\n');

describe('subtitle files that tag one voice and dash the others', () => {
  it("reads a dashed line as a voice of its own, not the tagged speaker going on", () => {
    const r = readTranscript(CAPTIONED);
    const said = (text: string) => r.turns.find((t) => t.text.startsWith(text))?.role;
    expect(said('My left knee gave way')).toBe('patient');
    expect(said('Ten days ago')).toBe('patient');
    expect(said('I had to, we were moving house')).toBe('patient');
    expect(said('Yes, it wakes me up')).toBe('patient');
    expect(said('He kept walking')).toBe('other');
    // A cue of two dashed voices: its only question is the tagged speaker's, who is talking with the untagged one.
    expect(said('When did that happen?')).toBe('clinician');
    // ...unless it is a question only a patient asks.
    expect(said('Is that bad?')).toBe('patient');
    // A cue line with neither tag nor dash goes on with the speaker before it.
    expect(said('This looks like a medial meniscus tear')).toBe('clinician');
    expect(r.speakers['Untagged speaker']).toBe('patient');
  });

  it('puts the dashed voice\'s history in Subjective', () => {
    const note = generateLocalNote(CAPTIONED, { specialty: 'physical_therapy' });
    expect(note.subjective).toMatch(/knee gave way/i);
    expect(note.subjective).toMatch(/ten days|10 days/i);
    expect(note.objective).not.toMatch(/gave way/i);
  });

  it('leaves dashes alone where no voice is tagged, and in a plain transcript', () => {
    const untagged = CAPTIONED.replace(/\[(PHYSIO|WIFE)\] /g, '');
    expect(readTranscript(untagged).turns.every((t) => t.label === undefined)).toBe(true);
    const plain = 'Doctor: Plan for today:\n- ibuprofen 400 mg three times a day\n- knee brace\nPatient: Okay, thanks.\nDoctor: See you in two weeks.';
    const turns = readTranscript(plain).turns;
    expect(turns.find((t) => t.text.includes('ibuprofen'))?.role).toBe('clinician');
  });
});
