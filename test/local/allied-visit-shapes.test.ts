import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { detectGender } from '../../src/local/rewrite-person.js';

const lines = (...l: string[]) => l.join('\n');

describe('allied-health and long visits whose sections use no clinical cue words', () => {
  it('leaves the greeting and the agenda out of the plan, and keeps the goodbye that names the next visit', () => {
    const n = generateLocalNote(lines(
      'Trainer: Come in, Sam, take a seat. How did the week go?',
      'Client: My calves were sore after the hill sessions.',
      "Trainer: We'll come to all of it. Let's start with the calves.",
      "Trainer: Let's get your resting numbers. Heart rate 64, blood pressure 122/78.",
      "Trainer: Here's the plan.",
      'Trainer: Swap one hill session for a flat run this week and foam roll the calves every evening.',
      'Trainer: See you next Tuesday.',
    ), { specialty: 'exercise_therapy' });
    expect(n.plan).not.toMatch(/seat|come to all|start with|here's the plan|resting numbers/i);
    expect(n.plan).toMatch(/Swap one hill session/);
    expect(n.plan).toMatch(/next Tuesday/);
  });

  it('reads advice that opens with how often or on which days, and a posture before a finding', () => {
    const n = generateLocalNote(lines(
      'Therapist: What brings you in?',
      'Client: My lower back, from driving all day.',
      'Therapist: Okay, face down for me.',
      'Therapist: Standing, your left hip sits higher than your right.',
      'Therapist: And both glutes are tight, the right more than the left.',
      'Therapist: On long days take breaks every 2 hours to get out and walk around.',
      'Therapist: Once a week try a warm bath with two drops of the oil.',
    ), { specialty: 'massage_therapy' });
    expect(n.objective).toMatch(/left hip sits higher/);
    expect(n.objective).toMatch(/both glutes are tight/i);
    expect(n.plan).toMatch(/take breaks every 2 hours/);
    expect(n.plan).toMatch(/warm bath/);
    expect(n.objective).not.toMatch(/warm bath/);
  });

  it('writes what is seen ("I can see you\'re tearful") without a trailing "and that\'s okay"', () => {
    const n = generateLocalNote(lines(
      'SW: Are you behind on the rent?',
      'Client: Yes, two months.',
      "SW: I can see you're tearful talking about this, and that's okay.",
      "SW: I'm referring you to the council's housing team today.",
    ), { specialty: 'social_worker' });
    expect(n.objective).toMatch(/tearful talking about this\.$/m);
  });

  it('puts a judgement of control in the assessment, and a third-person order in the plan', () => {
    const n = generateLocalNote(lines(
      'Doctor: Your HbA1c came back at 61.',
      'Patient: Okay.',
      'Doctor: So putting it together. Your type 2 diabetes is not at target with the HbA1c at 61.',
      'Doctor: Your blood pressure is also above target, at home and here.',
      'Interpreter: She says she understands.',
      'Doctor: She needs blood tests every 2 weeks for the next two months.',
    ));
    expect(n.assessment).toMatch(/diabetes is not at target/);
    expect(n.assessment).toMatch(/blood pressure is also above target/);
    expect(n.plan).toMatch(/blood tests every 2 weeks/);
  });

  it("leaves out an interpreter's own \"I've told her\"", () => {
    const n = generateLocalNote(lines(
      'Dr. Alvarez: Please tell Mrs. Tran her hands show a flare of rheumatoid arthritis.',
      "Interpreter: I've told her. She asks what we will do.",
      "Dr. Alvarez: I'll give her a short course of prednisolone.",
    ));
    expect([n.subjective, n.objective, n.assessment, n.plan].join('\n')).not.toMatch(/has told her|I've told/i);
  });
});

describe('the pronoun, from the patient\'s own anatomy', () => {
  it('writes her or his where the patient is pregnant or speaks of their prostate, and their for a partner\'s pregnancy', () => {
    expect(detectGender("Midwife: You're 34 weeks pregnant now.\nWoman: My back aches at night.")).toBe('female');
    expect(detectGender('Doctor: Any trouble with your prostate?\nPatient: I get up twice a night.')).toBe('male');
    expect(detectGender('Doctor: How are things at home?\nPatient: My wife is pregnant, so not much sleep.')).toBeUndefined();
    const n = generateLocalNote("Midwife: You're 34 weeks pregnant now. How's your back?\nWoman: My back aches at night.", { specialty: 'registered_nurse' });
    expect(n.subjective).toMatch(/\bher back\b/);
  });
});

describe('findings and measures in the exam of a specialist or rehab session', () => {
  it('keeps a finding that names a condition in the exam, and a counted finding said without a verb', () => {
    const n = generateLocalNote([
      'Dr. Alvarez: How are the hands?',
      'Interpreter: She says her hands are bad again.',
      "Dr. Alvarez: Please tell her I'll examine her hands now.",
      'Dr. Alvarez: The wrists and the knuckles are swollen with synovitis.',
      'Dr. Alvarez: Six joints swollen today, both wrists and four knuckles.',
      'Dr. Alvarez: Please explain this is a flare of her rheumatoid arthritis.',
    ].join('\n'));
    expect(n.objective).toMatch(/swollen with synovitis/);
    expect(n.objective).toMatch(/Six joints swollen today/);
    expect(n.assessment).toMatch(/flare of her rheumatoid arthritis/);
    expect(n.assessment).not.toMatch(/synovitis/);
  });

  it('writes a rating on a named effort scale, taken in the session, as a measure', () => {
    const n = generateLocalNote([
      'EP: Blood pressure 128/76, resting heart rate 72.',
      'EP: Peak heart rate 112. How hard does that feel on the Borg scale?',
      'Patient: About 13, somewhat hard.',
      'EP: Next session we will go up to 25 minutes on the treadmill.',
    ].join('\n'), { specialty: 'exercise_therapy' });
    expect(n.objective).toMatch(/Borg scale: about 13, somewhat hard\./);
  });
});

describe('complementary and therapy sessions in their own words', () => {
  it('reads a reflexology session: progress as the assessment, a count answer under its topic, the stool as the exam', () => {
    const n = generateLocalNote([
      'Reflexologist: Any headaches this fortnight?',
      'Karen: Just one, on Tuesday.',
      'Reflexologist: Right, feet up on the stool for me.',
      'Reflexologist: Your feet are cool and a bit clammy, more than last time.',
      "Reflexologist: Overall you're responding well, the flushes have halved.",
      "Reflexologist: Let's book you in for three weeks' time.",
    ].join('\n'), { specialty: 'massage_therapy' });
    expect(n.subjective).toMatch(/Headaches: just one, on Tuesday\./);
    expect(n.objective).toMatch(/feet are cool and a bit clammy/);
    expect(n.assessment).toMatch(/responding well/);
  });

  it('reads a swallow session: the trial opens the exam, the risk is the assessment, "since I last saw you" is no topic', () => {
    const n = generateLocalNote([
      'SLP: Any chest infections since I last saw you?',
      'Mr. Dube: No.',
      "SLP: Okay, let's try some water from the cup.",
      'SLP: With the chin tuck there was no cough and the voice stayed clear.',
      'SLP: So there\'s still a risk of aspiration with thin fluids, but the chin tuck protects you.',
      'SLP: Sit upright for 30 minutes after meals.',
    ].join('\n'), { specialty: 'slp' });
    expect(n.subjective).toMatch(/denies chest infections\./);
    expect(n.objective).toMatch(/no cough and the voice stayed clear/);
    expect(n.assessment).toMatch(/risk of aspiration/);
    expect(n.plan).not.toMatch(/water from the cup/);
  });

  it('reads "do a single leg squat for me" as the exam\'s request, not a plan', () => {
    const n = generateLocalNote([
      'Coach: How did the knee hold up on the long run?',
      'Runner: Fine until mile 9, then the outside of my right knee ached.',
      'Coach: Do a single leg squat for me on the right. Your knee drops inward and the hip drops on the left side.',
      'Coach: Cut the long run to 6 miles for two weeks.',
    ].join('\n'), { specialty: 'athletic_trainer' });
    expect(n.plan).not.toMatch(/squat for me/);
    expect(n.objective).toMatch(/knee drops inward/);
  });
});
