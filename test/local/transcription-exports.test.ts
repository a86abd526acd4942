import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { blankDocumentChrome } from '../../src/text/document-chrome.js';
import { blankExportChrome } from '../../src/text/export-chrome.js';
import { removeNonSpeechMarkers } from '../../src/text/nonspeech-markers.js';
import { readExportLayouts } from '../../src/text/transcription-exports.js';

// Transcripts written for these tests (invented patients), each in the layout its product exports. Where no sample
// of the product's export could be found, the layout is written as the product is known to write it, and the
// comment says so.

const said = (text: string) => readTranscript(text).turns.map((t) => `${t.role[0]}|${t.text}`);

describe('a time, a dash and a name above the words', () => {
  // Fathom's "Copy transcript" (from memory): a title, the recording link, a rule, then `0:04 - Name (Organisation)`
  // with the words indented below.
  const FATHOM = [
    'Telehealth follow-up - November 12',
    'VIEW RECORDING - 12 mins (No highlights): https://fathom.video/share/abcDEF123',
    '', '---', '',
    '0:00 - Dr. Priya Nair (Riverside Clinic)', '  Hi Mr Jones, how are the ankles now?', '',
    '0:04 - Kevin Jones', "  Still swollen by the evening, and I'm getting breathless walking up the hill to the shops.", '',
    '0:12 - Dr. Priya Nair (Riverside Clinic)', '  Are you sleeping on more pillows than before?', '',
    '0:15 - Kevin Jones', '  Three now, I used to use one.', '',
    '0:19 - Dr. Priya Nair (Riverside Clinic)', "  I'm worried your heart failure is getting worse. I'll increase your furosemide to 80 mg in the morning and arrange bloods for kidney function this week.",
  ].join('\n');

  it("reads Fathom's copied transcript as two speakers, without the title, the recording link or the organisation", () => {
    const r = readTranscript(FATHOM);
    // The organisation in parentheses ("Riverside Clinic") would have made both speakers clinicians.
    expect(r.speakers).toEqual({ 'Dr. Priya Nair': 'clinician', 'Kevin Jones': 'patient' });
    expect(said(FATHOM)).toEqual([
      'c|Hi Mr Jones, how are the ankles now?',
      "p|Still swollen by the evening, and I'm getting breathless walking up the hill to the shops.",
      'c|Are you sleeping on more pillows than before?',
      'p|Three now, I used to use one.',
      "c|I'm worried your heart failure is getting worse. I'll increase your furosemide to 80 mg in the morning and arrange bloods for kidney function this week.",
    ]);
    const n = generateLocalNote(FATHOM);
    expect(n.subjective).toMatch(/breathless walking up the hill/);
    expect(n.plan).toMatch(/furosemide to 80 mg/);
    expect(`${n.subjective}${n.objective}`).not.toMatch(/VIEW RECORDING|fathom\.video|November 12/);
  });

  // Happy Scribe's text export with timecodes and speakers (from memory): `[00:00:03.45] - Speaker 2`.
  const HAPPY_SCRIBE = [
    '[00:00:00.20] - Speaker 1', 'Good morning, Mrs Patel. What brings you in today?', '',
    '[00:00:03.45] - Speaker 2', "I've had a cough for three weeks now, and I'm bringing up green phlegm.", '',
    '[00:00:09.10] - Speaker 1', 'Any fever or shortness of breath?', '',
    '[00:00:11.80] - Speaker 2', 'I had a temperature of 38.2 on Monday. No shortness of breath.', '',
    '[00:00:16.30] - Speaker 1', "Your chest has some crackles at the right base. I think this is a chest infection. I'll prescribe amoxicillin 500 mg three times a day for five days.",
  ].join('\n');

  it("reads Happy Scribe's timecoded speaker lines, which were read as the clinician's dictation", () => {
    const r = readTranscript(HAPPY_SCRIBE);
    expect(r.speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'patient' });
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/\d{2}:\d{2}|Speaker/);
    expect(r.turns).toHaveLength(5);
    const n = generateLocalNote(HAPPY_SCRIBE);
    expect(n.subjective).toMatch(/cough for 3 weeks/);
    expect(n.objective).toMatch(/crackles at the right base/);
    expect(n.plan).toMatch(/amoxicillin 500 mg/);
  });

  // Fireflies' text download, written from memory: the name, a dash and the time over the words.
  const FIREFLIES = [
    'Dr. Alvarez - 00:00', "Hi Ben, what's been going on with your back?", '',
    'Ben Carter - 00:04', 'It started after I lifted a sofa on Saturday. The pain is low down on the left and goes into my buttock.', '',
    'Dr. Alvarez - 00:12', 'Any numbness or problems passing urine?', '',
    'Ben Carter - 00:15', 'No, nothing like that.', '',
    'Dr. Alvarez - 00:18', 'This sounds like mechanical low back pain. Take ibuprofen 400 mg three times a day with food.',
  ].join('\n');

  it('reads the name before the dash as the speaker, not "Dr. Alvarez -"', () => {
    expect(readTranscript(FIREFLIES).speakers).toEqual({ 'Dr. Alvarez': 'clinician', 'Ben Carter': 'patient' });
    expect(generateLocalNote(FIREFLIES).plan).toMatch(/ibuprofen 400 mg/);
  });

  // Teams' transcript downloaded as a Word file: a cue's time range, the name (surname first), the words.
  const TEAMS_DOCX = [
    '0:0:0.0 --> 0:0:4.820', 'Hughes, Laura', "Hi Mr Price, how's the knee since the operation?", '',
    '0:0:5.100 --> 0:0:10.220', 'Price, Daniel', "Better, I can bend it to about ninety degrees now, but it's still swollen at night.", '',
    '0:0:10.900 --> 0:0:14.200', 'Hughes, Laura', 'Any calf pain or redness?', '',
    '0:0:14.500 --> 0:0:16.000', 'Price, Daniel', 'No.', '',
    '0:0:16.500 --> 0:0:24.000', 'Hughes, Laura', "Your flexion is 95 degrees today. Keep going with the exercises and I'll see you next week.",
  ].join('\n');

  it("reads Teams' Word transcript by the name under each cue, which had all been the clinician's dictation", () => {
    const r = readTranscript(TEAMS_DOCX);
    expect(r.speakers).toEqual({ 'Hughes, Laura': 'clinician', 'Price, Daniel': 'patient' });
    expect(said(TEAMS_DOCX)).toEqual([
      "c|Hi Mr Price, how's the knee since the operation?",
      "p|Better, I can bend it to about ninety degrees now, but it's still swollen at night.",
      'c|Any calf pain or redness?', 'p|No.',
      "c|Your flexion is 95 degrees today. Keep going with the exercises and I'll see you next week.",
    ]);
    expect(generateLocalNote(TEAMS_DOCX).objective).toMatch(/flexion is 95 degrees/);
  });

  // Zoom's saved closed captions: `[Name] hh:mm:ss words` on one line.
  const ZOOM_CC = [
    '[Dr Sam Hughes] 10:02:11 Hello Mrs Khan, how has the rash been?',
    '[Amina Khan] 10:02:15 The itching is much better, but the patches on my elbows are still thick and scaly.',
    "[Dr Sam Hughes] 10:02:22 That sounds like psoriasis. We'll add calcipotriol gel once a day.",
    '[Amina Khan] 10:02:27 Okay, thank you.',
  ].join('\n');

  it("keeps the clock time of Zoom's captions out of the words", () => {
    expect(said(ZOOM_CC)).toEqual([
      'c|Hello Mrs Khan, how has the rash been?',
      'p|The itching is much better, but the patches on my elbows are still thick and scaly.',
      "c|That sounds like psoriasis. We'll add calcipotriol gel once a day.",
      'p|Okay, thank you.',
    ]);
    expect(generateLocalNote(ZOOM_CC).plan).toMatch(/calcipotriol gel once a day/);
  });

  // Text copied from a transcript web page (Otter's, Zoom's): the name, the time alone below it, then the words.
  const WEB_COPY = [
    'Emma Lewis', '0:06', "Hi, I'm Emma, one of the diabetes nurses. How have your sugars been?",
    'Gary Holt', '0:10', "Up and down. I've had two hypos this week, both in the night.",
    'Emma Lewis', '0:15', 'What were the readings?',
    'Gary Holt', '0:17', '3.1 and 2.8. I woke up sweaty and shaking.',
    'Emma Lewis', '0:22', "Let's reduce your evening Lantus from 24 to 20 units and check your sugar at 3 am twice this week.",
  ].join('\n');

  it('reads a name over a time line as the speaker, where a reading of 3.1 had been glued to the name', () => {
    expect(readTranscript(WEB_COPY).speakers).toEqual({ 'Emma Lewis': 'clinician', 'Gary Holt': 'patient' });
    expect(said(WEB_COPY)[3]).toBe('p|3.1 and 2.8. I woke up sweaty and shaking.');
    expect(generateLocalNote(WEB_COPY).plan).toMatch(/Lantus from 24 to 20 units/);
  });

  it('leaves a ward log of timed entries alone', () => {
    const log = ['09:30 - Patient reviewed', 'Comfortable overnight.', '10:15 - Bloods sent', '11:00 - Patient reviewed'];
    expect(readExportLayouts(log)).toEqual(log);
  });
});

describe('names, ids and times in columns', () => {
  const EYE = [
    'Hi, I am the nurse practitioner. What brings you in?',
    'I have had a red, itchy eye since yesterday with sticky yellow discharge.',
    'Any pain or change in your vision?',
    'No, just gritty.',
    'This looks like bacterial conjunctivitis. Use chloramphenicol drops four times a day for five days.',
  ];
  const ids = ['0', '1', '0', '1', '0'];

  it("reads Rev.ai's text output, spaces or tabs between name, time and words, without the time in the words", () => {
    for (const gap of ['    ', '\t']) {
      const text = EYE.map((w, i) => `Speaker ${ids[i]}${gap}00:00:0${i * 2}${gap}${w}`).join('\n');
      const r = readTranscript(text);
      expect(r.speakers).toEqual({ 'Speaker 0': 'clinician', 'Speaker 1': 'patient' });
      expect(r.turns.map((t) => t.text)).toEqual(EYE);
    }
  });

  it("reads WhisperX's bracketed speaker ids, which were read as the clinician's dictation", () => {
    const text = EYE.map((w, i) => `[SPEAKER_0${ids[i]}]: ${w}`).join('\n');
    const r = readTranscript(text);
    expect(r.speakers).toEqual({ SPEAKER_00: 'clinician', SPEAKER_01: 'patient' });
    expect(said(text)[3]).toBe('p|No, just gritty.');
    expect(generateLocalNote(text).assessment).toMatch(/bacterial conjunctivitis/);
  });

  it("takes WhisperX's segment times off the words after a bracketed id, a range or a single time", () => {
    for (const times of ['00:00:0X - 00:00:1X', '00:00:0X --> 00:00:1X', '(00:0X)']) {
      const text = EYE.map((w, i) => `[SPEAKER_0${ids[i]}] ${times.replace(/X/g, String(i))}  ${w.toLowerCase()}`).join('\n');
      const r = readTranscript(text);
      expect(r.speakers).toEqual({ SPEAKER_00: 'clinician', SPEAKER_01: 'patient' });
      expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/\d:\d\d/);
      expect(r.turns[3]!.text.toLowerCase()).toBe('no, just gritty.');
    }
  });

  it("reads Whisper's printed segments, the range in brackets before the speaker id ('[00:00:01.000 --> 00:00:04.000] SPEAKER_00: …')", () => {
    const text = EYE.map((w, i) => `[00:00:0${i}.000 --> 00:00:1${i}.500] SPEAKER_0${ids[i]}: ${w}`).join('\n');
    const r = readTranscript(text);
    expect(r.speakers).toEqual({ SPEAKER_00: 'clinician', SPEAKER_01: 'patient' });
    expect(r.turns.map((t) => t.text)).toEqual(EYE);
  });

  it("reads a Teams name line carrying the attendee's part in brackets ('(Interpreter)') above its time", () => {
    const names = ['Dr. Ruth Lowe', 'Ines Varga (Interpreter)', 'Dr. Ruth Lowe', 'Ines Varga (Interpreter)', 'Dr. Ruth Lowe'];
    const text = EYE.map((w, i) => `${names[i]}\n0:00:${String(i * 7).padStart(2, '0')}\n${w}\n`).join('\n');
    const r = readTranscript(text);
    expect(Object.keys(r.speakers)).toEqual(['Dr. Ruth Lowe', 'Ines Varga (Interpreter)']);
    expect(r.speakers['Dr. Ruth Lowe']).toBe('clinician');
    expect(r.turns.map((t) => t.text)).toEqual(EYE);
  });

  it('takes the elapsed time off unlabelled timed lines, and keeps a ward log\'s clock times', () => {
    const text = EYE.map((w, i) => `00:0${i * 2} ${w}`).join('\n');
    expect(readTranscript(text).turns.map((t) => t.text)).toEqual(EYE);
    const log = ['09:30 Reviewed on the ward round.', '10:15 Bloods sent.', '14:00 Paracetamol 1 g given.'];
    expect(readExportLayouts(log)).toEqual(log);
  });
});

describe('dictation with spoken headings', () => {
  it('writes "history of present illness colon" as a heading, as "plan colon" already was', () => {
    const text = 'History of present illness colon 58-year-old man with 3 days of productive cough period fever to 38.5 period new paragraph plan colon amoxicillin 500 mg three times daily period';
    const n = generateLocalNote(text);
    expect(n.subjective).toMatch(/58-year-old man with 3 days of productive cough/);
    expect(n.subjective).not.toMatch(/colon/);
  });
});

describe('speaker ids alone on their lines', () => {
  // Google Recorder's text export with speaker labels (from memory): the label on its line, no blank line between.
  const RECORDER = [
    'Speaker 1', 'Right, so tell me about the shoulder.',
    'Speaker 2', "It's been stiff for about four months. I can't reach up to the top shelf or do my bra up behind my back.",
    'Speaker 1', 'Any injury?',
    'Speaker 2', "No, it just came on. I'm diabetic if that matters.",
    'Speaker 1', "You've lost external rotation on both active and passive movement. This looks like a frozen shoulder. We'll start gentle stretching exercises and I can offer a steroid injection.",
  ].join('\n');

  it('reads each id as the speaker of the line below it', () => {
    const r = readTranscript(RECORDER);
    expect(r.speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'patient' });
    expect(said(RECORDER)[1]).toBe("p|It's been stiff for about four months. I can't reach up to the top shelf or do my bra up behind my back.");
    expect(r.turns).toHaveLength(5);
    const n = generateLocalNote(RECORDER);
    expect(n.subjective).toMatch(/stiff for about 4 months/);
    expect(n.assessment).toMatch(/frozen shoulder/);
  });
});

describe('a question-and-answer record', () => {
  // A court reporter's or interpreter's layout: `Q.` for the one asking, `A.` for the one answering.
  const QA = [
    'Q.  Good morning. Can you tell me what brought you in today?',
    "A.  I've been feeling really low for about two months. I can't sleep and I've lost interest in everything.",
    'Q.  Have you had any thoughts of harming yourself?',
    "A.  Sometimes I think everyone would be better off without me, but I haven't made any plans.",
    "Q.  Your PHQ-9 today is 19, which is moderately severe depression. I'd like to start sertraline 50 mg daily and refer you to talking therapies.",
  ].join('\n');

  it('reads Q. as the clinician and A. as the patient', () => {
    const r = readTranscript(QA);
    expect(r.speakers).toEqual({ Q: 'clinician', A: 'patient' });
    expect(said(QA)[1]).toBe("p|I've been feeling really low for about two months. I can't sleep and I've lost interest in everything.");
    const n = generateLocalNote(QA);
    expect(n.subjective).toMatch(/feeling really low for about 2 months/);
    expect(n.plan).toMatch(/sertraline 50 mg/);
  });

  // A deposition-style page: every line numbered, wrapped answers too, and the page number alone on a line.
  const DEPOSITION = [
    '                                                          12',
    ' 1   Q.   How long have you had the pain in your lower back?',
    ' 2   A.   About three weeks. It started after I lifted a',
    ' 3   heavy box at work.',
    ' 4   Q.   Does it go down your leg?',
    ' 5   A.   Yes, down the back of my right leg to the',
    ' 6   ankle.',
    " 7   Q.   Straight leg raise is positive on the right at 40 degrees. This is sciatica. I'll refer you to",
    ' 8   physiotherapy and prescribe naproxen 500 mg twice daily.',
    '                                                          13',
    ' 9   A.   Thank you.',
  ].join('\n');

  it("drops a deposition's line and page numbers and runs wrapped answers on", () => {
    expect(said(DEPOSITION)).toEqual([
      'c|How long have you had the pain in your lower back?',
      'p|About three weeks. It started after I lifted a heavy box at work.',
      'c|Does it go down your leg?',
      'p|Yes, down the back of my right leg to the ankle.',
      "c|Straight leg raise is positive on the right at 40 degrees. This is sciatica. I'll refer you to physiotherapy and prescribe naproxen 500 mg twice daily.",
      'p|Thank you.',
    ]);
  });

  it('leaves a dictation with one "A." line alone', () => {
    const lines = ['Assessment and plan.', 'A. Community-acquired pneumonia.', 'Q. Review in 48 hours.'];
    expect(readExportLayouts(lines)).toEqual(lines);
  });
});

describe('tables', () => {
  // A Markdown table, as notetakers and chat assistants export a transcript.
  const MARKDOWN = [
    '| Time | Speaker | Text |', '|------|---------|------|',
    '| 00:00 | Dentist | Hi Chloe, what seems to be the trouble? |',
    "| 00:03 | Patient | My gums bleed when I brush, and they've been sore for a couple of weeks. |",
    '| 00:09 | Dentist | How often do you floss? |',
    '| 00:11 | Patient | Hardly ever, to be honest. |',
    "| 00:14 | Dentist | Your gums are red and swollen along the lower front teeth with some tartar build-up. This is gingivitis. We'll do a scale and polish today. |",
  ].join('\n');

  it('reads a Markdown table by its speaker and text columns', () => {
    const r = readTranscript(MARKDOWN);
    expect(r.speakers).toEqual({ Dentist: 'clinician', Patient: 'patient' });
    expect(said(MARKDOWN)[3]).toBe('p|Hardly ever, to be honest.');
    const n = generateLocalNote(MARKDOWN);
    expect(n.assessment).toMatch(/gingivitis/);
    expect(n.subjective).not.toMatch(/\|/);
  });

  it("reads a CSV whose words are in a 'Dialogue' column", () => {
    const csv = ['Time,Speaker,Dialogue', '00:01,Doctor,"Hi Jo, what brings you in?"', '00:04,Patient,"I have had a rash on my hands for two weeks, it is really itchy."',
      '00:09,Doctor,"This looks like contact dermatitis. Use hydrocortisone cream twice a day."'].join('\n');
    expect(readTranscript(csv).speakers).toEqual({ Doctor: 'clinician', Patient: 'patient' });
    expect(generateLocalNote(csv).assessment).toMatch(/contact dermatitis/);
  });

  // A transcript kept in a notes app as Markdown: a heading per speaker with the time, or the name in bold.
  const RASH = [
    ['Dr Lee', '00:00', 'Hi Jo, what brings you in?'],
    ['Jo Evans', '00:03', "I've had a rash on my hands for two weeks, it's really itchy."],
    ['Dr Lee', '00:09', 'Do you use any new soaps or gloves at work?'],
    ['Jo Evans', '00:12', 'I started wearing latex gloves at the salon last month.'],
    ['Dr Lee', '00:16', 'This looks like contact dermatitis. Use the emollient and hydrocortisone cream twice a day.'],
  ] as const;

  it('reads Markdown speaker headings and bold names with their times', () => {
    const headed = ['# Transcript', '', ...RASH.flatMap(([who, at, words]) => [`### ${who} (${at})`, words, ''])].join('\n');
    const bold = RASH.map(([who, at, words]) => `**${who}** (${at}): ${words}`).join('\n');
    for (const text of [headed, bold]) {
      const r = readTranscript(text);
      expect(r.speakers).toEqual({ 'Dr Lee': 'clinician', 'Jo Evans': 'patient' });
      expect(r.turns.map((t) => t.text)).toEqual(RASH.map(([, , words]) => words));
    }
    expect(generateLocalNote(RASH.map(([who, at, words]) => `**${who}** (${at}): ${words}`).join('\n')).subjective).toMatch(/latex gloves/);
  });

  // Whisper's TSV output: start and end in milliseconds, then the text; no speaker.
  const WHISPER_TSV = [
    'start\tend\ttext',
    '0\t4200\tHi Mr Green, what can I do for you today?',
    '4200\t9800\tI have been getting chest tightness when I walk up hills, for about a month.',
    '9800\t14900\tThat sounds like it could be angina.',
  ].join('\n');

  it("keeps only the words of Whisper's TSV, not its header or millisecond columns", () => {
    const r = readTranscript(WHISPER_TSV);
    expect(r.turns.map((t) => t.text)).toEqual([
      'Hi Mr Green, what can I do for you today?',
      'I have been getting chest tightness when I walk up hills, for about a month.',
      'That sounds like it could be angina.',
    ]);
    expect(generateLocalNote(WHISPER_TSV).subjective).toMatch(/chest tightness/);
  });
});

describe("a product's own lines and title block", () => {
  // Tactiq's text download (header line from memory): the header, the meeting's title and date, then timed lines.
  const TACTIQ = [
    'Transcript delivered by Tactiq.io', '', '# Google Meet - Diabetes review', 'November 12, 2026', '',
    '10:02:14.381 Nurse Jo: Morning Frank, have you brought your readings?',
    "10:02:19.902 Frank Miller: Yes, they've been around nine before breakfast.",
    '10:02:27.110 Nurse Jo: Any hypos?',
    '10:02:29.450 Frank Miller: One last week when I skipped lunch, I was shaky and sweaty.',
    "10:02:36.700 Nurse Jo: Your HbA1c is 64, a bit higher than last time. Let's book you onto the DESMOND course.",
  ].join('\n');

  it('drops the header, title and date, which were read as the clinician and the date as an exam finding', () => {
    const r = readTranscript(TACTIQ);
    expect(r.speakers).toEqual({ 'Nurse Jo': 'clinician', 'Frank Miller': 'patient' });
    expect(r.turns[0]!.text).toBe('Morning Frank, have you brought your readings?');
    const n = generateLocalNote(TACTIQ);
    expect(n.objective).toMatch(/HbA1c is 64/);
    expect(n.objective).not.toMatch(/November 12/);
  });

  // Sonix's text export (from memory): a header and an advertising footer around `Name: [00:00:01] words`.
  const SONIX = [
    'Sonix has transcribed this file. To get the full transcript, visit sonix.ai.', '',
    'Nurse: [00:00:01] Hi Maria, how have your blood sugars been since the diabetes review?',
    "Maria: [00:00:05] Mostly between eight and eleven in the mornings. I've been skipping breakfast a lot.",
    'Nurse: [00:00:12] Your HbA1c is 71. Please keep a food diary for two weeks.', '',
    'Automatically convert your audio files to text with Sonix. Sonix is the best online, automated transcription service.',
  ].join('\n');

  it("drops Sonix's header and footer; the footer had been read as the clinician's last words", () => {
    const r = readTranscript(SONIX);
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/Sonix|sonix/);
    expect(r.turns.at(-1)!.text).toBe('Your HbA1c is 71. Please keep a food diary for two weeks.');
  });

  it("drops Teams' 'started transcription' and 'stopped transcription' lines, the last read as the clinician's words", () => {
    const text = ['Rosa Diaz started transcription', '', 'Rosa Diaz   0:03', 'Hi Mr Ahmed, how is the metformin?', '', 'Yusuf Ahmed   0:06',
      "I've been missing the evening dose, it upsets my stomach.", '', 'Rosa Diaz   0:12', "We'll switch you to slow release metformin.", '',
      'Rosa Diaz stopped transcription'].join('\n');
    expect(said(text)).toEqual(['c|Hi Mr Ahmed, how is the metformin?', "p|I've been missing the evening dose, it upsets my stomach.", "c|We'll switch you to slow release metformin."]);
  });

  it('keeps a dictated preamble before the dialogue, and leaves unlabelled dictation alone', () => {
    const lines = ['Seen with his wife today.', 'Doctor: How is the cough?', 'Patient: Better.', 'Doctor: Good.', 'Patient: Thanks.'];
    expect(blankExportChrome(lines)).toEqual(lines);
    const dictation = ['Knee review', 'November 12, 2026', 'Pain is better. Plan: continue physio.'];
    expect(blankExportChrome(dictation)).toEqual(dictation);
  });
});

describe('document furniture', () => {
  // Text copied out of a PDF: a banner, the practice's running header, page marks and a printed-on stamp, with a turn
  // broken by the page.
  const PDF = [
    'CONFIDENTIAL - PATIENT TRANSCRIPT', 'Riverside Medical Centre', 'Page 1 of 2',
    'Doctor: Hi Mr Evans, what brings you in today?',
    "Patient: I've had pain in my right big toe since last night. It's red and really swollen, I can't even put a sheet on it.",
    'Doctor: Have you had anything like this before?',
    'Patient: Once, about two years ago.',
    "Doctor: The right first MTP joint is hot, red and very tender. This is most likely gout. I'll start naproxen 500 mg twice daily",
    'Printed on 12/11/2026 09:14 by J. Smith', 'Riverside Medical Centre', 'Page 2 of 2',
    "for five days and we'll check your uric acid in six weeks.",
    'Patient: Okay, thank you.', 'CONFIDENTIAL',
  ].join('\n');

  it('blanks page marks, banner, stamp and running header, and runs the broken turn on', () => {
    const r = readTranscript(PDF);
    expect(r.speakers).toEqual({ Doctor: 'clinician', Patient: 'patient' });
    const text = r.turns.map((t) => t.text).join(' | ');
    expect(text).not.toMatch(/Page \d|CONFIDENTIAL|Printed on|Riverside/);
    expect(said(PDF)).toContain("c|The right first MTP joint is hot, red and very tender. This is most likely gout. I'll start naproxen 500 mg twice daily for five days and we'll check your uric acid in six weeks.");
    expect(generateLocalNote(PDF).plan).toMatch(/naproxen 500 mg twice daily for 5 days/);
  });

  it("drops a letterhead's 'Patient: … DOB: … MRN: …' line by the page marks, which was read as the patient's words", () => {
    const header = 'Patient: Jane Doe   DOB: 01/02/1980   MRN: 123456';
    const pages = [header, 'Page 1 of 2', 'Doctor: Hi Jane, how are the headaches?', 'Patient: Better since the propranolol, maybe two a month now.',
      'Doctor: Any side effects?', 'Patient: Cold hands, nothing else.', header, 'Page 2 of 2', "Doctor: Carry on with propranolol 40 mg twice daily and I'll review you in three months."];
    const onePage = [header, 'Page 1 of 1', ...pages.slice(2, 6)];
    for (const text of [pages, onePage]) {
      const r = readTranscript(text.join('\n'));
      expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/DOB|MRN|Jane Doe/);
      expect(r.turns.filter((t) => t.role === 'patient').map((t) => t.text)).toEqual(['Better since the propranolol, maybe two a month now.', 'Cold hands, nothing else.']);
    }
  });

  it('leaves a text without page marks unchanged', () => {
    const lines = ['Doctor: Is this confidential?', 'Patient: Confidential', 'Doctor: Yes.'];
    expect(blankDocumentChrome(lines)).toEqual(lines);
  });
});

describe('non-speech markers', () => {
  const MARKED = [
    "Doctor: [00:00:02] Hi Sophie, how's the little one doing?",
    "Mum: [00:00:05] He's had a fever since yesterday, 39.1 last night [inaudible] and he's off his food.",
    'Doctor: [00:00:12] Is he drinking okay? [crosstalk]',
    "Mum: [00:00:14] Yes, he's drinking (laughs) well, mostly juice.",
    '[crosstalk]',
    'Doctor: [00:00:20] His ears look red on the left side [00:00:24] and his chest is clear. This is an ear infection.',
  ].join('\n');

  it('removes [inaudible], [crosstalk], (laughs) and mid-turn time marks, and never reads a marker as a speaker', () => {
    const r = readTranscript(MARKED);
    expect(r.speakers).toEqual({ Doctor: 'clinician', Mum: 'other' });
    expect(r.turns.map((t) => t.text)).toEqual([
      "Hi Sophie, how's the little one doing?",
      "He's had a fever since yesterday, 39.1 last night and he's off his food.",
      'Is he drinking okay?',
      "Yes, he's drinking well, mostly juice.",
      'His ears look red on the left side and his chest is clear. This is an ear infection.',
    ]);
    expect(generateLocalNote(MARKED).objective).toMatch(/ears look red on the left side and his chest is clear/);
  });

  it('keeps a clinical parenthesis and a bracketed speaker tag', () => {
    const lines = ['[doctor] Any pain (on a scale of ten)?', '[patient] About six (out of ten).'];
    expect(removeNonSpeechMarkers(lines)).toEqual(lines);
  });
});

describe("Azure's numbered guests", () => {
  const AZURE = [
    "Guest-1: Morning, I'm the practice pharmacist. I understand you wanted to talk about your blood pressure tablets.",
    'Guest-2: Yes, since starting the amlodipine my ankles have swollen up.',
    'Guest-1: How long have you been on it?',
    'Guest-2: About six weeks, five milligrams.',
    "Guest-1: Ankle swelling is a common side effect of amlodipine. I'll suggest to the GP that we switch you to ramipril.",
  ].join('\n');

  it('reads Guest-1 and Guest-2 as unnamed voices whose words decide their roles, not as two companions', () => {
    expect(readTranscript(AZURE).speakers).toEqual({ 'Guest-1': 'clinician', 'Guest-2': 'patient' });
    expect(generateLocalNote(AZURE).subjective).toMatch(/ankles have swollen up/);
    // A companion written as a guest stays one.
    expect(readTranscript('Doctor: Hello.\nGuest: I am his wife.\nDoctor: Welcome.\nGuest: Thanks.').speakers.Guest).toBe('other');
  });
});

describe('ordinary transcripts', () => {
  it('reads a plain labelled transcript exactly as before', () => {
    const lines = [
      'Doctor: Good morning, what brings you in?', 'Patient: I have had a sore throat for 4 days.',
      'Doctor: Any fever?', 'Patient: Yes, 38.5 last night.', 'Doctor: Your tonsils are enlarged. This is tonsillitis. Take penicillin V for 10 days.',
    ];
    expect(readExportLayouts(lines)).toEqual(lines);
    expect(readTranscript(lines.join('\n')).turns.map((t) => t.text)).toEqual(lines.map((l) => l.replace(/^\w+: /, '')));
  });

  it('leaves ACI-Bench tags, an Otter export and a subtitle file line for line as they were', () => {
    const aci = ['[doctor] hi , how are you ?', '[patient] i am ok .', '[doctor] any pain ?', '[patient] no .'];
    const otter = ['Emma  0:06', 'Hi, come in.', '', 'Dr Shah  0:09', 'What brings you in?', '', 'Emma  0:12', 'My knee.'];
    const srt = ['1', '00:00:01,000 --> 00:00:03,000', 'Doctor: Hi.', '', '2', '00:00:03,500 --> 00:00:05,000', 'Patient: Hello.', '', '3', '00:00:05,500 --> 00:00:07,000', 'Doctor: Any pain?'];
    for (const lines of [aci, otter, srt]) expect(readExportLayouts(lines)).toEqual(lines);
  });
});
