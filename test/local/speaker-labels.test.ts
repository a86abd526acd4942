import { describe, expect, it } from 'vitest';
import { describeSpeaker } from '../../src/local/describe-speaker.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { generateLocalNote } from '../../src/local/index.js';

const speakers = (t: string) => readTranscript(t).speakers;
const roles = (t: string) => readTranscript(t).turns.map((x) => x.role);

describe('speaker labels of any convention', () => {
  it('maps role words from the lexicon: clinicians of every kind, patients, clients, companions', () => {
    expect(speakers('Dentist: Open wide.\nPatient: Okay.')).toEqual({ Dentist: 'clinician', Patient: 'patient' });
    expect(speakers('Therapist: How was the week?\nClient: Rough.')).toEqual({ Therapist: 'clinician', Client: 'patient' });
    expect(speakers('Vet: What is going on with Bella?\nOwner: She is vomiting.')).toEqual({ Vet: 'clinician', Owner: 'other' });
    expect(speakers('Pharmacist: Your INR is 3.6.\nPatient: Oh.')).toEqual({ Pharmacist: 'clinician', Patient: 'patient' });
    expect(speakers('Doctor: Who is this?\nMom: This is Leo, he has a fever.\nLeo: My ear hurts.'))
      .toEqual({ Doctor: 'clinician', Mom: 'other', Leo: 'patient' });
  });

  it('reads a ward round\'s registrar as a clinician', () => {
    expect(speakers('Reg: Morning, how is the breathing?\nPt: Better.\nStaff Nurse: Sats 95% on air.')).toEqual({ Reg: 'clinician', Pt: 'patient', 'Staff Nurse': 'clinician' });
  });

  it('reads a lone mother speaking of herself as the patient (her own postnatal check), and of her child as a parent', () => {
    const own = ['GP: Hi Amy, this is your six week check. How are you feeling?', "Mum: Tired, but I'm okay. My stitches still sting a bit when I sit.",
      'GP: How is your mood?', "Mum: Up and down. I cry a lot in the evenings and I feel I'm not coping some days.",
      'GP: And how is baby?', "Mum: She's feeding well.", 'GP: Contraception?', "Mum: I'd like the mini pill, I'm breastfeeding."].join('\n');
    expect(speakers(own)).toEqual({ GP: 'clinician', Mum: 'patient' });
    const child = ['GP: What is going on with Leo?', "Mum: He's had a fever since Sunday and he's pulling at his ear.", 'GP: Is he eating?',
      "Mum: Not much, I've been giving him Calpol and he's drinking okay. I think he's a bit better today."].join('\n');
    expect(speakers(child)).toEqual({ GP: 'clinician', Mum: 'other' });
  });

  it('reads a caller as a companion when they speak about someone else, and as the patient when about themselves', () => {
    expect(speakers('Nurse: Triage line.\nCaller: It is my husband, his face is drooping and he says his arm is weak.\nNurse: When did it start?\nCaller: He was fine at breakfast.'))
      .toEqual({ Nurse: 'clinician', Caller: 'other' });
    expect(speakers("Nurse: What's going on?\nCaller: I've had stomach pain since this morning.\nNurse: How bad?\nCaller: My stomach hurts a lot."))
      .toEqual({ Nurse: 'clinician', Caller: 'patient' });
  });

  it('reads a team coach called by title and name by what they say, and keeps "Coach:" of a coaching visit', () => {
    expect(speakers("Physio: What happened?\nCoach Sam: I'm Sam, his rugby coach. He got caught in a ruck and his shoulder popped.\nPlayer: It's really sore when I lift it.\nPhysio: Let me look. Tender over the AC joint."))
      .toEqual({ Physio: 'clinician', 'Coach Sam': 'other', Player: 'patient' });
    expect(speakers("Coach: How's the knee since last week?\nMember: Better, I managed the stairs.")).toEqual({ Coach: 'clinician', Member: 'patient' });
  });

  it('decides names, Dr. titles and diarised ids by who asks, examines and prescribes', () => {
    const names = 'Priya: Hi George, what brings you in today?\nGeorge: My legs ached all the time on the statin.\nPriya: I would like to try rosuvastatin 5 mg. Let me listen to your heart.\nGeorge: Okay.';
    expect(speakers(names)).toEqual({ Priya: 'clinician', George: 'patient' });
    expect(speakers('Dr. Okafor: Tell me what happened.\nMr. Hill: I got this pressure in my chest.')).toEqual({ 'Dr. Okafor': 'clinician', 'Mr. Hill': 'patient' });
    const diarised = 'SPEAKER_00: so how has your breathing been\nSPEAKER_01: worse i get short of breath\nSPEAKER_00: let me listen, your lungs have wheezes\nSPEAKER_01: okay';
    expect(speakers(diarised)).toEqual({ SPEAKER_00: 'clinician', SPEAKER_01: 'patient' });
    expect(speakers('Speaker 1: I have had a sore throat for three days.\nSpeaker 2: Any cough? Let me take a look.\nSpeaker 1: No cough.'))
      .toEqual({ 'Speaker 1': 'patient', 'Speaker 2': 'clinician' });
  });

  it('reads tags, bold labels, timestamps, single letters, WebVTT voices and Otter-style label lines', () => {
    expect(speakers('[doctor] hi .\n[patient] hello .\n[patient_guest] he fell .')).toEqual({ doctor: 'clinician', patient: 'patient', patient_guest: 'other' });
    expect(speakers('**Doctor:** What brings you in?\n**Patient:** Heartburn.')).toEqual({ Doctor: 'clinician', Patient: 'patient' });
    expect(speakers('[00:00:03] Doctor: Good afternoon.\n[00:00:07] Patient: Headaches.')).toEqual({ Doctor: 'clinician', Patient: 'patient' });
    expect(speakers("D: Hi, what's going on?\nP: I've been stuffy for 12 days.\nD: Any fever?\nP: Low grade.")).toEqual({ D: 'clinician', P: 'patient' });
    expect(speakers('<v Doctor>How are you?</v>\n<v Patient>Tired.</v>')).toEqual({ Doctor: 'clinician', Patient: 'patient' });
    const otter = 'Dr. Reyes  0:02\nHi Emma, you are 28 weeks today.\n\nEmma  0:06\nThe baby is moving a lot.\n';
    const read = readTranscript(otter);
    expect(read.speakers).toEqual({ 'Dr. Reyes': 'clinician', Emma: 'patient' });
    expect(read.turns.map((t) => [t.role, t.line])).toEqual([['clinician', 2], ['patient', 5]]);
  });

  it('decides who is who in an Otter-style export from the words under each label line, whoever speaks first', () => {
    const otter = [
      'Maria Lopez  0:00', "Hi, thanks for seeing me. I've been having this pain in my lower back for about two weeks now.", '',
      'Ken Adams  0:06', "I'm sorry to hear that. Any numbness or tingling down the legs?", '',
      'Maria Lopez  0:18', 'No, nothing like that.', '',
      'Ken Adams  0:21', "Let me take a look. There's tenderness over the right lower paraspinal muscles. This looks like a mechanical low back strain.",
    ].join('\n');
    expect(speakers(otter)).toEqual({ 'Maria Lopez': 'patient', 'Ken Adams': 'clinician' });
    const note = generateLocalNote(otter, { specialty: 'physician' });
    expect(note.assessment).toContain('mechanical low back strain');
    expect(note.objective).toContain('tenderness over the right lower paraspinal muscles');
    expect(note.subjective).toMatch(/denies numbness or tingling/i);
  });

  it('treats "PT" as the therapist when a patient label is also present', () => {
    expect(speakers('PT: Lift your arm.\nPatient: It hurts.')).toEqual({ PT: 'clinician', Patient: 'patient' });
    expect(speakers('Doctor: How are you?\nPT: My knee hurts.')).toEqual({ Doctor: 'clinician', PT: 'patient' });
  });

  it('keeps "PT" (the therapist) and "Pt" (the patient) apart in one physiotherapy visit', () => {
    const visit = "PT: Tell me what happened to the ankle.\nPt: I rolled it playing basketball three weeks ago.\nPT: There's mild swelling around the outside ankle bone. It's a grade 2 lateral ankle sprain.\nPt: What do I do?\nPT: Calf raises, twice a day.";
    expect(speakers(visit)).toEqual({ PT: 'clinician', Pt: 'patient' });
    expect(roles(visit)).toEqual(['clinician', 'patient', 'clinician', 'patient', 'clinician']);
    const note = generateLocalNote(visit, { specialty: 'physical_therapy' });
    expect(note.assessment).toContain('grade 2 lateral ankle sprain');
    expect(note.subjective).toContain('rolled it playing basketball');
    expect(note.subjective).not.toContain('ankle sprain');
  });

  it('does not mistake dictation headings or sentences for speakers', () => {
    const dictation = 'Subjective: 67-year-old male with a cough.\nObjective: Crackles at the right base.\nAssessment: Pneumonia.\nPlan: Amoxicillin.';
    expect(readTranscript(dictation)).toMatchObject({ labelled: false, speakers: {} });
    expect(roles('Patient states: I feel dizzy.\nBP: 120/80.')).toEqual(['clinician', 'clinician']);
  });

  it('puts the mapping in the note, so --json carries it', () => {
    expect(generateLocalNote('Vet: Hi, what is going on with Bella?\nOwner: She has been vomiting for two days.').speakers)
      .toEqual({ Vet: 'clinician', Owner: 'other' });
    expect(generateLocalNote('Physical exam shows a red throat.').speakers).toEqual({});
  });
});

describe('interview letters', () => {
  it('reads Q: / A: as question and answer, and S: / O: / A: / P: still as headings', async () => {
    const { readTranscript } = await import('../../src/text/parse-transcript.js');
    expect(readTranscript('Q: Any injury?\nA: No.\nQ: Any swelling?\nA: A little.').speakers).toEqual({ Q: 'clinician', A: 'patient' });
    const soap = readTranscript('S: Knee pain.\nO: Effusion.\nA: Osteoarthritis.\nP: Inject.');
    expect(soap.labelled).toBe(false);
  });
});

describe('dash separators', () => {
  it('reads "Doctor — Hi" and "Dr. Lee - How are you?" as labels, and a dictation\'s "Impression - …" as text', async () => {
    const { readTranscript } = await import('../../src/text/parse-transcript.js');
    expect(readTranscript('Doctor — Hi, what brings you in?\nPatient — My back hurts.').speakers).toEqual({ Doctor: 'clinician', Patient: 'patient' });
    expect(readTranscript('Dr. Lee - How are you?\nMaria - My back hurts.\nDr. Lee - Any numbness?\nMaria - No.').speakers).toEqual({ 'Dr. Lee': 'clinician', Maria: 'patient' });
    expect(readTranscript('Impression - strep throat. Plan - amoxicillin for ten days.').labelled).toBe(false);
  });
});

describe('a diarised companion who says who they are', () => {
  it('is named by the relation, and the introduction is no history', () => {
    const t = ['spk_0: so what brings you in today', "spk_1: i've had this cough for about three weeks now", "spk_2: she's been coughing all night too she keeps me up",
      'spk_0: and you are', "spk_2: i'm her husband", 'spk_0: any fever', 'spk_1: no fever'].join('\n');
    const read = readTranscript(t);
    expect(read.speakers).toEqual({ spk_0: 'clinician', spk_1: 'patient', spk_2: 'other' });
    expect(read.turns.filter((x) => x.role === 'other').map((x) => [x.label, x.text])).toEqual([['Husband', "she's been coughing all night too she keeps me up"]]);
    const note = generateLocalNote(t, { specialty: 'physician' });
    expect(note.subjective).toMatch(/husband/i);
    expect(note.subjective).not.toMatch(/I'm her husband/i);
  });
});

describe("an ambulance crew's radio", () => {
  it('leaves call-sign chatter out and keeps a dispatcher who tells of the patient', () => {
    const t = ['[14:02:11] Medic 1: Any chest pain?', '[14:02:13] Patient: Tight in the chest.', '[14:03:01] Radio: Control to 4-2, go ahead.',
      '[14:03:05] Control: Update, caller says 67-year-old male, pain spreading to the left arm.'].join('\n');
    const texts = readTranscript(t).turns.map((x) => x.text);
    expect(texts).not.toContain('Control to 4-2, go ahead.');
    expect(texts).toContain('Update, caller says 67-year-old male, pain spreading to the left arm.');
  });
});

describe('a role in parentheses after a name', () => {
  it('stays with the label, names the speaker in the note, and makes an interpreter one', () => {
    const t = ["Dr. Patel: Can you ask mum what's been happening with Amir?", 'Leila (interpreter): The doctor asks what has been happening with Amir.',
      'Mrs Hosseini: [in Farsi]', 'Leila (interpreter): She says he has had a fever for three days and he is pulling at his right ear.',
      'Dr. Patel: The right eardrum is red and bulging. This is a right ear infection.', 'Leila (interpreter): She understands and says thank you.'].join('\n');
    expect(readTranscript(t).speakers).toMatchObject({ 'Leila (interpreter)': 'other' });
    const note = generateLocalNote(t, { specialty: 'physician' });
    expect(note.subjective).toContain('He has had a fever for 3 days and he is pulling at his right ear.');
    expect(note.subjective).not.toMatch(/doctor asks|thank you/i);
    const vet = generateLocalNote("Vet: What's been going on?\nKen (owner): She's not finishing her food and she's drinking a lot more.\nVet: There's a firm lump on her left flank.", { specialty: 'veterinary' });
    expect(vet.subjective).toMatch(/per the owner/i);
  });

  it('names an interview letter with a role ("A (son):") by its role, a name with one by the name', () => {
    const t = ['Q: How has your breathing been at home?', 'A: Worse on the hills.', 'A (son): He stops twice on the way up from the shop now.',
      'Q: Any swelling of the ankles?', 'A: A little, in the evenings.', 'A (son): He sleeps in the chair most nights.'].join('\n');
    expect(readTranscript(t).speakers).toMatchObject({ 'A (son)': 'other' });
    const note = generateLocalNote(t);
    expect(note.subjective).toMatch(/per the son/i);
    expect(note.subjective).not.toMatch(/per a\b/i);
    expect(describeSpeaker('Mum (phone)')).toBe('mum');
  });
});

describe('a companion turning to the patient', () => {
  it('writes "Dad, you fainted in the garden." as the patient, and leaves a "you" meant for the clinician alone', () => {
    const t = ['Nurse: What happened this morning?', 'Patient: I came over dizzy in the garden.', 'Daughter: Dad, you fainted in the garden.',
      'Nurse: Did he hit anything?', 'Daughter: Not that I saw.'].join('\n');
    const note = generateLocalNote(t);
    expect(note.subjective).toMatch(/Per the daughter, the patient fainted in the garden\./);
    const other = generateLocalNote(['Nurse: What happened this morning?', 'Patient: I came over dizzy in the garden.', 'Daughter: Nurse, you said to ring if he fainted.'].join('\n'));
    expect(other.subjective).not.toMatch(/the patient said to ring/);
  });
});

describe('one person written with a title, then by name', () => {
  it('reads "Nurse Practitioner Leah Quinn" and a later "Leah Quinn" as one clinician', () => {
    const t = 'Nurse Practitioner Leah Quinn: What can I help with?\nDavid Okoye: A mole on my back.\nLeah Quinn: Has it bled?\nDavid Okoye: Once.';
    expect(speakers(t)).toEqual({ 'Nurse Practitioner Leah Quinn': 'clinician', 'David Okoye': 'patient' });
    expect(roles(t)).toEqual(['clinician', 'patient', 'clinician', 'patient']);
  });

  it('keeps two people apart where the words before the shared name are no title', () => {
    const t = 'Dr. Ann Lowe: Hello.\nJoe Lowe: My knee hurts.\nMary Ann Lowe: It swelled up on Sunday.\nAnn Lowe: Thanks.\nMary Ann Lowe: He can barely walk.\nJoe Lowe: It is true.';
    expect(speakers(t)).toEqual({ 'Dr. Ann Lowe': 'clinician', 'Joe Lowe': 'patient', 'Mary Ann Lowe': 'other' });
    expect(roles(t)[3]).toBe('clinician');
  });
});

describe('labels over the words below them', () => {
  it('a timed name line heads the words below it, whose own "So:" names no one', () => {
    const t = ['[Speaker 1] 00:00:04', 'So: what brings you in today?', '[Speaker 2] 00:00:09', 'My ankle, I twisted it on the stairs.',
      '[Speaker 1] 00:00:15', 'Right: any numbness?', '[Speaker 2] 00:00:18', 'No numbness.'].join('\n');
    const reading = readTranscript(t);
    expect(reading.speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'patient' });
    expect(reading.turns.map((x) => x.text)).toEqual(['So: what brings you in today?', 'My ankle, I twisted it on the stairs.', 'Right: any numbness?', 'No numbness.']);
  });

  it('"S1:" and "S2:" are a transcription service\'s speakers, not SOAP headings', () => {
    const t = 'S1: Morning, what can I do for you?\nS2: I have had a rash on my arm for a week.\nS1: Is it itchy?\nS2: Very itchy.';
    expect(readTranscript(t).speakers).toEqual({ S1: 'clinician', S2: 'patient' });
    // A dictation's "S:" heading stays a heading.
    expect(readTranscript('S: Rash on the arm for a week.\nO: Red scaly patch.\nA: Eczema.\nP: Emollient.').labelled).toBe(false);
  });
});

describe('who is the clinician, by what each says, when labels are names', () => {
  it("a clinician's caution ('I can't rule out') and a patient's consent ('let's do it') do not swap them", () => {
    const t = [
      'Ines Varga: What can I look at for you today?',
      'Paul Reyes: This spot on my shoulder. It has grown over the summer and bleeds sometimes.',
      'Ines Varga: Any family history of skin cancer?',
      'Paul Reyes: My mum had one removed.',
      "Ines Varga: It is six millimetres with an uneven edge. I can't rule out a melanoma, so I'd take a biopsy today and I'll call you with the results.",
      "Paul Reyes: Okay, let's do it.",
    ].join('\n');
    expect(readTranscript(t).speakers).toEqual({ 'Ines Varga': 'clinician', 'Paul Reyes': 'patient' });
  });

  it('a patient who cannot sleep is still the patient', () => {
    const t = ['Ines Varga: How have you been sleeping?', "Paul Reyes: I can't sleep since the accident, my back aches all night.", 'Ines Varga: Any numbness in the legs?', 'Paul Reyes: No.'].join('\n');
    expect(readTranscript(t).speakers).toEqual({ 'Ines Varga': 'clinician', 'Paul Reyes': 'patient' });
  });
});
