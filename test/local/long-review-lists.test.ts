import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// A review of systems run as long lists, each answered "none of that" in some words (the shape of MTS-Dialog's ROS
// exchanges; sentences written for this test).
const ask = (question: string, answer: string) =>
  generateLocalNote(['Doctor: What brings you in today?', "Patient: I've had a cough for two weeks.", `Doctor: ${question}`, `Patient: ${answer}`].join('\n')).subjective;

describe('a long list of symptoms denied in one answer', () => {
  it('denies a list of five items answered "none of that"', () => {
    expect(ask('Any shortness of breath, cough, coughing up mucus or blood, or breathing problems?', 'Thankfully none of that.'))
      .toMatch(/denies shortness of breath, cough, coughing up mucus or blood, or breathing problems/);
  });

  it('reads "I have none of that" as a no', () => {
    expect(ask('Any chest pain, shortness of breath, dizzy spells, or ankle swelling?', 'I have none of that so far.'))
      .toMatch(/denies chest pain, shortness of breath, dizzy spells, or ankle swelling/);
  });

  it('drops "kind of" from "how about any kind of…"', () => {
    const s = ask('Okay, how about any kind of chest pain or discomfort, palpitations or fainting?', 'No, none of that.');
    expect(s).toMatch(/denies chest pain or discomfort, palpitations or fainting/);
    expect(s).not.toMatch(/kind of/);
  });

  it('reads a question asked as "I wanted to check if you are having any…"', () => {
    expect(ask('I know I asked about your thyroid, but I wanted to check if you are having any excessive thirst or frequent urination?', 'Nope, none of that.'))
      .toMatch(/denies excessive thirst or frequent urination/);
  });

  it('does not write the bare "none of that" as a sentence', () => {
    expect(ask('Any fever, chills, night sweats, weight loss, or rashes?', 'Luckily, none of that.')).not.toMatch(/^(?:Luckily, )?none of that\.?$/im);
  });
});

describe('what a long list does not deny', () => {
  it('keeps a yes to a long list unread as a denial', () => {
    expect(ask('Any shortness of breath, cough, coughing up mucus or blood, or breathing problems?', 'Yes, the cough.')).not.toMatch(/denies/);
  });

  it('does not read a long sentence that is no list as a topic', () => {
    expect(ask('Have you been having trouble getting to the shops and back since your husband stopped driving the car?', 'No.')).not.toMatch(/denies trouble getting to the shops/);
  });
});

describe('a yes that was to something else', () => {
  it('never reports what the same answer denies by name', () => {
    const s = ask('Are you able to pee normally? How about blood in stools?', 'Yes, I am passing everything well. No blood in stools.');
    expect(s).not.toMatch(/reports blood/);
    expect(s).toMatch(/denies blood in stools/);
  });

  it('still reports the item a yes names and denies the one it denies', () => {
    const s = ask('Any nausea or vomiting?', 'Yes, nausea but no vomiting.');
    expect(s).toMatch(/reports nausea/);
    expect(s).toMatch(/denies vomiting/);
  });
});

describe('denials put to the patient as a list', () => {
  it('reads "And no constipation, diarrhea, or heartburn?" — "No." as a denial of each', () => {
    expect(ask('And no constipation, diarrhea, or heartburn?', 'No.')).toMatch(/denies constipation, diarrhea, or heartburn/);
  });

  it('reads "Do you ever experience any…?" as a list question', () => {
    expect(ask('Do you ever experience any constipation, diarrhea, abdominal pain, nausea or vomiting?', 'No.'))
      .toMatch(/denies constipation, diarrhea, abdominal pain, nausea or vomiting/);
  });

  it('does not write the agenda of the questions as plan', () => {
    const n = generateLocalNote(['Doctor: What brings you in today?', "Patient: I've had a cough for two weeks.",
      "Doctor: I'm going to run through a list of symptoms and if you're experiencing one or more of these, please let me know.", 'Patient: Okay.',
      'Doctor: Any fever?', 'Patient: No.'].join('\n'));
    expect(n.plan).not.toMatch(/list of symptoms/);
  });
});
