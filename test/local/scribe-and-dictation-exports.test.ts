import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { hasClinicalContent } from '../../src/local/clinical-content.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { blankToolChrome } from '../../src/text/tool-chrome.js';
import { isHtmlText, readHtmlText } from '../../src/text/html-text.js';

// Transcripts written for these tests (invented patients), in the layouts the tools export.
const DOT_LABELS = [
  'Speaker 1 · 00:02', 'Morning, come on in. What can I do for you today?',
  'Speaker 2 · 00:06', "Hi. I've had this pain in my right heel for about two months, it's worst first thing in the morning.",
  'Speaker 1 · 00:23', "Let me have a look. There's tenderness right at the inside of the heel, and your calf muscles are quite tight.",
  'Speaker 1 · 00:31', "This is plantar fasciitis. I'd like you to do calf stretches twice a day. We'll review in six weeks.",
  'Speaker 2 · 00:40', 'Great, thank you.',
].join('\n');

const TEAMS_DOCX = [
  'Diabetes review-20261124_101503-Meeting Recording', 'November 24, 2026, 10:15AM', '18m 42s', '',
  'Rosa Martinez started transcription', '',
  'Rosa Martinez   0:04', 'Hi Daniel, thanks for joining. How have your sugars been?', '',
  'Daniel Okafor   0:09', 'Up and down. My morning readings are around 9 or 10.', '',
  'Rosa Martinez   0:15', 'Your HbA1c from last week came back at 68. I would like to add gliclazide 40 milligrams with breakfast.', '',
  'Rosa Martinez stopped transcription',
].join('\n');

const PHONE_DICTATION = 'This is Jo Patel speech and language therapist dictating a clinic letter for Mr Harold Green full stop new paragraph '
  + 'Mr Green attended today with his wife comma eight weeks after his stroke full stop his wife reports he is coughing after drinking thin fluids full stop '
  + 'new paragraph on assessment comma his speech is mildly dysarthric full stop on a trial of water he coughed after three sips full stop '
  + 'new paragraph impression colon oropharyngeal dysphagia with thin fluids full stop new paragraph plan colon continue mildly thick fluids and review in four weeks full stop end of dictation';

describe("an ambient scribe's transcript tab", () => {
  it("reads 'Speaker 1 · 00:02' on its own line as the speaker of the lines below it", () => {
    const { turns, speakers } = readTranscript(DOT_LABELS);
    expect(speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'patient' });
    expect(turns[1]).toMatchObject({ role: 'patient', text: expect.stringMatching(/^Hi\. I've had this pain/) });
    const note = generateLocalNote(DOT_LABELS, { specialty: 'podiatrist' });
    expect(note.subjective).toMatch(/right heel for about 2 months/);
    expect(note.objective).toMatch(/tenderness right at the inside of the heel/);
    expect(note.assessment).toMatch(/plantar fasciitis/);
    expect(note.plan).toMatch(/calf stretches twice a day/);
  });

  it("reads the words after the time on the label's own line ('Speaker 2 · 00:06  Hi. I've had…')", () => {
    const inline = DOT_LABELS.replace(/(Speaker \d · \d\d:\d\d)\n/g, '$1  ');
    const { turns, speakers } = readTranscript(inline);
    expect(speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'patient' });
    expect(turns[1]).toMatchObject({ role: 'patient', text: expect.stringMatching(/^Hi\. I've had this pain/) });
  });

  it('does not take "Let me have a look" or "Return if…" for a line of code when deciding whether a text is a visit', () => {
    const visit = DOT_LABELS.replace(/ · \d\d:\d\d/g, '');
    expect(hasClinicalContent(visit)).toBe(true);
    expect(hasClinicalContent('let total = 0;\nfor (const x of xs) total += x;\nreturn total;\nconst pain = 3;')).toBe(false);
  });
});

describe("Teams' transcript document", () => {
  it('blanks its title, date, length and the transcription start and stop lines', () => {
    const lines = TEAMS_DOCX.split('\n');
    const kept = blankToolChrome(lines).filter((l) => l.trim() !== '');
    expect(kept[0]).toBe('Rosa Martinez   0:04');
    expect(kept).not.toContain('Rosa Martinez stopped transcription');
    expect(blankToolChrome(['Reviewed on November 24, 2026, 10:15AM with her daughter.'])).toEqual(['Reviewed on November 24, 2026, 10:15AM with her daughter.']);
    const note = generateLocalNote(TEAMS_DOCX, { specialty: 'nurse_practitioner' });
    expect(note.objective).toMatch(/HbA1c from last week came back at 68/);
    expect(`${note.subjective}\n${note.objective}`).not.toMatch(/18m 42s|November 24/);
  });
});

describe('a phone dictation with spoken punctuation', () => {
  it("leaves out who is dictating, and reads 'on assessment,' as the examination's heading", () => {
    const note = generateLocalNote(PHONE_DICTATION, { specialty: 'slp' });
    expect(`${note.subjective}${note.objective}${note.assessment}${note.plan}`).not.toMatch(/dictating/);
    expect(note.objective).toMatch(/His speech is mildly dysarthric/);
    expect(note.objective).toMatch(/coughed after 3 sips|coughed after three sips/);
    expect(note.assessment).toMatch(/oropharyngeal dysphagia/i);
    expect(note.plan).toMatch(/review in 4 weeks/);
  });

  it("reads a spoken heading with a comma ('Impression, seborrheic dermatitis.') without the heading word", () => {
    const note = generateLocalNote('Chief complaint, itchy scalp. Exam shows greasy scale on the scalp. Impression, seborrheic dermatitis. Plan, ketoconazole shampoo twice weekly.', { specialty: 'generic' });
    expect(note.assessment).toBe('Seborrheic dermatitis.');
    expect(note.plan).toMatch(/^Ketoconazole shampoo twice weekly/);
  });
});

const HTML_PAGE = [
  '<html><head><style>p { margin: 0 }</style></head><body>',
  '<h2>Visit transcript</h2>',
  '<p><b>Dr. Chen:</b> What brings you in today?</p>',
  "<p><b>Maria Lopez:</b> I&#39;ve had a cough for three weeks and some wheezing at night.</p>",
  '<p><b>Dr. Chen:</b> Any fever?</p>',
  '<p><b>Maria Lopez:</b> No fever.</p>',
  '<p><b>Dr. Chen:</b> I can hear some wheezes on both sides. This looks like a post-viral cough. I&#39;ll give you an albuterol inhaler, two puffs as needed.</p>',
  '</body></html>',
].join('\n');

describe('a transcript saved as HTML', () => {
  it('reads the page as text, line for line, so its speakers are labels and the visit is not taken for code', () => {
    const text = readHtmlText(HTML_PAGE);
    expect(text.split('\n')).toHaveLength(HTML_PAGE.split('\n').length);
    expect(text.split('\n')[3]).toBe("Maria Lopez: I've had a cough for three weeks and some wheezing at night.");
    expect(text).not.toMatch(/margin/);
    const note = generateLocalNote(HTML_PAGE, { specialty: 'physician' });
    expect(note.speakers).toEqual({ 'Dr. Chen': 'clinician', 'Maria Lopez': 'patient' });
    expect(note.subjective).toMatch(/cough for 3 weeks/);
    expect(note.subjective).toMatch(/denies fever/i);
    expect(note.assessment).toMatch(/post-viral cough/);
  });

  it('breaks a page of one line at its paragraphs, and leaves plain text and subtitle voices alone', () => {
    expect(readHtmlText('<div><p>Doctor: Any pain?</p><p>Patient: No.</p><p>Doctor: Good.</p></div>').split('\n').map((l) => l.trim()).filter(Boolean))
      .toEqual(['Doctor: Any pain?', 'Patient: No.', 'Doctor: Good.']);
    expect(isHtmlText('Doctor: Keep the dose <5 mg.\nPatient: Okay.')).toBe(false);
    expect(isHtmlText('WEBVTT\n\n00:01.000 --> 00:04.000\n<v Dr Lee>Any pain?</v>\n\n00:05.000 --> 00:07.000\n<v Sam>No.</v>')).toBe(false);
  });
});

describe('visits that name few symptoms or medicines, in diarised labels', () => {
  // Each of these came back as an empty note ("not a clinical encounter") before the gate knew therapy, rehabilitation
  // and animal-care talk.
  const VISITS: Record<string, string> = {
    'a CBT session': [
      'Speaker 0: So last week we talked about the thought record. How did it go?',
      'Speaker 1: I filled it in three times. The worst one was Thursday when my manager emailed me and I was sure I was getting fired.',
      'Speaker 0: What did you rate the worry at the time?',
      'Speaker 1: Ninety percent. Afterwards it was more like forty, because she just wanted the report.',
      "Speaker 0: It sounds like catastrophising is still a pattern for you. This week I'd like you to keep the record going.",
    ].join('\n'),
    'a vet recheck': [
      'Speaker A: Hi, so how has Bella been eating since we changed her food?',
      "Speaker B: Much better, she finishes every bowl now and she's stopped scratching her ears.",
      "Speaker A: Great. She's 12.4 kilos today, up from 11.8. So the food trial is working. Stay on the hydrolysed diet for another four weeks.",
    ].join('\n'),
    'an occupational therapy home visit': [
      'Speaker 1: How are you getting on with the new walking frame?',
      'Speaker 2: Much better, I can get to the kitchen on my own now.',
      'Speaker 1: Let\'s watch you stand up from the chair. Good, you were steady. Timed up and go was 18 seconds, last time it was 26.',
      "Speaker 1: Keep doing the sit to stand practice ten times, three times a day, and I'll come back next Tuesday.",
    ].join('\n'),
  };
  VISITS['a short diabetes review in Teams\' name-then-time layout'] = [
    'Rosa Martinez', '0:04', 'Hi Daniel, thanks for joining. How have your sugars been?', '',
    'Daniel Okafor', '0:09', 'Up and down. My morning readings are around 9 or 10.', '',
    'Rosa Martinez', '0:15', 'Your HbA1c came back at 68. I would like to add gliclazide 40 milligrams with breakfast.',
  ].join('\n');
  VISITS['a dietitian review with role labels'] = [
    "Dietitian: So looking at your food diary, breakfast is often skipped and there's a lot of cola in the afternoon.",
    'Client: Yeah, I grab one at work around three most days.',
    "Dietitian: Let's set two goals for the next month. First, have something for breakfast. Second, swap the afternoon cola for sparkling water.",
  ].join('\n');
  for (const [name, text] of Object.entries(VISITS)) {
    it(`writes a note from ${name}`, () => {
      expect(hasClinicalContent(text)).toBe(true);
      const note = generateLocalNote(text, { specialty: 'generic' });
      expect(`${note.subjective}${note.objective}${note.assessment}${note.plan}`).not.toBe('');
    });
  }
});

describe('a phone dictation in lower case with spoken punctuation, headings and a corrected slip', () => {
  const dictation = 'okay this is doctor amy chen dictating a clinic note new paragraph subjective colon maria is a sixty two year old woman seen for follow up of her diabetes period '
    + 'she has been taking metformin one gram twice daily comma no wait scratch that comma metformin five hundred milligrams twice daily period '
    + 'new paragraph objective colon blood pressure one forty two over eighty eight comma pulse seventy six period hba1c sixty four period '
    + 'new paragraph assessment colon one period type two diabetes comma suboptimally controlled period two period hypertension comma above target period '
    + 'new paragraph plan colon start amlodipine five milligrams once daily period refer to podiatry period end of dictation';
  const note = generateLocalNote(dictation, { specialty: 'physician' });

  it('reads "subjective colon", "objective colon" and numbered items said as "one period"', () => {
    expect(note.subjective).toContain('Maria is a 62 year old woman seen for follow up of her diabetes.');
    expect(note.objective).toContain('Blood pressure 142/88 mmHg, pulse 76 bpm.');
    expect(note.assessment.split('\n')).toEqual(['Type two diabetes, suboptimally controlled.', 'Hypertension, above target.']);
    expect(note.plan).toContain('Refer to podiatry.');
  });

  it('keeps the corrected medicine, not the slip', () => {
    expect(note.subjective).toContain('metformin 500 mg twice daily');
    expect(note.subjective).not.toMatch(/one gram|scratch/);
  });
});
