import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readAnswers } from '../../src/local/read-answers.js';
import { readTranscript } from '../../src/text/parse-transcript.js';

const lines = (...l: string[]) => l.join('\n');
const note = (t: string) => generateLocalNote(t, { specialty: 'physician' });
const read = (t: string) => readAnswers(readTranscript(t).turns, undefined).map((a) => [a.block, a.text]);

describe('unpunctuated exam talk, as ambient ASR writes it', () => {
  it('cuts a request from the finding said in the same breath, and keeps the finding', () => {
    const n = note(lines(
      '[doctor] any pain anywhere else',
      '[patient] no just the ankle',
      "[doctor] i'm just going to listen to your heart sounds normal no murmurs or gallops listen to your lungs quick if you can take a deep breath lungs are clear that's good news",
      "[doctor] let's take a look at that ankle right ankle looks like it definitely has some swelling",
      "[doctor] i'm going to push on this a little bit looks like your drawer test is negative",
    ));
    expect(n.objective).toMatch(/heart sounds normal no murmurs/i);
    expect(n.objective).toMatch(/lungs are clear/i);
    expect(n.objective).toMatch(/right ankle looks like it definitely has some swelling/i);
    expect(n.objective).toMatch(/drawer test is negative/i);
    expect(`${n.objective}\n${n.plan}`).not.toMatch(/deep breath|take a look|listen to/i);
  });

  it("drops the examiner's own questions and steps, in the exam, the plan and the history", () => {
    const n = note(lines(
      '[doctor] okay so let\'s do physical exam as long as you are here',
      "[doctor] i'm going to do some maneuvers here does it hurt when i push you on the inside of the elbow",
      '[patient] yeah that hurts',
      '[doctor] okay so some pain on palpation on the inside little bit of pain on the outside of the elbow if i bend the elbow back does that hurt',
      '[patient] yeah',
      '[doctor] how about when i extend it',
      '[patient] yeah that hurts',
      '[doctor] how about the outside',
      '[patient] a little bit but not as much',
      "[doctor] so i think you have tennis elbow and i'm going to give you a brace",
    ));
    expect(n.objective).toMatch(/pain on palpation on the inside little bit of pain on the outside of the elbow\./i);
    const all = [n.subjective, n.objective, n.assessment, n.plan].join('\n');
    expect(all).not.toMatch(/does (?:it|that) hurt|maneuvers|exam as long|when i extend|outside:/i);
    expect(n.plan).toMatch(/brace/);
  });
});

describe('the opening of an ambient visit and its bare answers', () => {
  it('writes what the clinician knows without the name, the browsing or the request for the story', () => {
    const n = note(lines(
      '[doctor] so sophia i see that you you hurt your knee tell me about what happened',
      '[patient] yeah i was jumping on the trampoline and i fell on it',
      "[doctor] okay and as long as you're here and then your primary care physician i'm looking through your chart and it looks like we're treating your diabetes so how you've been doing with your diet overall",
      "[patient] it's been pretty good",
    ));
    expect(n.subjective).toMatch(/^(?:HISTORY OF PRESENT ILLNESS\n)?The patient hurt (?:their|her|his) knee\./);
    expect(n.subjective).toMatch(/(?:The patient|She|He) is being treated for diabetes\./);
    expect(`${n.subjective}\n${n.assessment}`).not.toMatch(/sophia|tell me about|looking through|chart/i);
  });

  it('reads "which knee" and "when did this happen" with their answers, past an echo of the last answer', () => {
    expect(read(lines(
      '[doctor] okay which knee was it', '[patient] my right knee',
      '[doctor] right knee okay and when did this happen', '[patient] about four days ago',
      '[doctor] what part of the knee is it inside outside middle', '[patient] kind of that inside part of my kneecap',
    ))).toEqual([
      ['history', 'Location: right knee.'], ['history', 'Onset: about 4 days ago.'], ['history', 'Location: the inside part of the kneecap.'],
    ]);
  });
});

describe('a patient sentence with a misheard clause, and asides', () => {
  it('rewrites the clause that reads and quotes only the one that does not, from its verb', () => {
    const n = note(lines(
      '[doctor] what happened',
      "[patient] i was carrying the laundry down the stairs and i could just slipped out from under me",
      '[doctor] okay any other injuries',
      '[patient] no',
    ));
    expect(n.subjective).toMatch(/The patient was carrying the laundry down the stairs and "just slipped out from under me\."/);
    expect(n.subjective).not.toMatch(/i could just/i);
  });

  it('says the subject once, and drops "as long as you\'re here", a false-start "i" and "that\'s good news"', () => {
    const n = note(lines(
      '[doctor] did you try anything for it',
      '[patient] i took some ibuprofen and i put some ice on it',
      "[doctor] let me listen to your chest lungs are clear that's good news",
      "[doctor] for your asthma as long as you're here it sounds like you're managing that pretty well",
      "[doctor] for your ankle it sounds like you have a sprain i it's that outside ligament",
    ));
    expect(n.subjective).toMatch(/The patient took some ibuprofen and put some ice on it\./);
    expect(n.objective).toMatch(/Lungs are clear\.$/m);
    expect(n.assessment).not.toMatch(/as long as|\bI it's|good news/i);
    expect(n.assessment).toMatch(/sounds like the patient has a sprain/);
  });
});

describe('facts said only in the clinician\'s question and confirmed with yes', () => {
  it('writes a past-tense yes/no question confirmed with yes, in the past tense', () => {
    expect(read(lines('Doctor: Did you hit your head when you fell?', 'Patient: Yes.', 'Doctor: Did you vomit?', 'Patient: Yes.')))
      .toEqual([['history', 'The patient hit their head when the patient fell.'], ['history', 'The patient vomited.']]);
    expect(read(lines('Doctor: Did you vomit?', 'Patient: No.'))).toEqual([['review', 'The patient did not vomit.']]);
  });

  it('reads "You have been feeling tired too?" as a statement confirmed, not as a symptom named "been feeling tired"', () => {
    expect(read(lines('Doctor: You have been feeling tired too?', 'Patient: Yes.'))).toEqual([['history', 'The patient has been feeling tired too.']]);
  });
});

describe('unpunctuated review-of-systems questions', () => {
  it('reads "and any problems with your bowels any diarrhea" — "no" as a denial of both', () => {
    expect(read(lines('[doctor] and any problems with your bowels any diarrhea', '[patient] no')))
      .toEqual([['review', 'The patient denies problems with their bowels, diarrhea.']]);
  });
});

describe("the patient's reaction to the examiner's hand", () => {
  it('leaves "ow yes that\'s where it hurts" out of the history', () => {
    const n = note(lines(
      '[doctor] where is the pain',
      '[patient] down on the right side of my belly',
      "[doctor] okay so let me examine your belly so your belly is soft but you're very tender in the right lower quadrant",
      "[patient] ow yes that's where it hurts",
    ));
    expect(n.subjective).not.toMatch(/where it hurts/i);
    expect(n.objective).toMatch(/tender in the right lower quadrant/);
  });
});

describe('more yes/no questions confirmed by a bare yes', () => {
  it('writes what the question states, with the plural kept and the clause read as a statement', () => {
    expect(read(lines(
      'Doctor: Is the nipple cracked?', 'Patient: Yes, since Thursday.',
      'Doctor: Are your ankles swollen by the evening?', 'Patient: Yes.',
      'Doctor: Do you feel short of breath climbing stairs?', 'Patient: Yes.',
      'Doctor: And the pain goes into your arm?', 'Patient: Yes.',
      'Doctor: How is the sore under your left big toe?', 'Patient: Better I think.',
    ))).toEqual([
      ['history', 'The nipple is cracked.'],
      ['history', "The patient's ankles are swollen by the evening."],
      ['history', 'The patient feels short of breath climbing stairs.'],
      ['history', 'The pain goes into their arm.'],
      ['history', 'Sore under their left big toe: better the patient thinks.'],
    ]);
  });
});

describe('the name the clinician greeted the patient by, and a question about a treatment', () => {
  it('leaves a trailing or leading vocative name out, and "does the ibuprofen help" out of the plan', () => {
    const n = note(lines(
      '[doctor] good morning carolyn how are you',
      "[patient] i'm alright other than this ankle pain",
      '[doctor] okay and does the ibuprofen help with that pain',
      '[patient] it does help',
      '[doctor] carolyn it looks like a right ankle sprain',
      "[doctor] i'm going to prescribe some crutches and i will see you again in two weeks carolyn",
    ));
    expect(`${n.assessment}\n${n.plan}`).not.toMatch(/carolyn/i);
    expect(n.plan).not.toMatch(/does the ibuprofen/i);
    expect(n.plan).toMatch(/crutches/);
    expect(n.assessment).toMatch(/right ankle sprain/);
  });

  it('does not take a clinical word after a greeting for a name', () => {
    const n = note(lines('[doctor] morning pain still bad?', '[patient] yes the knee pain is worse', '[doctor] this looks like knee pain from arthritis'));
    expect(n.assessment).toMatch(/knee pain from arthritis/);
  });
});
