import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { readAnswers, readPainScore } from '../../src/local/read-answers.js';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { resolveDrugReferents } from '../../src/local/resolve-referents.js';
import { extractUtterances } from '../../src/local/extract-utterances.js';

const read = (t: string, addressee?: string) => readAnswers(readTranscript(t).turns, undefined, { addressee }).map((a) => [a.block, a.text, a.lines]);

describe('short answers read with their question', () => {
  it('writes an allergy answer, with the reaction given next', () => {
    expect(read('Doctor: Any allergies to medications?\nPatient: Penicillin.\nDoctor: What happens when you take it?\nPatient: My throat swells up.'))
      .toEqual([['background', 'Allergies: penicillin (throat swells up).', [1, 2, 4]]]);
  });

  it('names the possibility a chance question asks about', () => {
    expect(read('NP: Any chance you could be pregnant?\nCaller: No.').map((a) => a[1])).toEqual(['The patient denies the possibility of pregnancy.']);
    expect(read('NP: Is there any chance you might be pregnant or trying for a baby?\nCaller: No.').map((a) => a[1])).toEqual(['The patient denies the possibility of pregnancy or trying for a baby.']);
  });

  it('writes an allergy answer whose reaction follows in the same sentence', () => {
    expect(read('NP: Any allergies to medicines?\nCaller: Sulfa drugs, I get a rash.')).toEqual([['background', 'Allergies: sulfa drugs (gets a rash).', [1, 2]]]);
    expect(read('Doctor: Are you allergic to any medications?\nPatient: Sulfa. I break out in a rash.'))
      .toEqual([['background', 'Allergies: sulfa (breaks out in a rash).', [1, 2]]]);
    expect(read('Doctor: Is he allergic to any medicines?\nMom: No, not that we know of.')).toEqual([['background', 'No known drug allergies.', [1, 2]]]);
  });

  it('writes a denial of allergies as clinicians chart it, and "any other" as none besides the one named', () => {
    expect(read('Nurse: And any allergies, in case a doctor comes to see you?\nPatient: No allergies.')).toEqual([['background', 'No known allergies.', [1, 2]]]);
    expect(read('GP: Any allergies to any medicines?\nMum: No allergies.')).toEqual([['background', 'No known drug allergies.', [1, 2]]]);
    expect(read('Doctor: That is really important, thank you. Any other allergies?\nPatient: No, none.')).toEqual([['background', 'No other allergies.', [1, 2]]]);
  });

  it('writes a pain score from a spoken number, and only when it answers a pain question', () => {
    expect(read('Doctor: On a scale of zero to ten, how bad is it?\nPatient: About a six.')).toEqual([['history', 'Pain 6/10.', [1, 2]]]);
    expect(read('Nurse: How bad is the throat pain from 0 to 10?\nPatient: Three.')).toEqual([['history', 'Throat pain 3/10.', [1, 2]]]);
    expect(read('Doctor: How many kids do you have?\nPatient: Six.')).toEqual([['history', 'Kids: six.', [1, 2]]]);
    expect(read('Doctor: Any fever or cough with phlegm?\nPatient: No fever, just a dry cough.')).toEqual([['review', 'The patient denies fever.', [1, 2]]]);
    expect(readPainScore('six or seven')).toBe('6-7');
    expect(readPainScore('a ten out of ten')).toBe('10');
  });

  it('writes denials and reports of review-of-systems items, including list answers', () => {
    expect(read('Doctor: Any nausea?\nPatient: No nausea.')).toEqual([['review', 'The patient denies nausea.', [1, 2]]]);
    expect(read('Doctor: Any fever, chills, or night sweats?\nPatient: No.')).toEqual([['review', 'The patient denies fever, chills, or night sweats.', [1, 2]]]);
    expect(read('Doctor: Any headaches, chest pain, shortness of breath?\nPatient: I get headaches some mornings. No chest pain.'))
      .toEqual([['review', 'The patient denies chest pain.', [1, 2]]]);
    expect(read('Doctor: Have you had any thoughts of harming yourself?\nPatient: No, never.'))
      .toEqual([['risk', 'The patient denies thoughts of harming themselves.', [1, 2]]]);
  });

  it('reads a lone answer that takes up the question\'s own word, on a topic the lexicon does not know', () => {
    expect(read('Nurse: Any stumbles?\nPatient: No stumbles.')).toEqual([['review', 'The patient denies stumbles.', [1, 2]]]);
    expect(read('Doctor: Any stumbles?\nSon: No stumbles.')).toEqual([['review', 'No stumbles per the son.', [1, 2]]]);
    expect(read('Doctor: Does it sting when you lift the kettle?\nPatient: Yes, really stings.'))
      .toEqual([['history', 'It stings when the patient lifts the kettle.', [1, 2]]]);
    // Not taken up, pointing at nothing named, a list, or a turn that goes on in its own words: not read here.
    expect(read('Nurse: Any stumbles?\nPatient: No.')).toEqual([]);
    expect(read('Doctor: Have you moved it or anything?\nPatient: No, not moved it.')).toEqual([]);
    // (a no that names one thing of a wider question is written as said, and denies nothing else)
    expect(read('Doctor: Any other worries, like stumbles?\nPatient: No stumbles.')).toEqual([['review', 'No stumbles.', [1, 2]]]);
    expect(read('Doctor: Any stumbles?\nPatient: No stumbles at all. My hands are steady.')).toEqual([]);
  });

  it('denies what was asked and keeps the exception the answer names, and reads a list answered in part', () => {
    expect(read('Doctor: Any other joint pain?\nPatient: No, just my elbows.'))
      .toEqual([['review', 'The patient denies other joint pain; just their elbows.', [1, 2]]]);
    expect(read('Doctor: Any vaginal discharge or anything like that?\nPatient: No, just the blood spot.'))
      .toEqual([['review', 'The patient denies vaginal discharge; just the blood spot.', [1, 2]]]);
    expect(read('Doctor: Any nausea or vomiting?\nPatient: Uh, no. I\'m just a bit nauseous but no vomiting.')).toEqual([['review', 'The patient denies vomiting.', [1, 2]]]);
    expect(read('Doctor: Any nausea or vomiting?\nPatient: Yes, I\'ve been throwing up.')).toEqual([['history', 'The patient has been throwing up.', [1, 2]]]);
    expect(read('Doctor: Do you have allergies to any kind of cats, or dogs?\nPatient: Not that I know of.')).toEqual([['background', 'Not allergic to cats, or dogs.', [1, 2]]]);
    expect(read('Doctor: And you have no food allergies as far as you know?\nPatient: No.')).toEqual([['background', 'Denies food allergies.', [1, 2]]]);
  });

  it('reads "No, my back is sore though" as a denial of what was asked, leaving the new clause to be read on its own', () => {
    expect(read('Doctor: Any tingling in your feet?\nPatient: No, my back is sore though.')).toEqual([['review', 'The patient denies tingling in their feet.', [1, 2]]]);
    const n = generateLocalNote('Doctor: Any blurred vision?\nPatient: No, I get a ringing in my ears though.\nDoctor: Okay, when did that start?\nPatient: Two weeks ago.');
    expect(n.subjective).toMatch(/denies blurred vision/);
    expect(n.subjective).toMatch(/ringing in (?:their|his|her) ears/);
  });

  it('does not write a denial the speaker takes back right after', () => {
    expect(read('Doctor: Any vomiting at all?\nPatient: Uh, no.\nPatient: Well, I vomited at the start but stopped.')).toEqual([]);
  });

  it('reads medication lists, smoking, alcohol, duration and onset answers', () => {
    expect(read('Provider: What medications are you on right now?\nPatient: Metformin 500 mg twice a day.')).toEqual([['background', 'Medications: metformin 500 mg twice a day.', [1, 2]]]);
    expect(read('Doctor: Do you smoke?\nPatient: No, never.')).toEqual([['background', 'Denies smoking.', [1, 2]]]);
    expect(read('Doctor: Do you smoke?\nPatient: A pack a day for thirty years.')).toEqual([['background', 'Smoking: a pack a day for 30 years.', [1, 2]]]);
    expect(read('Doctor: How long has this been going on?\nPatient: About two days now.')).toEqual([['history', 'Duration: about 2 days now.', [1, 2]]]);
    expect(read('Nurse: When did this start?\nCaller: About 20 minutes ago.')).toEqual([['history', 'Onset: about 20 minutes ago.', [1, 2]]]);
  });

  it('turns a closed question and its yes or no into the statement they make together', () => {
    expect(read('Pharmacist: Are you still taking warfarin 5 mg every evening?\nPatient: Yes, every evening.'))
      .toEqual([['history', 'The patient is still taking warfarin 5 mg every evening.', [1, 2]]]);
    expect(read('SLP: Does he cough with food too?\nDaughter: Not really.')).toEqual([['review', 'He does not cough with food per the daughter.', [1, 2]]]);
    expect(read("Doctor: How's your sleep?\nPatient: Okay, six or seven hours.")).toEqual([['history', 'Sleep: okay, six or 7 hours.', [1, 2]]]);
  });

  it('speaks of a companion who answers for the patient', () => {
    expect(read('Doctor: Any vomiting or diarrhea?\nMom: No vomiting.', 'mom')).toEqual([['review', 'No vomiting per mom.', [1, 2]]]);
  });
});

describe('referents', () => {
  it('resolves "that one" to the drug named just before, and only then', () => {
    const t = 'Priya: Last time you were on atorvastatin 40. How is that going?\nGeorge: I stopped that one three months ago.\nPriya: Okay.\nGeorge: I stopped it.';
    const utterances = extractUtterances(readTranscript(t).turns);
    const resolved = resolveDrugReferents(utterances);
    expect([...resolved.values()]).toEqual(['I stopped atorvastatin three months ago.', 'I stopped atorvastatin.']);
    const far = 'Doctor: You take aspirin.\nPatient: Yes.\nDoctor: Okay.\nPatient: Fine.\nDoctor: Good.\nPatient: Sure.\nDoctor: Right.\nPatient: I stopped it.';
    expect(resolveDrugReferents(extractUtterances(readTranscript(far).turns)).size).toBe(0);
  });

  it('resolves "that" to a preventer inhaler named by its UK brand', () => {
    const t = 'Pharmacist: And the brown one, the Clenil?\nCustomer: I stopped using that a couple of months ago.';
    expect([...resolveDrugReferents(extractUtterances(readTranscript(t).turns)).values()]).toEqual(['I stopped using clenil a couple of months ago.']);
  });
});

describe('a how-is question asked "on a scale" and answered in a word', () => {
  it('keeps the word when no number comes', () => {
    const t = (a: string) => generateLocalNote(`Psychiatrist: How's your mood been, on a scale?\nClient: ${a}\nPsychiatrist: This is depression.`, { specialty: 'psychiatrist' }).subjective;
    expect(t('Low. Most days I don\'t want to get out of bed.')).toContain('Mood: low.');
    expect(t('About a four.')).toContain('Mood 4/10.');
  });
});

describe('a word to the doctor is not part of the finding', () => {
  it('drops a nurse\'s "Doctor," before the vital signs she reads out', () => {
    const note = generateLocalNote('Doctor: Hi, what happened?\nPatient: Chest pain.\nNurse: Doctor, his blood pressure is 158/94, heart rate 104.\nDoctor: This is angina.', { specialty: 'physician' });
    expect(note.objective).toContain('His blood pressure is 158/94 mmHg');
    expect(note.objective).not.toMatch(/Doctor,/);
  });
});

describe('a no taken back in the same turn (round 5)', () => {
  it('"Any nausea or vomiting?" — "Not really. Yeah. Maybe a bit of nausea." denies nothing', () => {
    const t = '[doctor] any nausea or vomiting ?\n[patient] not really . yeah . maybe a bit of nausea .\n[doctor] okay .';
    const n = generateLocalNote(t);
    expect(n.subjective).not.toMatch(/denies nausea/i);
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('a scale asked for alone after the question it grades', () => {
  it('"How bad is the ache? Out of ten?" — "Maybe a four." is a pain score; a later question of its own is not a score', () => {
    const texts = (t: string) => read(t).map((r) => r[1]);
    expect(texts('Physio: How bad is the ache this week? Out of ten?\nPatient: Maybe a four.')).toEqual(['Pain 4/10.']);
    expect(texts('Physio: How is the ache this week? Does it wake you?\nPatient: No.').join(' ')).not.toMatch(/\/10/);
  });

  it('"Any pain?" — "It throbs at night. About a five." reads the score said after what the pain is like; a count does not', () => {
    const texts = (t: string) => read(t).map((r) => r[1]);
    expect(texts('Nurse: Any pain in the foot?\nPatient: It throbs at night. About a five. Five out of ten.')).toEqual(['Pain 5/10.']);
    expect(texts('Nurse: Any pain?\nPatient: Sometimes. Two or three times a week.').join(' ')).not.toMatch(/\/10/);
  });
});

describe('a no that a companion contradicts before the clinician speaks again', () => {
  it('"Did you hit your head?" — "No." — "You did, on the shelf." writes no denial; an uncontradicted no still does', () => {
    const texts = (t: string) => read(t).map((r) => r[1]);
    expect(texts('Medic: Did you hit your head?\nPatient: No.\nHusband: You did, love. On the shelf edge.\nPatient: Maybe.'))
      .not.toContainEqual(expect.stringMatching(/did not hit/));
    expect(texts('Medic: Did you hit your head?\nPatient: No.\nHusband: I think the head went against the radiator.'))
      .not.toContainEqual(expect.stringMatching(/did not hit/));
    expect(texts('Medic: Did you hit your head?\nPatient: No.\nHusband: She sat down slowly, I saw it.'))
      .toContainEqual(expect.stringMatching(/did not hit (?:their|her) head/));
  });
});

describe('two questions in one turn, answered in order', () => {
  it('gives each question its own answer', () => {
    const texts = (t: string) => read(t).map((r) => r[1]);
    expect(texts('Nurse: How long has it been going on? Any fever or back pain?\nCaller: 2 days. No fever, no back pain.'))
      .toEqual(['Duration: 2 days.', 'The patient denies fever or back pain.']);
    expect(texts('Doctor: How bad is it out of ten? Any numbness?\nPatient: About a seven. No numbness.'))
      .toEqual(['Pain 7/10.', 'The patient denies numbness.']);
  });

  it('keeps a single answer, or a reply that does not split that way, with the last question', () => {
    const texts = (t: string) => read(t).map((r) => r[1]);
    expect(texts('Doctor: How long has it been going on? Any fever?\nPatient: No.')).toEqual(['The patient denies fever.']);
    expect(texts('Doctor: Any fever or back pain?\nPatient: 2 days. No fever, no back pain.')).not.toContainEqual(expect.stringMatching(/2\/10/));
  });
});

describe('a denial that tells of before', () => {
  it('keeps the time: none since, none for, none any more', () => {
    const texts = (t: string) => read(t).map((r) => r[1]);
    expect(texts('Doctor: Any chest pain?\nPatient: No, not since last month.')).toEqual(['The patient denies chest pain since last month.']);
    expect(texts('Doctor: Any thoughts of harming yourself?\nPatient: No, not for a few weeks now.')).toEqual(['The patient denies thoughts of harming themselves for a few weeks.']);
    expect(texts('Doctor: Any dizziness?\nPatient: No, not anymore.')).toEqual(['The patient no longer has dizziness.']);
    expect(texts('Doctor: Any headaches?\nPatient: No, not lately.')).toEqual(['The patient denies headaches lately.']);
    expect(texts('Doctor: Any headaches?\nPatient: No.')).toEqual(['The patient denies headaches.']);
  });
});

describe('"Any medical history? Medications?" answered history first', () => {
  it('takes the medicines from the sentence that names them', () => {
    expect(read('Medic: Any medical history? Medications?\nSpouse: He had a heart attack in 2019. He is on bisoprolol, aspirin and ramipril.').map((r) => r[1]))
      .toEqual(['Medications: he is on bisoprolol, aspirin and ramipril.']);
  });
});

describe('a list answered with one denial and one report', () => {
  it('denies only what is denied, keeps what is told, and never denies the fever that was had', () => {
    const texts = (t: string) => read(t).map((r) => r[1]);
    expect(texts('Doctor: Any rash or vomiting?\nPatient: No rash, I vomited once yesterday.')).toEqual(['The patient denies rash.', 'The patient vomited once yesterday.']);
    const mum = texts('Doctor: Any cough or fever?\nMum: No cough, she had a fever of 38 last night.');
    expect(mum).toEqual(['No cough per mum.', 'She had a fever of 38 last night per mum.']);
    expect(mum.join(' ')).not.toMatch(/no (?:cough or )?fever/i);
  });
});
