import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { checkGrounding } from '../../src/grounding/index.js';

const TEAMS = [
  'Hughes, Laura (Physiotherapist)   0:04', 'Morning Dan, can you see and hear me okay?', '',
  'Price, Daniel   0:09', 'Yeah, all good thanks.', '',
  'Hughes, Laura (Physiotherapist)   0:12', 'Great. So how has the shoulder been since we last spoke?', '',
  'Price, Daniel   0:17', "Still sore when I reach overhead. About a five out of ten, worse at night.", '',
  'Hughes, Laura (Physiotherapist)   0:29', 'Okay. Any pins and needles down the arm?', '',
  'Price, Daniel   0:33', 'No, none.', '',
  'Hughes, Laura (Physiotherapist)   0:36', "You're getting to about 90 degrees before it catches. This looks like rotator cuff tendinopathy. I'll see you again in three weeks.",
].join('\n');

const WHISPER = [
  "[00:00.000 --> 00:03.200]  Hi there, come in, have a seat. What's brought you in today?",
  "[00:03.200 --> 00:07.800]  I've had this cough for about three weeks now and it's just not going away.",
  '[00:07.800 --> 00:10.400]  Okay. Are you bringing anything up when you cough?',
  '[00:10.400 --> 00:13.000]  Yeah, green phlegm, mostly in the mornings.',
  '[00:22.900 --> 00:28.400]  Okay, let me have a listen to your chest. There are some crackles at the right base.',
  '[00:28.400 --> 00:33.600]  Your temperature is 37.9 and your oxygen is 95 percent. I think this is a chest infection,',
  "[00:33.600 --> 00:38.000]  so I'll give you amoxicillin 500 milligrams three times a day for five days.",
].join('\n');

const MEMO = 'Home visit full stop she reports her breathing is worse over the last week comma she now sleeps on three pillows full stop new paragraph on examination weight 74 point 2 kilos comma up 3 kilos since last week full stop crackles at both bases full stop new paragraph impression worsening heart failure full stop plan increase furosemide to 80 milligrams, no sorry, 60 milligrams in the morning full stop recheck weight and bloods in three days full stop';

describe('transcripts exported by meeting and speech tools', () => {
  it("reads Teams' copied transcript: a 'Surname, First (Role)   m:ss' line, then the words", () => {
    const r = readTranscript(TEAMS);
    expect(r.speakers).toEqual({ 'Hughes, Laura (Physiotherapist)': 'clinician', 'Price, Daniel': 'patient' });
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/0:\d\d|Hughes/);
    const n = generateLocalNote(TEAMS);
    expect(n.subjective).toMatch(/5\/10, worse at night/);
    expect(n.subjective).toMatch(/denies pins and needles/);
    expect(n.assessment).toMatch(/rotator cuff tendinopathy/);
    expect(checkGrounding(n, TEAMS)).toEqual([]);
  });

  it("reads a Teams guest ('Price, Daniel (Guest)') as whoever they are, not as a companion", () => {
    const guest = TEAMS.replace(/^Price, Daniel {3}/gm, 'Price, Daniel (Guest)   ');
    expect(readTranscript(guest).speakers).toEqual({ 'Hughes, Laura (Physiotherapist)': 'clinician', 'Price, Daniel': 'patient' });
  });

  it("reads Whisper's segments without their timings, a sentence cut between two segments as one", () => {
    const r = readTranscript(WHISPER);
    expect(r.turns.map((t) => t.text).join(' ')).not.toMatch(/-->|\[00/);
    const n = generateLocalNote(WHISPER);
    expect(n.subjective).toMatch(/cough for about 3 weeks/);
    expect(n.objective).toMatch(/crackles at the right base/);
    expect(n.assessment).toMatch(/chest infection/);
    expect(n.plan).toMatch(/amoxicillin 500 mg 3 times a day for 5 days/);
    expect(checkGrounding(n, WHISPER)).toEqual([]);
  });

  it('writes the punctuation a dictating clinician spoke, and keeps only the corrected dose', () => {
    const n = generateLocalNote(MEMO);
    const all = [n.subjective, n.objective, n.assessment, n.plan].join('\n');
    expect(all).not.toMatch(/full stop|comma|new paragraph|no sorry|80 mg/);
    expect(n.objective).toMatch(/74\.2 kg/);
    expect(n.assessment).toMatch(/worsening heart failure/i);
    expect(n.plan).toMatch(/furosemide to 60 mg in the morning/);
  });

  it('leaves "period" and "comma" that are words, and texts that say them once', () => {
    const said = 'Doctor: When was your last period?\nPatient: Two weeks ago, and my period pain was bad.\nDoctor: Any comma-shaped rash?';
    expect(readTranscript(said).turns.map((t) => t.text)).toEqual(['When was your last period?', 'Two weeks ago, and my period pain was bad.', 'Any comma-shaped rash?']);
  });
});

describe('speakers and slips', () => {
  it('names an INT: label the interpreter', () => {
    const t = 'DR: Can you ask her what the problem is?\nINT: She says she has had a burning when she passes urine for four days.\nPT: [speaks Polish]\nDR: Any fever?\nINT: No fever.';
    expect(readTranscript(t).speakers).toEqual({ DR: 'clinician', INT: 'other', PT: 'patient' });
    expect(generateLocalNote(t).subjective).toMatch(/per the interpreter/);
  });

  it('keeps the side a speaker corrected to, and drops the one corrected', () => {
    const n = generateLocalNote("Doctor: And it's the left ankle, no sorry, the right ankle that's more swollen.");
    expect(n.objective).toMatch(/right ankle that's more swollen/);
    expect(n.objective).not.toMatch(/left/);
  });

  it('reads "I did, I stopped two years ago" to "Do you smoke?" as a former smoker', () => {
    const n = generateLocalNote('Doctor: Do you smoke?\nPatient: I did, I stopped two years ago.');
    expect(n.subjective).toMatch(/Ex-smoker; stopped 2 years ago\./);
    expect(n.subjective).not.toMatch(/patient smokes/i);
  });
});

describe('caption lines wrapped mid-sentence', () => {
  it('joins a caption line that stops on "when" with the next, even when that opens with "I"', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:04,000', "PATIENT: I think I've got a water infection. It's burning when", 'I wee, like really stinging.', '',
      '2', '00:00:04,500 --> 00:00:06,000', 'DOCTOR: How long has that been going on?'].join('\n');
    expect(readTranscript(srt).turns[0]!.text).toBe("I think I've got a water infection. It's burning when I wee, like really stinging.");
  });

  it('leaves a plain transcript\'s trailing-off line alone', () => {
    const plain = "Doctor: We'll be a step closer to figuring out which way we\nIt might be a problem inside the ear.";
    expect(readTranscript(plain).turns.map((t) => t.text)).toHaveLength(2);
  });
});

describe('items named after "here is what I am going to order"', () => {
  it('puts each item in the plan', () => {
    const n = generateLocalNote([
      'OT: Can you get on and off the toilet?', "Patient: It's very low, I pull myself up on the sink.",
      "OT: So here's what I'm going to order. A raised toilet seat with a frame around it, so you've got something to push up on. A second rail on the stairs, on the right side, so you've got two to hold.",
    ].join('\n'), { specialty: 'occupational_therapy' });
    expect(n.plan).toMatch(/raised toilet seat with a frame/);
    expect(n.plan).toMatch(/second rail on the stairs/);
  });
});

describe('a ward round where a nurse asks and the registrar decides', () => {
  it('writes the registrar\'s "Yes. Stop the IV…" as the plan, not as a report per the registrar', () => {
    const n = generateLocalNote([
      'Reg: Morning Mr Novak. How is the breathing today?', 'Pt: Much better, thanks.',
      'Reg: Your CRP has come down to 60. Your chest sounds clearer.', 'Reg: Any allergies?', 'Pt: None.',
      'Staff Nurse: So switch to oral?',
      'Reg: Yes. Stop the IV co-amoxiclav, switch to oral co-amoxiclav 625 mg three times a day, to finish five days in total.',
    ].join('\n'));
    expect(n.plan).toMatch(/oral co-amoxiclav 625 mg 3 times a day/);
    expect(n.subjective).not.toMatch(/per the reg/i);
  });
});

describe('safety-netting read out as a list of red flags', () => {
  it('puts the announcement and the "if she is floppy…" list in the plan, not the exam', () => {
    const n = generateLocalNote([
      'Doctor: Her right eardrum is red and bulging. This is an ear infection.',
      "Doctor: And there are some things I'd want you to call 999 or take her to A&E straight away for.",
      "Doctor: If she's floppy or very hard to wake, has a rash that doesn't fade when you press a glass on it, or a stiff neck.",
      "Dad: Okay, I'll watch for that.",
    ].join('\n'));
    expect(n.plan).toMatch(/999/);
    expect(n.plan).toMatch(/floppy or very hard to wake/);
    expect(n.objective).not.toMatch(/floppy|999/);
  });

  it('leaves "there are a few things, I\'ll call you with the results" out of the safety net', async () => {
    const { isReturnPrecaution } = await import('../../src/local/return-precautions.js');
    expect(isReturnPrecaution("There are a few things I'll call you about when the results are back.")).toBe(false);
    expect(isReturnPrecaution('If he has a fit or turns blue, ring 999.')).toBe(true);
  });
});

describe('a recap confirmed with when it happened', () => {
  it('writes the recap without its address and lead-in, with the when the yes adds', () => {
    const n = generateLocalNote([
      'Consultant: So, Mrs Hale, just to remind me of the story, you fell and hurt your wrist?',
      'Patient: Yes, two weeks ago today.',
      'Consultant: How is the pain now?', 'Patient: About 3 out of 10.',
    ].join('\n'));
    expect(n.subjective).toMatch(/^The patient fell and hurt her wrist, 2 weeks ago today\.$/m);
    expect(n.subjective).not.toMatch(/remind me|Mrs Hale/);
  });
});

describe('a postnatal examination', () => {
  it('keeps what the examiner felt of the womb and saw of the stitches', () => {
    const n = generateLocalNote([
      'GP: How is your mood?', 'Mum: Much better.',
      "GP: Can I have a look at your tummy and check the stitches? The uterus isn't palpable any more, which is what we expect. Chest's clear.",
      'Mum: Good.',
    ].join('\n'));
    expect(n.objective).toMatch(/uterus isn't palpable/);
    expect(n.objective).toMatch(/Chest's clear/);
  });
});

describe('a voice memo with spoken headings and a corrected dose', () => {
  it('reads "plan colon" as a heading and "2 milligrams, sorry, to 1.5 milligrams" as 1.5 mg', () => {
    const memo = 'Follow up visit period he says his ankles are more swollen this week comma and he is more breathless period new line observations colon blood pressure 102 over 64 comma weight 88 point 4 kilograms period new line plan colon increase the bumetanide from 1 milligram to 2 milligrams, sorry, to 1.5 milligrams each morning period';
    const n = generateLocalNote(memo);
    expect(n.objective).toMatch(/^Blood pressure 102\/64 mmHg, weight 88\.4 kg\.$/m);
    expect(n.plan).toMatch(/^Increase the bumetanide from 1 mg to 1\.5 mg each morning\.$/m);
    expect([n.subjective, n.objective, n.plan].join(' ')).not.toMatch(/colon|period|2 mg/);
  });
});

describe('tables, screenplay layouts and numbered lines', () => {
  const say = [['Doctor', 'Hi, what brings you in today?'], ['Patient', 'I have had a sore throat for four days, and a fever.'], ['Doctor', 'Any cough?'], ['Patient', 'No.'],
    ['Doctor', 'Your tonsils are swollen with white patches. This looks like tonsillitis, so I will give you penicillin V 500 mg four times a day for ten days.']];
  const layouts: Record<string, string> = {
    csv: ['speaker,start,end,text', ...say.map(([w, t], i) => `${w},${i}.0,${i}.9,"${t!.replace(/"/g, '""')}"`)].join('\n'),
    tsv: say.map(([w, t]) => `${w}\t${t}`).join('\n'),
    screenplay: say.map(([w, t]) => `${w!.toUpperCase()}\n${t}`).join('\n\n'),
    numbered: say.map(([w, t], i) => `${i + 1}. ${w}: ${t}`).join('\n'),
    "Word's transcribe export": say.map(([w, t], i) => `00:00:0${i} Speaker ${w === 'Doctor' ? 1 : 2}\n${t}`).join('\n\n'),
    'Meet with bare timestamps': ['00:00:00', ...say.slice(0, 2).map(([w, t]) => `${w}: ${t}`), '00:01:00', ...say.slice(2).map(([w, t]) => `${w}: ${t}`)].join('\n'),
  };
  for (const [name, text] of Object.entries(layouts)) {
    it(`reads a ${name} transcript as a labelled one`, () => {
      const r = readTranscript(text);
      expect(r.turns.map((t) => t.role[0]).join('')).toBe('cpcpc');
      const n = generateLocalNote(text);
      expect(n.subjective).toMatch(/sore throat for 4 days/);
      expect(n.subjective).toMatch(/denies cough/);
      expect(n.assessment).toMatch(/tonsillitis/);
      expect(n.plan).toMatch(/penicillin V 500 mg 4 times a day for 10 days/);
      expect(checkGrounding(n, text)).toEqual([]);
    });
  }

  it('leaves timed ward-note lines ("09:30 Patient reviewed") as text', () => {
    expect(readTranscript('09:30 Patient reviewed\nFeeling better, eating and drinking.\n14:05 Seen by physio\nMobilising with a frame.').labelled).toBe(false);
  });

  it('leaves a dictation with headings on their own lines, and a numbered problem list, as they are', () => {
    const headed = 'HISTORY\nSore throat for four days.\n\nEXAMINATION\nTonsils swollen with exudate.\n\nIMPRESSION\nTonsillitis.';
    expect(readTranscript(headed).labelled).toBe(false);
    const list = '1. Hypertension, not at goal. Add amlodipine 5 mg.\n2. Diabetes, A1c 7.1. Continue metformin.\n3. Follow up in 3 months.';
    expect(readTranscript(list).turns.map((t) => t.text)).toEqual(list.split('\n'));
  });
});

describe('chat shorthand', () => {
  it('reads "2 dys", "abt 3 wks", "u" and drops "tbh"', () => {
    const chat = [
      '[19:02] Pharmacist_Sam: Hello, how can I help?',
      '[19:03] mikeyb_77: hi my eye has been red and sticky for 2 dys, crusty in the morning',
      '[19:03] Pharmacist_Sam: How long have u had the cough?',
      '[19:04] mikeyb_77: abt 3 wks tbh, worse at night',
    ].join('\n');
    const n = generateLocalNote(chat);
    expect(n.subjective).toMatch(/red and sticky for 2 days/);
    expect(n.subjective).toMatch(/about 3 weeks, worse at night/);
    expect(n.subjective).not.toMatch(/tbh|wks|dys/);
    expect(checkGrounding(n, chat)).toEqual([]);
  });
});
