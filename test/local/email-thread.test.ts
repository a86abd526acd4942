import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readEmailThread } from '../../src/text/email-thread.js';
import { checkGrounding } from '../../src/grounding/index.js';

const read = (name: string) => readFileSync(new URL(`./email-threads/${name}`, import.meta.url), 'utf8');
const OUTLOOK = read('outlook-pharmacist.txt');
const GMAIL = read('gmail-practice-nurse.txt');
const DAUGHTER = read('outlook-gp-daughter.txt');
const LETTER = read('referral-letter.txt');

/** Every section's text, and every file line its evidence points to. */
function noteOf(thread: string) {
  const n = generateLocalNote(thread);
  const all = [n.subjective, n.objective, n.assessment, n.plan].join('\n');
  return { n, all };
}

/** The file line a sentence of the note was built from. */
function lineOf(thread: string, section: 'subjective' | 'plan', pattern: RegExp): string {
  const ev = generateLocalNote(thread).evidence[section].find((e) => pattern.test(e.text));
  expect(ev, `no ${section} sentence matches ${pattern}`).toBeDefined();
  return thread.split('\n')[ev!.lines[0]! - 1]!;
}

const HEADER_OR_SIGNATURE = /@|Sent:|Subject:|From:|Original Message|Kind regards|Thanks again|Clinical Pharmacist|Riverside Pharmacy|01632|confidential|addressee|iPhone|Hi Tom|Dear Tom|Hi Grace/;

describe('an Outlook reply chain, newest message first', () => {
  it('reads the writers as speakers: the From name with its role is the clinician, the other the patient', () => {
    expect(readTranscript(OUTLOOK).speakers).toEqual({ 'Grace Hill': 'patient', 'Tom Reid (Pharmacist)': 'clinician' });
  });

  it('puts the messages oldest first, each line on the file line it came from', () => {
    const turns = readTranscript(OUTLOOK).turns;
    expect(turns[0]).toMatchObject({ role: 'patient', text: expect.stringMatching(/^I've been feeling dizzy/) });
    expect(turns.at(-1)).toMatchObject({ role: 'patient', text: 'My home reading this morning was 128/78.' });
    const lines = OUTLOOK.split('\n');
    for (const t of turns) expect(lines[t.line - 1]).toContain(t.text);
    // Three messages: Grace's question, Tom's advice, Grace's reply (file order reversed).
    expect(turns.map((t) => t.role).filter((r, i, all) => r !== all[i - 1])).toEqual(['patient', 'clinician', 'patient']);
  });

  it('keeps headers, greetings, sign-offs, signatures, the disclaimer and the quoted line out of the note', () => {
    const turns = readTranscript(OUTLOOK).turns.map((t) => t.text).join('\n');
    expect(turns).not.toMatch(HEADER_OR_SIGNATURE);
    // "> I'm allergic to penicillin…" repeats Grace's first message: it is read once, as hers.
    expect(turns.match(/allergic to penicillin/g)).toHaveLength(1);
    const { all } = noteOf(OUTLOOK);
    expect(all).not.toMatch(HEADER_OR_SIGNATURE);
  });

  it("writes the patient's medicines and allergy in Subjective and the pharmacist's advice in Plan", () => {
    const { n } = noteOf(OUTLOOK);
    expect(n.subjective).toMatch(/amlodipine 5 mg every morning/);
    expect(n.subjective).toMatch(/ramipril 10 mg at night/);
    expect(n.subjective).toMatch(/allergic to penicillin/);
    expect(n.plan).toMatch(/amlodipine at night instead of in the morning/);
    expect(n.plan).toMatch(/blood pressure at home twice a day for a week/);
    expect(n.plan).toMatch(/call 999/);
    expect(checkGrounding(n, OUTLOOK)).toEqual([]);
  });

  it('points evidence at the lines of the file as given', () => {
    expect(lineOf(OUTLOOK, 'subjective', /ramipril/)).toBe('I also take ramipril 10 mg at night.');
    expect(lineOf(OUTLOOK, 'plan', /twice a day/)).toBe('Please check your blood pressure at home twice a day for a week and send me the readings.');
  });
});

describe("a Gmail chain: 'On … wrote:' lines and nested '>' quoting", () => {
  it('reads each quoted message as its writer, with the role from the signature, oldest first', () => {
    const r = readTranscript(GMAIL);
    expect(r.speakers).toEqual({ 'Daniel Price': 'patient', 'Amy Cole (Practice Nurse)': 'clinician' });
    expect(r.turns[0]!.text).toMatch(/^I've been using my blue inhaler/);
    expect(r.turns[0]!.line).toBe(28);
    expect(r.turns.at(-1)!.text).toMatch(/booked the asthma review for Friday/);
    const lines = GMAIL.split('\n');
    for (const t of r.turns) expect(lines[t.line - 1]).toContain(t.text);
  });

  it('leaves out the attribution lines, quote marks, greetings and the one-word sign-off', () => {
    const texts = readTranscript(GMAIL).turns.map((t) => t.text);
    expect(texts.join('\n')).not.toMatch(/wrote:|^>|Hi Dan|Hello|Best wishes|Practice Nurse|Elm Tree|@/m);
    expect(texts).not.toContain('Dan');
    const { n, all } = noteOf(GMAIL);
    expect(all).not.toMatch(/wrote:|@|Best wishes|Elm Tree/);
    expect(n.subjective).toMatch(/blue inhaler four or 5 times a day/);
    expect(n.subjective).toMatch(/stopped the brown inhaler/);
    expect(n.subjective).toMatch(/not allergic to anything/);
    expect(n.plan).toMatch(/brown preventer inhaler two puffs twice a day/);
    expect(n.plan).toMatch(/asthma review/);
    expect(lineOf(GMAIL, 'plan', /preventer/)).toMatch(/^> Please use the brown preventer inhaler/);
    expect(lineOf(GMAIL, 'subjective', /stopped the brown/)).toMatch(/^>> I stopped the brown inhaler/);
  });
});

describe('a thread in which only the signature says who the clinician is', () => {
  it("reads 'GP Partner' under the name as her role; the daughter writing about her mother is not the patient", () => {
    const r = readTranscript(DAUGHTER);
    expect(r.speakers).toEqual({ 'Laura Bennett': 'other', 'Priya Nair (GP Partner)': 'clinician' });
    expect(r.turns[0]).toMatchObject({ line: 26, text: "I'm writing about my mum, Joan Bennett, who is 84." });
  });

  it("puts the daughter's account in Subjective and the GP's plan in Plan, with no signature or separator", () => {
    const { n, all } = noteOf(DAUGHTER);
    expect(all).not.toMatch(/____|Best wishes|Tel 01632|Dear Ms Bennett|Thanks,|@/);
    expect(n.subjective).toMatch(/burns when she passes urine/);
    expect(n.subjective).toMatch(/allergic to penicillin/);
    expect(n.plan).toMatch(/nitrofurantoin 100 mg twice a day for 3 days/);
    expect(n.plan).toMatch(/call 111 or take her to A&E/);
    expect(lineOf(DAUGHTER, 'subjective', /burns/)).toBe('She says it burns when she passes urine.');
  });
});

describe('other ways mail clients write a thread', () => {
  it("reads 'Surname, First' names, a US-style 'On … 4:05 PM Name <address> wrote:' line, and a thank-you with more after it", () => {
    const thread = [
      'From: Okafor, Ben <ben.okafor@example.com>', 'Date: Tue, Dec 1, 2026 at 9:15 AM', 'Subject: Re: Heel pain', 'To: Shaw, Nina <nina.shaw@footclinic.example>',
      '', 'Thank you.', 'I also wanted to ask whether I can keep running while I do the stretches.', '', 'Ben',
      '', 'On Mon, Nov 30, 2026 at 4:05 PM Nina Shaw <nina.shaw@footclinic.example> wrote:',
      '> Do the calf stretches three times a day and wear supportive trainers.', '>', '> Nina Shaw', '> Podiatrist',
    ].join('\n');
    expect(readEmailThread(thread)).toEqual([
      { label: 'Nina Shaw (Podiatrist)', text: 'Do the calf stretches three times a day and wear supportive trainers.', line: 12 },
      { label: 'Ben Okafor', text: 'Thank you.', line: 6 },
      { label: 'Ben Okafor', text: 'I also wanted to ask whether I can keep running while I do the stretches.', line: 7 },
    ]);
    expect(readTranscript(thread).speakers).toEqual({ 'Nina Shaw (Podiatrist)': 'clinician', 'Ben Okafor': 'patient' });
  });
});

describe('texts that are not e-mail threads', () => {
  it("leaves a referral letter's From / To / Date / Re lines alone: no Sent or Subject line, no header block", () => {
    expect(readEmailThread(LETTER)).toBeUndefined();
    const r = readTranscript(LETTER);
    expect(r.labelled).toBe(false);
    expect(r.turns[0]).toMatchObject({ line: 1, role: 'clinician' });
  });

  it('leaves a sentence that says "From:" and ordinary transcripts alone', () => {
    const dictation = 'Reason for visit: cough. From: the patient, a three week history of dry cough.\nTo: be reviewed in one week.\nSubject: chest clear.';
    const dialogue = 'Doctor: What brings you in today?\nPatient: From: my knee, it has been swelling since Sunday.\nDoctor: Any allergies?\nPatient: Penicillin.';
    for (const t of [dictation, dialogue, readFileSync(new URL('../../fixtures/transcripts/knee-injury.txt', import.meta.url), 'utf8')]) {
      expect(readEmailThread(t)).toBeUndefined();
    }
    expect(readTranscript(dialogue).speakers).toEqual({ Doctor: 'clinician', Patient: 'patient' });
  });

  it('keeps a single e-mail with a header block, and drops quoted lines whose writer is not said', () => {
    const one = [
      'From: Grace Hill <grace.hill@example.com>', 'Sent: Friday, 4 December 2026 07:50', 'To: Tom Reid <tom.reid@riversidepharmacy.example>', 'Subject: Rash',
      '', 'Hi Tom,', '', '> Let me know if anything changes.', '', 'I have a red itchy rash on both arms since yesterday.', '', 'Grace',
    ].join('\n');
    expect(readEmailThread(one)).toEqual([{ label: 'Grace Hill', text: 'I have a red itchy rash on both arms since yesterday.', line: 10 }]);
  });
});

describe('a patient portal thread, oldest message first', () => {
  const header = (from: string, sent: string, to: string) => [`From: ${from}`, `Sent: ${sent}`, `To: ${to}`, ''];
  const THREAD = [
    'Secure Messages', '', 'Subject: Itchy eyes', '',
    ...header('Nadia Petrov (Patient)', '04/02/2026 7:15 PM', 'Eye Clinic'),
    'My eyes have been itchy and watery since I started gardening again.', '',
    ...header('Sam Ortega, NP (Nurse Practitioner)', '04/03/2026 8:00 AM', 'Nadia Petrov'),
    'Thanks Nadia, a few quick questions:', '1. Is your vision blurred?', '2. Any discharge from the eyes?', '',
    ...header('Nadia Petrov (Patient)', '04/03/2026 6:20 PM', 'Sam Ortega'),
    '1. No, my vision is fine.', '2. Just clear watery tears, nothing sticky.', '',
    ...header('Sam Ortega, NP (Nurse Practitioner)', '04/04/2026 9:10 AM', 'Nadia Petrov'),
    'This sounds like hay fever affecting the eyes. Try olopatadine drops twice a day.',
  ].join('\n');

  it('reads the dates month first where one of them says so (04/13 cannot be day first), so the thread stays in order', () => {
    const dated = THREAD.replace('04/04/2026 9:10 AM', '04/13/2026 9:10 AM');
    const texts = readEmailThread(dated)!.map((u) => u.text);
    expect(texts[0]).toBe('My eyes have been itchy and watery since I started gardening again.');
    expect(texts.at(-1)).toMatch(/olopatadine/);
  });

  it("leaves the portal's title and subject above the first message out, rather than giving them to the clinic", () => {
    const thread = THREAD.replace('04/04/2026 9:10 AM', '04/13/2026 9:10 AM');
    expect(readEmailThread(thread)!.map((u) => u.label)).not.toContain('Eye Clinic');
    expect(readEmailThread(thread)!.map((u) => u.text).join(' ')).not.toMatch(/Secure Messages|Itchy eyes/);
  });

  it('puts each numbered question before its numbered answer from the later message, without the numbers', () => {
    const thread = THREAD.replace('04/04/2026 9:10 AM', '04/13/2026 9:10 AM');
    const said = readEmailThread(thread)!.map((u) => `${u.label.startsWith('Sam') ? 'C' : 'P'}|${u.text}`);
    expect(said.slice(2, 6)).toEqual([
      'C|Is your vision blurred?', 'P|No, my vision is fine.', 'C|Any discharge from the eyes?', 'P|Just clear watery tears, nothing sticky.',
    ]);
  });
});
