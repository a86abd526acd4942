import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { splitSentences } from '../../src/local/split-sentences.js';
import { isReturnPrecaution } from '../../src/local/return-precautions.js';

// A visit written for these tests (invented patient): community-acquired pneumonia seen in urgent care, with a long
// plan whose last items are the GP follow-up and the safety net, said after many medicine lines.
const PNEUMONIA = [
  'Doctor: What brings you in?',
  'Patient: Cough and fever for four days, and now I get breathless on the stairs.',
  'Doctor: Any chest pain?',
  'Patient: A sharp pain on the right when I breathe in.',
  'Doctor: Let me listen. There are crackles at the right base. Oxygen is ninety-four percent, temperature thirty-eight point four.',
  'Doctor: The chest x-ray shows a patch of consolidation in the right lower lobe, so this is a pneumonia.',
  'Doctor: First, I am starting amoxicillin, one gram three times a day, for five days.',
  'Doctor: Because you take warfarin, the antibiotic can push your INR up, so we will need to keep an eye on that, and I would rather you did not take any ibuprofen while you are on it; paracetamol is fine for the fever and the pain.',
  'Doctor: Keep taking the warfarin at the same dose for now, and keep taking your inhalers as usual.',
  'Doctor: Drink plenty, rest, and use the paracetamol regularly for the first couple of days, up to four times a day.',
  'Doctor: I\'m sending an INR today, and a full blood count and kidney function with it.',
  'Doctor: Then I\'d like you to see your GP in one week, to check the chest, the oxygen level on air, and the INR on the antibiotic.',
  'Doctor: Come back straight away with worsening breathlessness, chest pain that gets worse, confusion or coughing up blood.',
];

describe('a long plan over its word budget', () => {
  const note = generateLocalNote(PNEUMONIA.join('\n'), { specialty: 'physician' });

  it('keeps the follow-up with the GP and the safety net', () => {
    expect(note.plan).toMatch(/see (?:his|her|their|your) GP in 1 week/i);
    expect(note.plan).toMatch(/come back straight away with worsening breathlessness/i);
  });

  it('keeps a test sent today as an order', () => {
    expect(note.plan).toMatch(/sending an INR today/i);
  });

  it('does not write what the GP is to check as an exam finding', () => {
    expect(note.objective).not.toMatch(/oxygen level on air/i);
  });
});

describe('cutting a long sentence', () => {
  it('does not cut a punctuated sentence before the object of "to check"', () => {
    const said = "Then I'd like you to see your GP in one week, to check the heart rate, the blood pressure on the new tablet, and the kidney function.";
    expect(splitSentences(said)).toEqual([said]);
  });

  it('does not cut a punctuated sentence before "for your…" inside a list', () => {
    const said = "There's a score we use, where you get a point for the blood pressure and a point for your age, so your score is two.";
    expect(splitSentences(said)[0]).toMatch(/a point for your age$/);
  });

  it('keeps a fronted time with its sentence', () => {
    const said = "And in about four weeks, once it's settled, I'd like a blood test to check your urate level and your kidney function.";
    expect(splitSentences(said)).toEqual([said]);
  });

  it('still cuts an unpunctuated run-on where the reading starts', () => {
    const said = 'okay so i just want to take a listen to you now and have a look at you today your blood pressure is one thirty over eighty which is fine';
    expect(splitSentences(said).length).toBeGreaterThan(1);
  });

  it('still cuts after a comma where a clause turns to a reading', () => {
    const said = "I know you said you haven't been taking it that much on the weekends, but your blood pressure here looks good, and it's much better than last year.";
    expect(splitSentences(said).length).toBeGreaterThan(1);
  });
});

describe('a safety net said act first', () => {
  it('reads "come back straight away with…" and its warning signs as a return precaution', () => {
    expect(isReturnPrecaution('Come back straight away with chest pain, if you faint, or any weakness on one side.')).toBe(true);
    expect(isReturnPrecaution('Call 999 if your lips go blue or you cannot breathe.')).toBe(true);
  });

  it('does not read an errand as one', () => {
    expect(isReturnPrecaution('Come in with your list of medicines next time.')).toBe(false);
    expect(isReturnPrecaution('Come back in two weeks.')).toBe(false);
  });
});

describe('a plan announced with its length', () => {
  it('does not write "here\'s the plan, there are a few things so bear with me" as an item', async () => {
    const { PLAN_ANNOUNCED } = await import('../../src/local/visit-talk-patterns.js');
    expect(PLAN_ANNOUNCED.test("So here's the plan, there are a few things so bear with me.")).toBe(true);
    expect(PLAN_ANNOUNCED.test("Here's the plan: start the naproxen today.")).toBe(false);
  });
});

describe('the close of a visit and a recap with its duration', () => {
  it('does not write "come with me and we\'ll get you checked out" as a plan item', async () => {
    const { CHECKS_OUT } = await import('../../src/local/visit-talk-patterns.js');
    expect(CHECKS_OUT.test("Why don't you come with me and we'll get you checked out.")).toBe(true);
    expect(CHECKS_OUT.test('We will get you checked out for a fracture with an x-ray.')).toBe(false);
  });

  it('reads "about five hours of palpitations", said back, as history', async () => {
    const { isSymptomRecap } = await import('../../src/local/symptom-recap.js');
    expect(isSymptomRecap('Okay, so about five hours of palpitations.')).toBe(true);
    expect(isSymptomRecap('Two weeks of school missed.')).toBe(false);
  });
});
