import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { blankToolChrome } from '../../src/text/tool-chrome.js';

// Transcripts written for these tests (invented patients), in the layouts the tools export.
const WHATSAPP = [
  '12/11/2026, 08:02 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.',
  "12/11/2026, 08:02 - Midwife Kerry: Morning Leah, it's Kerry from the community midwives. How are you feeling today?",
  "12/11/2026, 08:05 - Leah: Hi Kerry. Not great, I've had a headache since last night that paracetamol isn't touching",
  '12/11/2026, 08:05 - Leah: and my feet and hands are really puffy',
  '12/11/2026, 08:07 - Midwife Kerry: Any pain under your ribs on the right?',
  '12/11/2026, 08:08 - Leah: No',
  '12/11/2026, 08:08 - Leah: <Media omitted>',
  "12/11/2026, 08:09 - Leah: that's my BP from the home machine, 152/101",
  "12/11/2026, 08:11 - Midwife Kerry: With a headache, swelling and that blood pressure I'm worried about pre-eclampsia.",
  "I'd like you to go straight to the maternity assessment unit now for bloods and a urine check.",
].join('\n');

const MEET = [
  'Sleep review - Transcript', 'Attendees', 'Dr Hannah Osei, Mark Ellison', 'Transcript', '00:00:00', '',
  'Dr Hannah Osei: Hi Mark. How long does it take you to fall asleep now?',
  'Mark Ellison: About twenty minutes, it used to be over an hour.',
  '00:05:00',
  'Dr Hannah Osei: Your insomnia severity index today is 9, down from 19. So this is chronic insomnia that is responding well to CBT-I.',
  'Dr Hannah Osei: We will meet again in two weeks to review the diary.',
  'Meeting ended after 00:09:41 👋',
].join('\n');

const ZOOM_VTT = [
  'WEBVTT', '', '1', '00:00:02.120 --> 00:00:05.640', 'Rosa Diaz, NP: Hi Mr Ahmed, can you hear me okay?', '',
  '2', '00:00:06.010 --> 00:00:08.330', 'Yusuf Ahmed: Yes, loud and clear.', '',
  '3', '00:00:09.100 --> 00:00:14.870', 'Rosa Diaz, NP: Your A1c came back at 8.9, up from 7.8 in June. How have you been getting on with the metformin?', '',
  '4', '00:00:15.200 --> 00:00:21.410', "Yusuf Ahmed: I've been missing the evening dose a lot, it upsets my stomach.", '',
  '5', '00:00:22.000 --> 00:00:31.950', "Rosa Diaz, NP: Okay. We'll switch you to the slow release metformin, 1000 mg twice daily with food.",
].join('\n');

describe('chat exports', () => {
  it("reads a WhatsApp export without its system line and media placeholders, each time-stamped message its own", () => {
    const r = readTranscript(WHATSAPP);
    expect(r.speakers).toEqual({ 'Midwife Kerry': 'clinician', Leah: 'patient' });
    const said = r.turns.map((t) => t.text).join(' | ');
    expect(said).not.toMatch(/encrypted|Media omitted/);
    // "No" and the next message are two answers; a message opening on "and" goes on with the one before.
    expect(r.turns.map((t) => t.text)).toContain('No');
    expect(said).toMatch(/isn't touching and my feet/);
    const n = generateLocalNote(WHATSAPP);
    expect(n.subjective).toMatch(/BP from the home machine, 152\/101/);
    expect(n.plan).toMatch(/maternity assessment unit/);
  });

  it('keeps a message that mentions a placeholder word, and leaves ordinary transcripts as they are', () => {
    const lines = ['Doctor: Did the photo come through?', 'Patient: I think it was deleted, sorry.', 'Doctor: Attendees at the clinic are asked to wear masks.'];
    expect(blankToolChrome(lines)).toEqual(lines);
  });
});

describe('meeting exports', () => {
  it("reads a Google Meet transcript without its title, attendee list, time marks and 'Meeting ended' line", () => {
    const r = readTranscript(MEET);
    expect(r.speakers).toEqual({ 'Dr Hannah Osei': 'clinician', 'Mark Ellison': 'patient' });
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/Attendees|Transcript|Meeting ended|Mark Ellison,/);
    const n = generateLocalNote(MEET);
    expect(`${n.subjective}\n${n.objective}`).not.toMatch(/Meeting ended/);
    expect(n.assessment).toMatch(/chronic insomnia/);
  });

  it("reads a Zoom WebVTT whose cues name the speaker with a credential ('Rosa Diaz, NP:')", () => {
    const r = readTranscript(ZOOM_VTT);
    expect(r.speakers).toEqual({ 'Rosa Diaz, NP': 'clinician', 'Yusuf Ahmed': 'patient' });
    const n = generateLocalNote(ZOOM_VTT);
    expect(n.objective).toMatch(/A1c came back at 8\.9/);
    expect(n.subjective).toMatch(/missing the evening dose/);
    expect(`${n.subjective}${n.objective}${n.plan}`).not.toMatch(/Rosa Diaz|NP:/);
    expect(n.plan).toMatch(/1000 mg twice daily/);
  });
});

describe('a consultation by chat with a photo', () => {
  const CHAT = [
    '[14:04] Pharmacist_Sam: Have you been able to upload a photo of the rash?',
    '[14:05] jo.b: yes just sent it',
    "[14:06] Pharmacist_Sam: Thanks, I can see it. There are clusters of small blisters on a red base in a band on the right side of your back. That looks typical of shingles.",
    '[14:07] jo.b: oh no',
    '[14:08] Pharmacist_Sam: I can supply aciclovir 800 mg five times a day for seven days.',
  ].join('\n');

  it('reads what the clinician sees in the photo as the examination, and what they can supply as the plan', () => {
    const n = generateLocalNote(CHAT);
    expect(n.objective).toMatch(/clusters of small blisters on a red base/);
    expect(n.plan).toMatch(/aciclovir 800 mg 5 times a day for 7 days/);
  });

  it('does not open an examination on a picture said in passing', () => {
    const n = generateLocalNote(['Clinician: Shall we look at some pictures? What is this one?', 'Child: A tat.', 'Clinician: So from the picture naming, he replaces k with t. That is called fronting.'].join('\n'));
    expect(n.objective).not.toMatch(/fronting/);
  });
});

describe('diarised and unlabelled exports', () => {
  it('reads a short unlabelled subtitle file as a visit pasted a turn a cue (two questions, each answered on the next cue)', () => {
    const SRT = [
      '1', '00:00:00,500 --> 00:00:03,100', "So what's been happening with your eye?", '',
      '2', '00:00:03,400 --> 00:00:07,900', "It's been red and painful for three days,", 'and the light really hurts it.', '',
      '3', '00:00:08,200 --> 00:00:10,000', 'Which eye is it?', '',
      '4', '00:00:10,300 --> 00:00:11,200', 'The left one.', '',
      '5', '00:00:11,600 --> 00:00:16,800', 'Your vision in the left eye is 6/12 today.', 'There are cells in the front chamber and the pupil is small.', '',
      '6', '00:00:17,100 --> 00:00:21,900', "This is anterior uveitis. I'm going to start you on", 'prednisolone drops every hour while awake.',
    ].join('\n');
    const n = generateLocalNote(SRT);
    expect(n.subjective).not.toMatch(/what's been happening|Which eye is it/);
    expect(n.subjective).toMatch(/red and painful for 3 days/);
    expect(n.objective).toMatch(/6\/12/);
    expect(n.plan).toMatch(/prednisolone drops every hour/);
  });

  it('keeps a one-question dictation as dictation', () => {
    const n = generateLocalNote(['Seen today in clinic.', 'Why is the knee still swollen?', 'Probably the effusion has not settled.', 'Plan: aspirate next week.'].join('\n'));
    expect(n.plan).toMatch(/aspirate next week/i);
  });

  it('reads a second diarised speaker who orders tests and treatment as a clinician, not a relative', () => {
    const WARD = [
      'spk_0: right so this is mr carter in bay four he came in overnight with a chest infection',
      'spk_1: morning mr carter how are you feeling',
      "spk_2: rough to be honest i'm shivery and i can't catch my breath",
      'spk_0: his obs this morning temperature thirty eight point nine heart rate one hundred and eighteen bp ninety four over fifty',
      'spk_1: okay he needs blood cultures then iv co-amoxiclav. we will give him a fluid bolus and oxygen too',
      'spk_2: am i going to be alright',
    ].join('\n');
    expect(readTranscript(WARD).speakers).toEqual({ spk_0: 'clinician', spk_1: 'clinician', spk_2: 'patient' });
    expect(generateLocalNote(WARD).plan).toMatch(/blood cultures then iv co-amoxiclav/i);
  });

  it('keeps a relative who asks for treatment as a relative', () => {
    const r = readTranscript([
      'Speaker 1: What brings you in today? Any allergies? Let me take a look.',
      "Speaker 2: It's my chest, I've been coughing for a week.",
      'Speaker 3: He needs antibiotics, doctor, he always does. He needs a chest x-ray too.',
      "Speaker 1: I'm going to listen to your chest. Your oxygen is 96 percent.",
    ].join('\n'));
    expect(r.speakers['Speaker 3']).not.toBe('clinician');
  });
});

describe("an ambient scribe's CLINICIAN / PATIENT / OTHER export", () => {
  const AMBIENT = [
    "CLINICIAN: Hi Mr Doyle, I'm Dr Shah. What's been going on?",
    "PATIENT: I've been getting this tightness in my chest when I walk the dog, for about two months.",
    'CLINICIAN: Does it go away when you stop?',
    'CLINICIAN: Yeah, after a few minutes it eases off.',
    'PATIENT: Any pain at rest?',
    'PATIENT: No, never at rest.',
    'OTHER: His dad had a heart attack at 55.',
    'CLINICIAN: Your blood pressure today is 150/92. I think this is stable angina.',
  ].join('\n');

  it('gives an answer filed under the one who asked to the patient, and a question filed under the patient to the clinician', () => {
    const r = readTranscript(AMBIENT);
    expect(r.turns.map((t) => t.role[0]).join('')).toBe('cpcpcpoc');
    const n = generateLocalNote(AMBIENT);
    expect(n.subjective).toMatch(/after a few minutes it eases off/i);
    expect(n.subjective).toMatch(/denies pain at rest/i);
  });

  it("reads 'OTHER:' said once as another person present", () => {
    expect(readTranscript(AMBIENT).speakers.OTHER).toBe('other');
    expect(generateLocalNote(AMBIENT).subjective).toMatch(/Per another person present, his dad had a heart attack at 55/);
  });

  it('keeps a clinician who asks and then goes on, and one split over two cues, as the clinician', () => {
    const r = readTranscript(['Doctor: Does it hurt when you walk?', 'Doctor: No, let me ask it another way. Where does it hurt?', 'Patient: In the heel.', 'Doctor: Any swelling?', 'Doctor: Yes, I can see some over the ankle.'].join('\n'));
    expect(r.turns.map((t) => t.role[0]).join('')).toBe('ccpcc');
  });
});

describe('durations in chat shorthand', () => {
  it('writes "1 wk" as 1 week and leaves "1 week" singular', () => {
    const n = generateLocalNote(['Doctor: How long has it been?', 'Patient: abt 3wks, the rash 1 wk', 'Doctor: I will review you in 1 week.'].join('\n'));
    expect(n.subjective).toMatch(/about 3 weeks, the rash 1 week\b/);
    expect(n.plan).toMatch(/in 1 week\./);
  });
});

describe('an Otter export of a vet visit', () => {
  const OTTER = [
    'Dr. Maya Lin  0:02', "Hi, come on in. So this is Bella? What's been going on with her?", '',
    'Unknown Speaker  0:07', "Yeah, she's been limping on her back left leg since Saturday.", '',
    'Dr. Maya Lin  0:24', "Okay. She weighs 32.4 kilos today. On the left stifle there's a positive drawer sign.", '',
    'Dr. Maya Lin  0:41', "So this looks like a cranial cruciate ligament rupture. We'll send her home on meloxicam 1.5 milligrams once daily. Strict rest, lead walks only.", '',
    'Transcribed by https://otter.ai',
  ].join('\n');

  it("opens the examination on 'she weighs', so the verbless advice after the verdict is the plan; the footer is left out", () => {
    const n = generateLocalNote(OTTER);
    expect(n.objective).toMatch(/weighs 32\.4 kg today/);
    expect(n.plan).toMatch(/Strict rest, lead walks only/);
    expect(Object.values(n).join('\n')).not.toMatch(/otter\.ai|Transcribed/);
  });
});

describe('Descript exports', () => {
  it("reads 'Name: [00:00:07] words' without the time in the words", () => {
    const r = readTranscript(['Laura: [00:00:00] Hi, I am Laura, the occupational therapist. Have you had any falls?', 'Mr Brennan: [00:00:07] Two falls in the last month.', 'Laura: [00:00:14] Meet me at 10:30 tomorrow.'].join('\n'));
    expect(r.turns.map((t) => t.text)).toEqual(['Hi, I am Laura, the occupational therapist. Have you had any falls?', 'Two falls in the last month.', 'Meet me at 10:30 tomorrow.']);
  });
});

describe('names outside ASCII', () => {
  it("reads 'Dr. Sørensen (00:02):' alone on its line (Rev), 'José Núñez:' and Otter's 'Zoë Müller  0:04' as labels", () => {
    const rev = readTranscript(['Dr. Sørensen (00:02):', 'How is your mood?', '', 'Speaker 2 (00:05):', 'Pretty steady, I have been back at work.', '', 'Dr. Sørensen (00:09):', 'Any side effects from the lithium?', '', 'Speaker 2 (00:12):', 'My hands shake a bit.'].join('\n'));
    expect(rev.speakers).toEqual({ 'Dr. Sørensen': 'clinician', 'Speaker 2': 'patient' });
    expect(rev.turns.map((t) => t.role[0]).join('')).toBe('cpcp');
    const colon = readTranscript(['Dr. Ødegaard: What brings you in?', 'José Núñez: My knee has been swelling for a week.', 'Dr. Ødegaard: Any injury?', 'José Núñez: No, none.'].join('\n'));
    expect(colon.speakers).toEqual({ 'Dr. Ødegaard': 'clinician', 'José Núñez': 'patient' });
    const otter = readTranscript(['Zoë Müller  0:04', 'Hi, I am the physiotherapist. How is the shoulder?', '', 'Ægir Þórsson  0:09', 'Still sore when I reach up.'].join('\n'));
    expect(Object.keys(otter.speakers)).toEqual(['Zoë Müller', 'Ægir Þórsson']);
  });
});

describe('lines an ambient scribe files under the wrong speaker', () => {
  it("gives a prescription or a reading of 'your' blood pressure to the clinician, a first-person complaint to the patient", () => {
    const r = readTranscript([
      'CLINICIAN: What brings you in today?',
      'CLINICIAN: My knee has been killing me for three weeks, worse on the stairs.',
      'PATIENT: Okay. Your blood pressure is 162 over 98 today.',
      "PATIENT: I'm going to start you on ramipril 2.5 mg once a day.",
      'PATIENT: Will it make me cough?',
      'CLINICIAN: My plan is to recheck your kidneys in two weeks.',
    ].join('\n'));
    expect(r.turns.map((t) => t.role[0]).join('')).toBe('cpccpc');
  });

  it('leaves a transcript with a single role alone', () => {
    const r = readTranscript(['Doctor: My knee has been sore too, funnily enough.', 'Doctor: Your blood pressure is 120 over 80.'].join('\n'));
    expect(r.turns.every((t) => t.role === 'clinician')).toBe(true);
  });
});
