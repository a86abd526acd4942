import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Two- to four-line exchanges, the shape of MTS-Dialog's rows (sentences written for this test): each says one thing
// a note must keep, and the engine wrote nothing at all for them.
const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('a short exchange keeps what it says', () => {
  it('keeps a diagnosis said as "Looks like he has…" when the lexicon names it', () => {
    expect(note('Doctor: Looks like he has a foreign body in his left eye.', 'Mother: Does he need to see an eye doctor after this?').assessment)
      .toContain('foreign body in his left eye');
  });

  it('keeps "We are planning…" as plan', () => {
    expect(note('Doctor: We are planning laparoscopic surgery to take out your gall stones.', 'Patient: Okay. Will that be covered by my insurance?').plan)
      .toContain('laparoscopic surgery');
  });

  it('writes a plain no to the whole past history', () => {
    expect(note('Doctor: Any medical concerns or issues in the past?', 'Patient: No.').subjective).toContain('No past medical problems.');
  });

  it('writes the condition the clinician named when the patient has nothing else', () => {
    expect(note('Doctor: Besides cleft palate, any other past medical history I should know of?', 'Patient: Yeah, nothing else. Just that.').subjective)
      .toContain('Medical history: cleft palate; nothing else.');
  });
});

describe('what a short exchange does not say', () => {
  it('does not read "nothing else" as a history when no condition was named', () => {
    expect(note('Doctor: Any other medical problems?', 'Patient: Nothing else.').subjective).not.toMatch(/Medical history: /);
  });

  it('does not read a habit as a diagnosis', () => {
    expect(note('Doctor: Looks like you have been walking a lot.', 'Patient: Yes, every day.').assessment).toBe('');
  });
});

describe("the examiner's negative findings", () => {
  it('keeps "I cannot find any…" and writes it as the note would', () => {
    const o = note('Doctor: What brings you in?', 'Patient: A lump in my neck.', 'Doctor: Let me have a look at your neck.', 'Patient: Okay.',
      'Doctor: I cannot find any kind of swelling or abnormality there.', "Doctor: I can't hear any wheeze.").objective;
    expect(o).toContain('No swelling or abnormality there.');
    expect(o).toContain('No wheeze.');
    expect(o).not.toMatch(/\bI (?:cannot|can't)\b/);
  });

  it("leaves the patient's own \"I can't feel…\" in the history", () => {
    const n = note('Doctor: What brings you in?', "Patient: I can't feel any sensation in my toes at night.");
    expect(n.objective).toBe('');
    expect(n.subjective).toMatch(/can't feel any sensation/);
  });
});

describe('talk that is neither assessment nor plan', () => {
  const visit = note('Doctor: Hi mom, this is Doctor Jay. He is a pediatric specialist.', 'Nurse: Hi there. Don\'t worry, we will take care of her. How old is she?',
    'Mother: She is ten days old. She has had jerky movements in her arm and leg since this morning.');

  it('does not write an introduction by title as the assessment', () => {
    expect(visit.assessment).not.toMatch(/Doctor Jay/);
  });

  it('does not write comfort as the plan', () => {
    expect(visit.plan).not.toMatch(/take care of her/);
  });

  it('still writes a plan said after comfort', () => {
    expect(note('Doctor: What brings you in?', 'Patient: My chest hurts.', "Doctor: Don't worry, we will take care of you. We'll get an ECG and some bloods now.").plan)
      .toMatch(/ECG/);
  });
});

describe('the last resort for an exchange nothing else placed', () => {
  it('keeps the clinical sentences of an exchange every reader passed over', () => {
    const n = note('Doctor: The swelling on your ankle has gone down a lot since the last visit, which is great news.', 'Patient: Thank goodness, it was so sore.');
    expect(`${n.subjective}${n.objective}${n.assessment}${n.plan}`).toMatch(/swelling/i);
  });

  it('writes no question and no patient sentence it cannot put in the third person', () => {
    const n = note('Doctor: The swelling on your ankle has gone down a lot since the last visit, which is great news.', 'Patient: Is the swelling going to come back, do you think?');
    const all = `${n.subjective}${n.objective}${n.assessment}${n.plan}`;
    expect(all).toMatch(/swelling/i);
    expect(all).not.toMatch(/\?|come back, do you think/);
  });
});

describe('a dictated "no known drug allergies"', () => {
  it('is history, not a diagnosis', () => {
    const n = generateLocalNote('Clinic letter. He first noticed the lump four months ago. He has no known drug allergies. He smokes ten cigarettes a day. My impression is a right inguinal hernia. I have referred him for repair.');
    expect(n.assessment).not.toMatch(/allergies/);
  });
});

describe('the running of the visit', () => {
  it('is not written as plan', () => {
    const n = note('Physio: Come and have a seat.', 'Patient: Thanks. My lower back has been sore for three weeks.',
      "Doctor: That's important, I'll come back to that.", "Doctor: I'm just going to pop this on your finger.",
      "Doctor: Thanks, that's really important, I'll make sure that's on her record.", 'Doctor: I will prescribe naproxen 500 mg twice a day.');
    expect(n.plan).toMatch(/naproxen/);
    expect(n.plan).not.toMatch(/seat|come back to that|on your finger|on her record/i);
  });
});

describe('"let you know"', () => {
  it('is not the filler "you know"', () => {
    const n = note('Doctor: What brings you in?', 'Patient: Diarrhoea for three days.', "Doctor: We'll send a stool sample and we'll let you know when the results are back.");
    expect(n.plan).toMatch(/let the patient know when the results are back/);
    expect(n.plan).not.toMatch(/\blet\.|\blet when\b/);
  });
});
