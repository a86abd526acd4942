import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

const lines = (...l: string[]) => l.join('\n');

describe('an exam opened by placing the body, and what is seen or felt said casually (round z)', () => {
  it('"hop on the scales for me" opens the exam: the weight and what the coach sees are Objective', () => {
    const t = lines(
      "Coach: How's the knee been?", 'Member: Better, I can do stairs now.',
      'Coach: Hop on the scales for me.',
      "Coach: You're at 62 kilos.",
      'Coach: The left knee still drifts in when you squat.',
    );
    const n = generateLocalNote(t, { specialty: 'exercise_therapy' });
    expect(n.objective).toContain('62 kg');
    expect(n.objective).toContain('left knee still drifts in');
    expect(n.subjective).not.toContain('62');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"lie face down for me" opens the exam; the findings that follow have no exam words', () => {
    const n = generateLocalNote(lines(
      'Therapist: What brings you in?', 'Client: My neck has been stiff for three weeks.',
      'Therapist: Lie face down for me.',
      'Therapist: That knot has softened a lot now.',
      'Therapist: Walking in, you held onto the wall the whole way.',
    ), { specialty: 'massage_therapy' });
    expect(n.objective).toContain('knot has softened');
    expect(n.objective).toContain('held onto the wall');
  });

  it('a request and what it shows in one breath are two sentences, the finding kept', () => {
    const n = generateLocalNote(lines(
      "Therapist: How's the neck?", 'Client: Sore on the right for three weeks.',
      "Therapist: Turn your head to the right for me, you're only getting about halfway compared to the left.",
      "Therapist: If you don't have any questions for me, I'll walk you out to the desk.",
    ), { specialty: 'massage_therapy' });
    expect(n.objective).toContain('halfway compared to the left');
    expect(n.objective).not.toContain('for me');
    expect(n.plan).not.toMatch(/^I'll walk/m);
  });

  it('advice given during the exam is plan when it says when or what for; a manoeuvre is not', () => {
    const n = generateLocalNote(lines(
      "Nurse: How's feeding going?", 'Mum: My nipple is cracked and it hurts.',
      'Nurse: Let me have a look at the latch.',
      'Nurse: Use some lanolin on the crack after feeds.',
      'Nurse: Raise the laptop up on some books so the screen is at eye level.',
      'Nurse: Turn your head to the left for me.',
    ), { specialty: 'registered_nurse' });
    expect(n.plan).toContain('lanolin on the crack after feeds');
    expect(n.plan).toContain('so the screen is at eye level');
    expect([n.objective, n.plan].join('\n')).not.toContain('Turn');
  });
});

describe('what the clinician sees in any phase, a value read as a risk, and notes to colleagues (round z)', () => {
  it('"I notice you both look calmer" in a therapy session is Objective; "I can see you\'ve been struggling" is not', () => {
    const n = generateLocalNote(lines(
      'Therapist: Where would you like to start?', 'Sam: We had another fight about money and I shut down.',
      'Therapist: I notice you both look a lot calmer sitting here than two weeks ago.',
      "Therapist: I can see you've been struggling with this for a while.",
    ), { specialty: 'psychotherapist' });
    expect(n.objective).toContain('look a lot calmer');
    expect(n.objective).not.toContain('struggling');
  });

  it('a weight change that "puts you at risk of malnutrition" is the assessment', () => {
    const n = generateLocalNote(lines(
      "Dietitian: What's your appetite like?", "Client: Not much since my husband died, tea and toast mostly.",
      "Dietitian: You've lost about 12 percent of your body weight in four months, which puts you at risk of malnutrition.",
    ), { specialty: 'dietitian_nutritionist' });
    expect(n.assessment).toContain('at risk of malnutrition');
    expect(n.objective).not.toContain('malnutrition');
  });

  it('"I\'ll let your GP know", "I\'ll ask Dr. Mahon about antibiotics" and "please see your dentist" are plan', () => {
    const t = lines(
      'Nurse: How has the leg been?', "Patient: It's been weeping and throbbing at night.",
      'Nurse: Soft foods while the dentures are loose, and please see your dentist about refitting them.',
      "Nurse: I'll ask Dr. Mahon about antibiotics and let you know this afternoon.",
      "Nurse: I'll let your GP know about the weight.",
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.plan).toContain('see their dentist about refitting');
    expect(n.plan).toContain('Dr. Mahon about antibiotics');
    expect(n.plan).toContain('GP know');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('the summary said in plain words is the assessment (round z)', () => {
  const assess = (specialty: string, ...said: string[]) => generateLocalNote(lines('Clinician: What brings you in?', 'Client: It hurts and I am worried.', 'Clinician: Let me have a look.', ...said), { specialty }).assessment;

  it('a symptom put down to a cause, a side effect, and a normal reaction', () => {
    expect(assess('exercise_therapy', 'Clinician: The back tightness is probably from sitting and tight hamstrings.')).toContain('back tightness is probably from sitting');
    expect(assess('pharmacy', 'Clinician: The ankle swelling is a common side effect of amlodipine.')).toContain('side effect of amlodipine');
    expect(assess('registered_nurse', 'Clinician: This is a normal local reaction to the vaccine.')).toContain('normal local reaction');
  });

  it('progress and targets, the main risks, "what I\'m hearing is…", and a named person\'s condition', () => {
    expect(assess('registered_nurse', "Clinician: She's gaining well, and the soreness is from a shallow latch.")).toContain('gaining well');
    expect(assess('pharmacy', 'Clinician: Your blood pressure is still above target.')).toContain('above target');
    expect(assess('occupational_therapy', 'Clinician: The main risks are the bath, the loose rug and not using the frame indoors.')).toContain('main risks');
    expect(assess('psychotherapist', "Clinician: What I'm hearing is the pursue-withdraw cycle we mapped out.")).toContain('pursue-withdraw cycle');
    expect(assess('psychotherapist', "Clinician: Sam's work anxiety is worth looking at on its own.")).toContain("Sam's work anxiety");
    expect(assess('massage_therapy', "Clinician: It's a trigger point in the upper trapezius.")).toContain('trigger point');
  });
});

describe('measurements in British spelling and findings said with a contraction (round z)', () => {
  it('"3 by 2 centimetres" is a measured finding written in cm; "your ankle\'s puffy" is seen now', () => {
    const t = lines(
      "Nurse: How's the leg been?", "Patient: It's been weeping a lot.",
      "Nurse: Right, let's have a look.",
      "Nurse: The ulcer's about 3 by 2 centimetres now, it was 4 by 3 two weeks ago.",
      "Nurse: Your ankle's puffy but less than last week.",
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.objective).toContain('3 by 2 cm');
    expect(n.objective).toContain('ankle\'s puffy');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"let me have a look so there\'s thick callus…" in a lower-case run-on keeps the finding', () => {
    const n = generateLocalNote(lines(
      'PODIATRIST: how are the feet doing', "PATIENT: the right one's been sore under the ball of the foot for two months",
      "PODIATRIST: okay let me have a look so there's thick callus under the ball of your right foot about the size of a coin and there's a little bit of bruising under it",
    ), { specialty: 'podiatrist' });
    expect(n.objective).toMatch(/thick callus under the ball/i);
    expect(n.objective).toContain('bruising');
  });
});

describe('a session with no exam: what the therapist sees, said to one person by name (round z)', () => {
  const t = lines(
    'Therapist: Where would you like to start?', 'Sam: We had another fight about money and I shut down.',
    "Therapist: Alex, you seem brighter today, you're making eye contact with Sam.",
    'Therapist: Sam, when Alex talked about the kids, you crossed your arms and looked at the floor.',
    "Therapist: What I'm hearing is the pursue-withdraw cycle we mapped out: Alex reaches for connection by pushing harder, Sam protects himself by pulling away, and each move triggers the other.",
    'Therapist: Sam, you look great today, is that a new haircut?',
  );
  const n = generateLocalNote(t, { specialty: 'psychotherapist' });

  it('reads past the name: "you seem brighter" and a gesture seen in the room are Objective', () => {
    expect(n.objective).toContain('brighter today');
    expect(n.objective).toContain('crossed');
    expect(n.objective).not.toContain('haircut');
  });

  it('a naming before a colon is the assessment, however long what it explains', () => {
    expect(n.assessment).toContain('pursue-withdraw cycle');
  });
});

describe('a finding after "I had a feel" and after a clause with no comma (round z)', () => {
  it('keeps both as Objective', () => {
    const n = generateLocalNote(lines(
      "OT: How have you been managing at home since the hip fracture?", "Client: Slowly, the stairs are hard and my hip hurts.",
      'OT: Can you show me how you get up from this chair?',
      "OT: Walking to the kitchen you held onto the furniture the whole way.",
      "OT: I had a feel under her tongue, and her tongue lifts and moves well.",
    ), { specialty: 'occupational_therapy' });
    expect(n.objective).toContain('held onto the furniture');
    expect(n.objective).toContain('tongue lifts and moves well');
  });
});

describe('findings with no exam announced: the therapist works and talks (round z)', () => {
  const t = lines(
    "Physio: How's the shoulder been this week?", 'Client: Less sore, I can reach the top shelf now.',
    'Physio: Your range looks better than last time.',
    'Physio: Your left calf is bigger than the right.',
    "Physio: There's a bit of tightness here.",
    "Physio: You're speaking a lot faster than usual today.",
    'Physio: You managed ten sit to stands in thirty seconds.',
    'Physio: Your pain sounds better than last week.',
  );
  const n = generateLocalNote(t, { specialty: 'physical_therapy' });

  it('a part as it looks now, one side against the other, a finding pointed at, behaviour now and a count done are Objective', () => {
    expect(n.objective).toContain('range looks better than last time');
    expect(n.objective).toContain('left calf is bigger than the right');
    expect(n.objective).toContain('tightness here');
    expect(n.objective).toContain('faster than usual today');
    expect(n.objective).toContain('sit to stands');
  });

  it('what the patient reported, said back, is not', () => {
    expect(n.objective).not.toContain('pain sounds better');
  });
});

describe('a percentage is a measured value (round z)', () => {
  it('"he stuttered on 6% of syllables" is Objective, and the section is not left empty', () => {
    const n = generateLocalNote(lines(
      "SLP: How has Jamie's talking been this month?", 'Parent: He gets stuck on words more, especially at school.',
      'SLP: Today in conversation he stuttered on 6% of syllables, mostly sound repetitions and a few blocks.',
      'SLP: This is developmental stuttering.',
    ), { specialty: 'slp' });
    expect(n.objective).toContain('6% of syllables');
  });
});

describe('the complaint named in a short answer to the opening question', () => {
  it('"What are we working on today?" — "My acne." gives the chief complaint; "I\'m good" does not', () => {
    const t = lines(
      'Dr. Okoye: What are we working on today?', 'Maya: My acne.',
      "Maya: It's been two years and it's getting worse, I pick at it.",
      'Dr. Okoye: I see comedones and inflamed papules on the forehead and cheeks.',
    );
    const n = generateLocalNote(t);
    expect(n.subjective).toMatch(/^CHIEF COMPLAINT\nAcne\./);
    expect(checkGrounding(n, t)).toEqual([]);
    const fine = generateLocalNote(lines(
      "Doctor: What's going on?", "Patient: I'm good.", 'Patient: My knee has been swelling for two weeks after a fall.',
      'Doctor: The knee is swollen with a small effusion.',
    ));
    expect(fine.subjective).not.toContain("I'm good");
  });
});

describe('from round z2: more ways an exam opens, and findings said in passing', () => {
  it('"face down on the table", "let\'s have you lying on your back", "give me a squeeze" open the exam and are not plan', () => {
    const n = generateLocalNote(lines(
      "Physio: How are you finding things, four months on?", 'Client: My tummy still bulges when I sit up and I leak when I sneeze.',
      "Physio: Let's have you lying on your back, knees bent, and lift your head just a little.",
      'Physio: I can fit two fingers in the gap above your belly button.',
      "Physio: That's about eight seconds, but it's fading after five.",
      "Physio: You've still got a small diastasis and a weak pelvic floor.",
    ), { specialty: 'physical_therapy' });
    expect(n.plan).not.toContain('lying on your back');
    expect(n.objective).toContain('two fingers in the gap');
    expect(n.objective).toContain('eight seconds');
    expect(n.assessment).toContain('diastasis');
  });

  it('a part named without an article during the exam, and "when you talk I can see…" are findings, not questions', () => {
    const n = generateLocalNote(lines(
      "Dr. Patel: What's been bugging you?", 'Kim: The middle of my back, for about a week.',
      'Dr. Patel: Okay, face down on the table.',
      "Dr. Patel: T5 and T6 are pretty stuck, they're not moving when I spring them.",
      'Dr. Patel: when you talk i can see the muscles in your neck standing out',
      'Dr. Patel: lie on your stomach the right piriformis is very tender and straight leg raise is negative',
    ), { specialty: 'chiropractor' });
    expect(n.objective).toContain('T5 and T6 are pretty stuck');
    expect(n.objective).toMatch(/muscles in their neck standing out/i);
    expect(n.objective).toContain('piriformis is very tender');
  });
});

describe('pitting said plainly, and a limit set with "no more"', () => {
  it('"it leaves a dent that stays" is Objective; "no more canned soup" is plan', () => {
    const t = lines(
      "Nurse: How's the breathing been this week?", "Patient: Worse, I'm sleeping on three pillows and my ankles are swollen.",
      'Nurse: When I press on your shins it leaves a dent that stays.',
      "Nurse: No more canned soup, it's loaded with salt.",
    );
    const n = generateLocalNote(t, { specialty: 'registered_nurse' });
    expect(n.objective).toContain('leaves a dent that stays');
    expect(n.plan).toContain('No more canned soup');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('hands-on work opens the exam', () => {
  it('"let me work on your shoulders" — what the therapist then feels is Objective', () => {
    const n = generateLocalNote(lines(
      'Client: My shoulders are so tight from the desk job, and I get headaches.',
      'LMT: Let me work on your shoulders first.',
      'LMT: Your left trap is really ropey, more than the right.',
      'LMT: Keep your screen at eye level and stretch every hour.',
    ), { specialty: 'massage_therapy' });
    expect(n.objective).toContain('left trap is really ropey');
    expect(n.plan).toContain('stretch every hour');
  });
});

describe('more findings said in passing, before any exam', () => {
  const t = lines(
    "Nurse: How have things been?", 'Client: My cough is better but the leg wound still weeps.',
    'Nurse: Your breathing is a bit noisy.',
    'Nurse: The swelling has gone down a lot.',
    "Nurse: You've got a bit of a tremor in your right hand.",
    "Nurse: Reading's 138 over 86.",
    'Nurse: Teeth have a lot of tartar.',
    "Nurse: She's alert and chatty.",
    'Nurse: Your breathing is better, you said.',
  );
  const n = generateLocalNote(t, { specialty: 'registered_nurse' });

  it('a part and how it is, a change seen, a function found and a reading said with a contraction are Objective', () => {
    expect(n.objective).toContain('breathing is a bit noisy');
    expect(n.objective).toContain('swelling has gone down');
    expect(n.objective).toContain('tremor in');
    expect(n.objective).toMatch(/138\/86/);
    expect(n.objective).toContain('tartar');
    expect(n.objective).toContain('alert and chatty');
  });

  it('what the patient said, repeated back, stays out of Objective', () => {
    expect(n.objective).not.toContain('breathing is better');
  });
});

describe('how the patient presents, said after the other findings', () => {
  const visit = (finding: string) => generateLocalNote(lines(
    'Vet: How has she been eating?', 'Owner: Less than usual, and she sleeps all day.',
    'Vet: Let me feel her tummy. Her tummy is soft, nothing painful there.',
    `Vet: ${finding}`,
    'Owner: That is good to hear.',
    'Vet: I will take some bloods today.',
  ), { specialty: 'veterinary' });

  it('"otherwise she\'s bright and alert" is a finding in the room, Objective', () => {
    expect(visit("Otherwise she's bright and responsive.").objective).toContain('bright and responsive');
    expect(visit("Overall she's calm and settled.").objective).toContain('calm and settled');
  });

  it("the owner's \"otherwise she's bright at home\" stays the owner's report", () => {
    const n = generateLocalNote(lines(
      'Vet: How has she been eating?', "Owner: Less than usual. Otherwise she's bright and playful at home.",
      'Vet: Her tummy is soft, nothing painful there.', 'Vet: I will take some bloods today.',
    ), { specialty: 'veterinary' });
    expect(n.subjective).toContain('bright and playful');
    expect(n.objective).not.toContain('playful');
  });
});

describe('muscles named as a bodyworker names them, felt while working (stop 45)', () => {
  it('a knotted levator or a tight upper trap felt by the therapist is Objective', () => {
    const n = generateLocalNote([
      'Therapist: Where is it worst today?', 'Client: Across the top of my left shoulder, since the long drive.',
      'Therapist: Your left upper trap is tight like a cable, and the levator scapulae is knotted near the shoulder blade.',
      'Therapist: We will do thirty minutes of trigger point work and I will show you a doorway stretch.',
    ].join('\n'), { specialty: 'massage_therapy' });
    expect(n.objective).toMatch(/upper trap is tight like a cable/);
    expect(n.objective).toMatch(/levator scapulae is knotted/);
  });

  it("the client's own \"my traps feel knotted\" stays the client's report", () => {
    const n = generateLocalNote([
      'Therapist: How have the shoulders been?', 'Client: My traps feel knotted every evening after work.',
      'Therapist: We will work on them for forty minutes today.',
    ].join('\n'), { specialty: 'massage_therapy' });
    expect(n.subjective).toMatch(/knotted/);
    expect(n.objective).not.toMatch(/knotted/);
  });
});
