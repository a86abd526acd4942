import { describe, expect, it } from 'vitest';
import { readProcessRecording } from '../../src/text/process-recordings.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

// Invented recordings of the same family in other wordings: unnumbered with parenthesised notes and starred lists,
// and numbered with `n)`, curly quotes, braces and a reply wrapped over two lines.
const COUNSELLING = [
  'Trainee process record — Week 6',
  'Trainee: P. Okoro     Site: college wellbeing service',
  '',
  'Counsellor: "Welcome back. Where would you like to start today?"',
  'Student: "The exams, I guess. My chest goes tight every morning before the library."',
  '(She twisted her sleeve the whole time and avoided eye contact.)',
  'Counsellor: "How is the sleep?"',
  'Student: "Four hours most nights." (laughs) "Coffee does the rest."',
  '(I noticed I wanted to reassure her too quickly.)',
  'Counsellor: "Any thoughts of hurting yourself?"',
  'Student: "No, nothing like that."',
  '',
  'Impressions:',
  '* exam-related anxiety with poor sleep',
  '* no risk to self disclosed',
  'Next steps:',
  '* sleep hygiene leaflet given',
  '* book four sessions of CBT',
].join('\n');

const HOSPITAL = [
  'Process Recording (ward placement)',
  'Format: dialogue / {supervisor comments}',
  '1) SW: “Mr Dunn, the ward asked me to see you about going home.”',
  '   Pt: “My stairs are steep and the bathroom is upstairs, so',
  '   I have been washing at the kitchen sink.”',
  '   {Reports stairs as the main barrier.}',
  '2) SW: “Who helps you at home?”',
  '   Pt: “My niece, on Sundays.”',
  '3) SW: “Would a stair rail help?” — he nodded.',
  '4) Checked the discharge list with the nurse in charge.',
].join('\n');

describe('a process recording: quoted exchanges, the writer’s notes and closing lists', () => {
  it('gives the speakers only their quoted words, and the notes to the writer', () => {
    const u = readProcessRecording(COUNSELLING)!;
    expect(u.find((x) => x.label === 'Student')!.text).toBe('The exams, I guess. My chest goes tight every morning before the library.');
    expect(u).toContainEqual({ label: 'Counsellor', text: 'She twisted her sleeve the whole time and avoided eye contact.', line: 6 });
    expect(u).toContainEqual({ label: 'Student', text: 'Four hours most nights. Coffee does the rest.', line: 8 });
    expect(u).toContainEqual({ label: 'Counsellor', text: 'laughs', line: 8 });
    // The header is no one's words.
    expect(u.some((x) => /Okoro|Week 6|wellbeing service/.test(x.text))).toBe(false);
  });

  it('reads the writer’s closing lists under the sections their headings name', () => {
    const u = readProcessRecording(COUNSELLING)!;
    expect(u).toContainEqual({ label: 'Counsellor', text: 'Assessment: exam-related anxiety with poor sleep.', line: 14 });
    expect(u).toContainEqual({ label: 'Counsellor', text: 'Plan: book four sessions of CBT.', line: 18 });
    const n = generateLocalNote(COUNSELLING);
    expect(n.assessment).toMatch(/anxiety with poor sleep/i);
    expect(n.plan).toMatch(/four sessions of CBT/);
  });

  it('reads numbered exchanges, a reply wrapped over two lines, and an unlabelled step as the writer’s', () => {
    const r = readTranscript(HOSPITAL);
    expect(r.speakers).toMatchObject({ SW: 'clinician', Pt: 'patient' });
    const patient = r.turns.filter((t) => t.role === 'patient').map((t) => t.text).join(' ');
    expect(patient).toMatch(/upstairs, so I have been washing at the kitchen sink\.$|kitchen sink\. My niece/);
    const writer = r.turns.filter((t) => t.role === 'clinician').map((t) => t.text);
    expect(writer).toEqual(expect.arrayContaining(['Reports stairs as the main barrier.', 'he nodded.', 'Checked the discharge list with the nurse in charge.']));
    expect(writer.some((t) => /Process Recording|Format/.test(t))).toBe(false);
  });

  it('gives the notes to whoever opens the first exchange when no label names a clinician', () => {
    const named = ['1. Jo: "What brings you here today?"', '   Kim: "My back aches after work."', '   [Kim rubbed her lower back.]', '2. Jo: "Since when?"', '   Kim: "A month."', '   [Seemed tired.]', '3. Jo: "Any numbness?"', '   Kim: "No."'].join('\n');
    const u = readProcessRecording(named)!;
    expect(u.filter((x) => x.label === 'Jo').map((x) => x.text)).toEqual(['What brings you here today?', 'Kim rubbed her lower back.', 'Since when?', 'Seemed tired.', 'Any numbness?']);
  });

  it('leaves a transcript without quoted exchanges, or with quotes but no notes or numbering, to the other readers', () => {
    expect(readProcessRecording('Doctor: How is the knee?\nPatient: Sore on the stairs.\nDoctor: Any swelling?\nPatient: A little.')).toBeUndefined();
    const quotedOnly = 'Nurse: "Morning."\nPatient: "Hi."\nNurse: "Any pain?"\nPatient: "Some, in my back."';
    expect(readProcessRecording(quotedOnly)).toBeUndefined();
  });
});
