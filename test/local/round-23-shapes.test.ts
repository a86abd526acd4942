import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('a colleague who reads out the obs among unnamed speakers', () => {
  it('takes the one reading observations for staff, not for the patient', () => {
    const n = note(
      'Speaker 1: Right, this is Kai, he is four. Dad, what has been going on?',
      'Speaker 2: He has been vomiting since yesterday and he is really sleepy. He has only had one wee today.',
      'Speaker 3: Doctor, his obs are done. Heart rate one-forty, temp thirty-eight point five, cap refill three seconds.',
      'Speaker 1: Thanks. His tummy is soft and not tender. This looks like gastroenteritis with some dehydration.',
      'Speaker 1: We will give him fluids through a tube in the nose and watch him on the ward.',
    );
    expect(n.speakers).toEqual({ 'Speaker 1': 'clinician', 'Speaker 2': 'other', 'Speaker 3': 'clinician' });
    expect(n.objective).toMatch(/Heart rate 140 bpm/);
    expect(n.subjective).not.toMatch(/Heart rate/);
  });
});

describe("a companion addressed before the clinician's statement", () => {
  it('writes the statement without the address', () => {
    const n = note(
      'Doctor: How long has she had the rash, Dad?', 'Dad: Since Sunday, and she keeps scratching.',
      'Doctor: Dad, this is impetigo. It spreads easily.', 'Doctor: We will use a cream twice a day for five days.',
    );
    expect(n.assessment).toMatch(/^This is impetigo\./m);
    expect(n.assessment).not.toMatch(/Dad,/);
  });
});

describe("the clinician's grading of a risk", () => {
  it('is the assessment, though said with the "I\'d" of a plan', () => {
    const n = note(
      'Nurse: Any thoughts of harming yourself?', 'Patient: Sometimes, but I would never act on them. My dog needs me.',
      "Nurse: I'd put your risk at the moment as low, with your dog as a reason to keep going.",
      'Nurse: I will see you next week and you have the crisis number.',
    );
    expect(n.assessment).toMatch(/risk at the moment as low/);
    expect(n.plan).not.toMatch(/risk at the moment/);
  });
});

describe('a reading taken at home and read out on a call', () => {
  it('writes the value asked for under its measure, as a finding', () => {
    const n = note(
      'speaker 1: how are you feeling today',
      'speaker 2: rough i have been shivery and my throat is killing me',
      'speaker 1: have you checked your temperature today',
      'speaker 2: yeah thirty nine point two this afternoon',
      'speaker 1: and have you got your oxygen thing there',
      'speaker 2: hang on um it says ninety six',
    );
    expect(n.objective).toMatch(/Temperature 39\.2 this afternoon\./);
    expect(n.objective).toMatch(/Oxygen saturation \(home oximeter\) 96%\./);
    expect(n.subjective).not.toMatch(/thirty nine|39\.2/);
  });

  it('reads a rate the clinician counts, and a pressure said with "on"', () => {
    const n = note(
      'Doctor: Any chest pain?', 'Patient: No, just this cough.',
      "Doctor: I've been counting your breathing while we talk, it's about twenty six breaths a minute.",
      "Doctor: Let me check the blood pressure. One-twenty-eight on seventy-six.",
    );
    expect(n.objective).toMatch(/26 breaths a minute/);
    expect(n.objective).toMatch(/128 on 76 mmHg/);
  });
});

describe('a dictated paragraph whose history has no questions to mark it', () => {
  it('keeps a treated condition, an allergy and how long the complaint has lasted in the history', () => {
    const n = generateLocalNote('Seen in clinic, seventy-two, with five days of a painful swollen left ankle. He has gout on allopurinol and is allergic to codeine, which makes him vomit. No fever. On examination temperature 37.1, the left ankle is hot and swollen. I think this is a flare of his gout. Plan: colchicine for three days.');
    expect(n.subjective).toMatch(/five days of a painful swollen left ankle|5 days of a painful swollen left ankle/);
    expect(n.subjective).toMatch(/gout on allopurinol and is allergic to codeine/);
    expect(n.assessment).not.toMatch(/allopurinol/);
    expect(n.objective).not.toMatch(/5 days|five days/);
  });
});

describe('findings said without a verb, and findings followed by a check', () => {
  it('keeps a sign named where it was found as a finding', () => {
    const n = note(
      'Dentist: Which side is it?', 'Patient: Upper right, it throbs at night.',
      "Dentist: Let's have a look. Palatal swelling next to the upper right five, fluctuant.",
      'Dentist: The tooth has died and there is an abscess. I will drain it today.',
    );
    expect(n.objective).toMatch(/Palatal swelling next to the upper right five/);
  });

  it('writes the findings before a tag check as a finding, not as what the answer confirms', () => {
    const n = note(
      'Doctor: Did you hurt anything else?', 'Patient: Just my hand.',
      'Doctor: Let me look at the hand. Capillary refill is brisk, the fingers look well perfused, and you can feel me touching your thumb?',
      'Patient: Yes, I can.',
    );
    expect(n.objective).toMatch(/Capillary refill is brisk, the fingers look well perfused\./);
    expect(n.subjective).not.toMatch(/Capillary refill/);
  });
});
