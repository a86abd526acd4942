import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

const lines = (...l: string[]) => l.join('\n');

describe('a rehab session with no exam announced: a vital read out opens the exam (round 5)', () => {
  const t = lines(
    'Coach: How has the walking been at home?', 'Member: About fifteen minutes most days, still breathless on the stairs.',
    'Coach: Resting sats 95 percent, heart rate 80.',
    "Coach: There's a bit of ankle swelling on both sides.",
    "Coach: That's a real improvement in your walking distance, well done.",
    "Coach: I'm going to ask the respiratory team to assess you for home oxygen.",
    'Coach: Use your inhaler before every session.',
  );
  const n = generateLocalNote(t, { specialty: 'exercise_therapy' });

  it('the reading and what is seen after it are Objective', () => {
    expect(n.objective).toContain('95%');
    expect(n.objective).toContain('ankle swelling');
  });

  it('the appraisal is the Assessment; the colleague asked and the advice are Plan', () => {
    expect(n.assessment).toContain('real improvement');
    expect(n.plan).toContain('respiratory team');
    expect(n.plan).toContain('inhaler before every session');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('appraisals, routine next steps and records said back, in any visit (round 5)', () => {
  const t = lines(
    'Nurse: Any medical conditions?', 'Traveller: Epilepsy, I take levetiracetam.',
    'Nurse: You had the yellow fever vaccine in 2015.',
    "Nurse: Mefloquine isn't suitable because of your epilepsy.",
    "Nurse: You'll also take a calcium and vitamin D tablet every day.",
    'Nurse: We usually review the treatment after five years.',
    "Nurse: You don't need bed rest, carry on as normal.",
  );
  const n = generateLocalNote(t, { specialty: 'registered_nurse' });

  it('a vaccine given before is history; an option ruled out for a reason is the assessment', () => {
    expect(n.subjective).toContain('yellow fever vaccine in 2015');
    expect(n.assessment).toContain("isn't suitable");
  });

  it('what the patient will take, what is routinely done next and what is not needed are plan', () => {
    expect(n.plan).toContain('calcium and vitamin D');
    expect(n.plan).toContain('review the treatment');
    expect(n.plan).toContain('bed rest');
    expect(n.objective).toBe('');
  });
});

describe('results found by a device, a size said while dressing, the interpreter asked (round 5)', () => {
  it('what a monitor picked up is a result, not an order', () => {
    const t = lines(
      'Doctor: Any more blackouts?', 'Patient: Two, both standing up.',
      'Doctor: The Holter monitor your GP arranged picked up pauses of up to 3 seconds.',
      "Doctor: I'm booking an echocardiogram.",
    );
    const n = generateLocalNote(t, { specialty: 'physician' });
    expect(n.objective).toContain('picked up pauses');
    expect(n.plan).not.toContain('Holter');
  });

  it('a wound measured straight after "let me get this off" is Objective', () => {
    const t = lines(
      'nurse: how has the leg been', 'patient: leaking a lot and itchy at night',
      "nurse: ok let me get this off... right, the ulcer measures 4 by 3 centimetres today, it was 5 by 4 before",
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.objective).toContain('4 by 3');
  });

  it('"please ask Mrs Haddad how she has been" is said to the interpreter, not a plan', () => {
    const t = lines(
      'Dr Osei: Please ask Mrs Haddad how she has been since we started the sertraline.',
      'Interpreter: She says her mood is still low but she is crying less.',
      'Dr Osei: I would like to increase the sertraline to 100 mg once a day.',
    );
    const n = generateLocalNote(t, { specialty: 'psychiatrist' });
    expect(n.plan).not.toContain('Please ask');
    expect(n.plan).toContain('100 mg');
  });
});

describe('short denials, tag questions, reports and what is watched (round 5)', () => {
  it('"No dizziness." is kept as a denial; "…, is that right?" — "That\'s right" confirms the statement', () => {
    const t = lines(
      'Nurse: You broke your wrist in March when you fell in the garden, is that right?', "Patient: That's right, I tripped on the hose.",
      'Nurse: Any problems since last time?', 'Patient: I get a bit puffed on the stairs. No dizziness.',
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.subjective).toMatch(/broke (?:her|their) wrist in March when (?:she|they|the patient) fell in the garden\./);
    expect(n.subjective).not.toContain('is that right');
    expect(n.subjective).toMatch(/no dizziness|denies dizziness/i);
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('a yes to a negative statement is not read as its confirmation', () => {
    const t = lines(
      'Doctor: And there was no blood in your vomit, is that right?', 'Patient: Yeah, yeah. No no blood, no.',
    );
    const n = generateLocalNote(t, { specialty: 'physician' });
    expect(n.subjective).not.toContain('There was no blood in');
  });

  it("a colleague's report, a device connected, a site that looks healthy and a gait watched are Objective", () => {
    const t = lines(
      'Physiologist: Any problems since last time?', 'Patient: Some fluttering in the evenings.',
      'Physiologist: Let me connect to the device.',
      'Physiologist: The wound site looks healthy.',
      "Physiologist: The occupational therapist's report says you need help with washing and dressing.",
      "Physiologist: And I watched you come in from the car park, you're walking with a limp.",
    );
    const n = generateLocalNote(t, { specialty: 'generic' });
    expect(n.objective).toContain('wound site looks healthy');
    expect(n.objective).toContain('help with washing');
    expect(n.objective).toContain('walking with a limp');
  });
});

describe('a trainer and an aromatherapist who never announce an exam (round 5)', () => {
  it('the trainer: a swelling seen, pain on pushing, weight borne as watched are Objective', () => {
    const t = lines(
      "Trainer: Hey, what'd you do?", 'Athlete: Came down on my ankle wrong at the end of practice.',
      "Trainer: Alright, sit up on the table. Yeah, that's pretty puffy on the outside. Does it hurt when I push here?",
      'Athlete: Yeah, right there.',
      'Trainer: You can bear weight though, I saw you walk in.',
      'Trainer: Looks like a pretty good sprain, probably a grade two.',
    );
    const n = generateLocalNote(t, { specialty: 'athletic_trainer' });
    expect(n.objective).toContain('pretty puffy on the outside');
    expect(n.objective).toContain('hurts when I push here');
    expect(n.objective).toContain('saw the patient walk in');
    expect(n.subjective).not.toContain('push here');
    expect(n.assessment).toContain('sprain');
  });

  it('the aromatherapist: posture and breathing seen in the room are Objective', () => {
    const t = lines(
      'Therapist: How have you been sleeping since last time?', 'Client: Still waking at three most nights, my mind races about work.',
      "Therapist: Your shoulders are up around your ears and you're breathing quite high in your chest.",
      "Therapist: I think the stress is what's keeping you awake.",
      "Therapist: I'll blend lavender and cedarwood for you, two drops on your pillow at night.",
    );
    const n = generateLocalNote(t, { specialty: 'aroma_therapy' });
    expect(n.objective).toContain('shoulders are up around');
    expect(n.objective).toContain('breathing quite high');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('what the patient says of their own body is not made a finding', () => {
    const t = lines(
      'Therapist: How is the shoulder?', 'Client: My shoulder is stiff in the mornings and my hands are swollen.',
      'Therapist: Your shoulder was stiff last time too.',
    );
    const n = generateLocalNote(t, { specialty: 'massage_therapy' });
    expect(n.objective).not.toContain('stiff');
  });
});

describe('a verbless negative finding in a rehab session (round 5)', () => {
  it('"No ST changes on the monitor and no symptoms" is Objective; "No sprinting for a week" is still plan', () => {
    const t = lines(
      'Physiologist: How were the walks?', 'Member: Fine, thirty minutes most days.',
      'Physiologist: Resting heart rate 64, blood pressure 132 over 78.',
      'Physiologist: No ST changes on the monitor and no symptoms during the session.',
      'Physiologist: No sprinting for at least a week.',
    );
    const n = generateLocalNote(t, { specialty: 'exercise_therapy' });
    expect(n.objective).toContain('No ST changes');
    expect(n.plan).toContain('No sprinting');
  });
});

describe('a social worker: appraisals in plain words, and a relative spoken to by name (round 5)', () => {
  const t = lines(
    'Social Worker: Where are things with the eviction?', "Mrs Bell: The landlord says we have to be out by the 30th. I'm not sleeping.",
    'Son: I go round every evening but I am exhausted.',
    "Social Worker: Your housing situation is a crisis and it's affecting your mental health.",
    "Social Worker: You're doing the right things by coming in.",
    "Social Worker: My concern is that it isn't safe for you to go home alone, and Michael, it sounds like the caring is taking a real toll on you.",
    "Social Worker: Michael, I'd also like to offer you a carer's assessment in your own right.",
  );
  const n = generateLocalNote(t, { specialty: 'social_worker' });

  it('a situation read for its effect and a strength named are the Assessment', () => {
    expect(n.assessment).toContain("affecting her mental health");
    expect(n.assessment).toContain('doing the right things');
  });

  it('what is said to Michael keeps its "you"; what is said to the patient before it is rewritten', () => {
    expect(n.assessment).toContain('safe for her to go home alone, and Michael, it sounds like the caring is taking a real toll on you');
    expect(n.plan).toContain("Michael, I'd also like to offer you a carer's assessment");
    expect(n.plan).not.toMatch(/offer (?:her|the patient) a carer/);
  });
});

describe('medicines under their UK and generic names (round 5)', () => {
  it('"Did you need your GTN spray?" — "No." is read; "Mefloquine isn\'t suitable" is the assessment', () => {
    const t = lines(
      'Physiologist: Any chest tightness on the walks?', 'Member: A bit on the hill on Tuesday, it went away when I slowed down.',
      'Physiologist: Did you need your GTN spray?', 'Member: No.',
      "Physiologist: Mefloquine isn't suitable because of your epilepsy.",
      'Physiologist: Keep carrying the GTN spray with you on every walk.',
    );
    const n = generateLocalNote(t, { specialty: 'exercise_therapy' });
    expect(n.subjective).toContain('did not need');
    expect(n.assessment).toContain("Mefloquine isn't suitable");
    expect(n.plan).toContain('GTN spray');
  });
});

describe('a podiatrist, an OT, a midwife and an osteopath: procedures, named findings and tasks for companions (round 5)', () => {
  it('a procedure done today is plan; a finding named as a condition is the assessment; the visit reason is not', () => {
    const t = lines(
      "Podiatrist: Morning Mr Hughes, it's your annual diabetes foot check. Any problems with your feet?", "Mr Hughes: They're a bit numb.",
      "Podiatrist: So you've lost protective sensation in both feet, which is diabetic neuropathy, and with that callus you're at high risk of an ulcer.",
      "Podiatrist: I've pared the callus down today.",
    );
    const n = generateLocalNote(t, { specialty: 'podiatrist' });
    expect(n.assessment).toContain('diabetic neuropathy');
    expect(n.assessment).not.toContain('annual');
    expect(n.plan).toContain('pared the callus');
  });

  it('a task asked of someone named, even as a question, is plan; a posture seen is Objective', () => {
    const t = lines(
      'OT: How are you managing at home?', "Mrs Price: I can't get in the bath at all.",
      "OT: I watched you try the step into the bath and you couldn't lift your leg over the side.",
      'OT: Lisa, could you take up the rugs this weekend?',
      'OT: Standing side on, your head sits forward of your shoulders.',
    );
    const n = generateLocalNote(t, { specialty: 'occupational_therapy' });
    expect(n.objective).toContain('try the step into the bath');
    expect(n.objective).toContain('head sits forward');
    expect(n.plan).toContain('take up the rugs');
  });

  it('"How often have you been using your blue inhaler?" — "Every hour since this afternoon." is read with its question', () => {
    const t = lines(
      'Dr. Kim: How often have you been using your blue inhaler?', 'Pt: Every hour since this afternoon, it is not helping.',
      'Dr. Kim: Before you go home, you\'ll restart a preventer, the brown inhaler, every day.',
    );
    const n = generateLocalNote(t, { specialty: 'physician' });
    expect(n.subjective).toMatch(/blue inhaler: every hour since this afternoon/);
    expect(n.plan).toContain('restart a preventer');
  });

  it('"Any numbness between your legs, or any trouble with your bladder or bowels?" — "No, none of that." is a denial', () => {
    const t = lines(
      'GP: Any numbness between your legs, or any trouble with your bladder or bowels?', 'Patient: No, none of that.',
    );
    const n = generateLocalNote(t, { specialty: 'physician' });
    expect(n.subjective).toMatch(/denies numbness between (?:their|her|his) legs, or any trouble with (?:their|her|his) bladder or bowels/);
  });
});

describe('a reflexology session (round 5)', () => {
  const t = lines(
    'Reflexologist: How has your sleep been since the last session?', 'Helen: Better for a couple of nights, then back to waking at four.',
    "Reflexologist: Let's get you comfortable in the chair, feet up.",
    'Reflexologist: Your feet are cold and a little puffy around the ankles today.',
    'Reflexologist: I\'ll see you in two weeks.',
    'Helen: Lovely, thank you.',
  );
  const n = generateLocalNote(t, { specialty: 'massage_therapy' });

  it('how the feet are is Objective; settling into the chair and the thanks are nowhere', () => {
    expect(n.objective).toContain('feet are cold and a little puffy');
    expect(n.plan).not.toContain('comfortable');
    expect(n.subjective).not.toContain('Lovely');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('a home-health nurse works out a weight change (round 5)', () => {
  it('"On Tuesday you were 177, so that\'s five pounds in three days" is Objective, not plan', () => {
    const t = lines(
      'RN: Have you been weighing yourself every morning?', 'Pt: Yes, it was 182 today.',
      "RN: On Tuesday you were 177, so that's five pounds in three days.",
      'RN: Blood pressure 142 over 88, pulse 96 and irregular.',
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.objective).toContain('5 lb in 3 days');
    expect(n.plan).not.toContain('5 lb');
  });
});
