import { describe, expect, it } from 'vitest';
import { readSegmentRecords } from '../../src/text/segment-records.js';
import { readDocumentText } from '../../src/text/structured-documents.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

/** An MDM message, one utterance a TX observation with the speaker's role and name as components, CR-separated. */
const MDM = [
  'MSH|^~\\&|DICTATE|RIVERSIDE_CLINIC|EHR|RIVERSIDE|20250102093000||MDM^T02|MSG0091|P|2.4',
  'PID|1||ZX55102^^^RC^MR||QUILL^TOBIAS^^^MR||19720311|M',
  'PV1|1|O|RC^ROOM4',
  'TXA|1|CN|TX|20250102090000',
  'OBX|1|TX|NOTE^Talk^L||PODIATRIST^Ines Varga: What is bothering you about the feet today?||||||F',
  'OBX|2|TX|NOTE^Talk^L||PATIENT^Tobias Quill: The big toe on the left is sore and swollen at the nail edge.||||||F',
  'OBX|3|TX|NOTE^Talk^L||PODIATRIST^Ines Varga: There is an ingrown nail with redness but no pus,\\.br\\so no infection yet.||||||F',
  'OBX|4|TX|NOTE^Talk^L||PATIENT^Tobias Quill: Okay.||||||F',
  'OBX|5|TX|NOTE^Talk^L||PODIATRIST^Ines Varga: I will trim the nail edge today and you can soak it in warm salt water twice a day.||||||F',
].join('\r');

/** Another family member: notes segments with the speaker as the first component, a numeric observation, `\n` lines. */
const NOTES = [
  'MSH|^~\\&|WARDAPP|NORTH|EPR|NORTH|20250301||ORU^R01|7781|P|2.5',
  'PID|1||RQ00417^^^N^MR||FENN^ADA||19580704|F',
  'NK1|1|FENN^OSCAR|SON',
  'OBX|1|NM|8867-4^Heart rate^LN||96|/min|||||F',
  'NTE|1||NURSE^What is the pain like in your chest now?',
  'NTE|2||RESIDENT^Mrs Fenn said the pain eased after the spray, two out of ten now.',
  'NTE|3||NURSE^We will repeat the tracing in an hour and keep you on the monitor.',
].join('\n');

describe('segment-record messages (HL7 v2 and kin) are read by their utterances', () => {
  it.for([['an MDM message', MDM], ['notes segments', NOTES]] as const)('%s: words and speakers kept, identifiers dropped', ([, text]) => {
    const read = readSegmentRecords(text)!;
    expect(read).toBeDefined();
    expect(read).not.toMatch(/QUILL|Tobias Quill.*19720311|ZX55102|RQ00417|FENN\^|OSCAR|19580704|MSH|PID/);
    expect(read).not.toMatch(/\|/);
  });

  it('the role before the name decides who speaks', () => {
    const mdm = readTranscript(readDocumentText(MDM));
    expect(mdm.turns.find((t) => /big toe/.test(t.text))?.role).toBe('patient');
    expect(mdm.turns.find((t) => /ingrown nail/.test(t.text))).toMatchObject({ role: 'clinician', text: expect.stringContaining("no pus, so") });
    const notes = readTranscript(readDocumentText(NOTES));
    expect(notes.turns.find((t) => /tracing/.test(t.text))?.role).toBe('clinician');
    expect(readSegmentRecords(NOTES)).toMatch(/^Heart rate: 96 \/min$/m);
    // A short answer in a text observation is an utterance too.
    expect(readSegmentRecords(MDM)).toMatch(/^Patient Tobias Quill: Okay\.$/m);
  });

  it('the note puts the complaint in the subjective and the care in the plan', () => {
    const note = generateLocalNote(MDM);
    expect(note.subjective).toMatch(/toe/i);
    expect(note.plan).toMatch(/trim|soak/i);
    expect(JSON.stringify(note)).not.toMatch(/ZX55102|19720311/);
  });

  it('other texts are not segment records', () => {
    expect(readSegmentRecords('Doctor: Any pain?\nPatient: No.\nDoctor: Good.')).toBeUndefined();
    expect(readSegmentRecords('ABC|1|2\nDEF|3|4\nGHI|5|6')).toBeUndefined();
    expect(readSegmentRecords('| a | b |\n|---|---|\n| 1 | 2 |')).toBeUndefined();
  });
});
