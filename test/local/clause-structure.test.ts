import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { classifyByStructure } from '../../src/local/clause-structure.js';
import { roleFromLabel } from '../../src/text/speaker-labels.js';

const lines = (...l: string[]) => l.join('\n');

describe('a clinician statement placed by its structure when no cue word names it (round 4)', () => {
  it('obligation, permission, recommendation and others acting for the patient are Plan', () => {
    expect(classifyByStructure('When she gets up at night, she should sit on the edge of the bed for a minute.', 'exam')).toBe('plan');
    expect(classifyByStructure('A night light in the hallway would help too.', 'exam')).toBe('plan');
    expect(classifyByStructure("The codeine is making you constipated, I'd stop the codeine.", 'history')).toBe('plan');
    expect(classifyByStructure('The nurses will contact you for a pre-op assessment next week.', 'history')).toBe('plan');
    expect(classifyByStructure("Legally you can't drive for six months from the seizure.", 'exam')).toBe('plan');
    expect(classifyByStructure('No heavy lifting for four weeks, nothing heavier than a full kettle.', 'history')).toBe('plan');
    expect(classifyByStructure("You've got your clinic appointment in two weeks.", 'history')).toBe('plan');
    expect(classifyByStructure('If the wound becomes hot and red, ring us.', 'history')).toBe('plan');
  });

  it('the visit\'s own talk and hedges are not Plan', () => {
    expect(classifyByStructure('Just a couple of other questions we need to ask.', 'history')).toBeUndefined();
    expect(classifyByStructure("I'd say that's about right.", 'history')).toBeUndefined();
    expect(classifyByStructure('Tell me about a typical day of eating.', 'history')).toBeUndefined();
  });

  it('naming and reasoning are Assessment, readings are Objective, the story told back is history', () => {
    expect(classifyByStructure("That's called orthostatic hypotension.", 'exam')).toBe('assessment');
    expect(classifyByStructure("What's happened is a posterior vitreous detachment.", 'exam')).toBe('assessment');
    expect(classifyByStructure('This was a breakthrough seizure, and the night shifts are the trigger.', 'exam')).toBe('assessment');
    expect(classifyByStructure('The ibuprofen is very likely part of why it dropped.', 'history')).toBe('assessment');
    expect(classifyByStructure("Lying down it's 142/80.", 'exam')).toBe('exam');
    expect(classifyByStructure('She took 18 seconds to get up, walk to the door and back.', 'exam')).toBe('exam');
    expect(classifyByStructure('The heartbeat, 140, lovely.', 'exam')).toBe('exam');
    expect(classifyByStructure("You've smoked for about forty years, twenty a day.", 'history')).toBe('history');
    expect(classifyByStructure('It started about two weeks ago.', 'history')).toBeUndefined();
  });

  it('a falls visit told through a daughter keeps the readings, the naming and the advice in their sections', () => {
    const t = lines(
      'Doctor: Could you ask her what happened?',
      'Daughter: She says she has fallen twice this month, at night on the way to the toilet.',
      "Doctor: I'm going to check her blood pressure lying down and then standing. Lying down it's 142/80. Now standing, 112/70.",
      'Doctor: She took 18 seconds to get up, walk to the door and back.',
      "Doctor: Her blood pressure drops when she stands up. That's called orthostatic hypotension.",
      'Doctor: When she gets up at night, she should sit on the edge of the bed for a minute before standing.',
      'Doctor: A night light in the hallway would help too.',
    );
    const n = generateLocalNote(t);
    expect(n.objective).toContain('142/80');
    expect(n.objective).toContain('112/70');
    expect(n.objective).toContain('18 seconds');
    expect(n.assessment).toContain('orthostatic hypotension');
    expect(n.plan).toContain('sit on the edge of the bed');
    expect(n.plan).toContain('night light');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"Let me measure your bump, the fundal height is 29 centimetres": the doing and the finding are split', () => {
    const t = lines(
      'Midwife: How is baby moving?', 'Client: Lots of kicks in the evening.',
      'Midwife: Let me measure your bump, the fundal height is 29 centimetres, right where it should be.',
      'Midwife: And the heartbeat, 140, lovely.',
    );
    const n = generateLocalNote(t);
    expect(n.objective).toContain('fundal height is 29');
    expect(n.objective).toContain('140');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('profession names by their ending (round 4)', () => {
  it('an -ologist, -iatrist, -ician or -therapist label, and a registrar, is a clinician', () => {
    expect(roleFromLabel('Urologist')).toBe('clinician');
    expect(roleFromLabel('Neurologist')).toBe('clinician');
    expect(roleFromLabel('Paediatrician')).toBe('clinician');
    expect(roleFromLabel('Registrar')).toBe('clinician');
    expect(roleFromLabel('Daughter')).toBe('other');
  });
});

describe('findings named after they are seen, results under a heading, verbless advice, a yes that goes on (round 4)', () => {
  it('"There\'s swelling over the knuckles…, that\'s synovitis" is Objective; "Your blood tests: the ANA is positive" is a result', () => {
    const t = lines(
      'Dr. Kowalski: Tell me what has been happening.',
      'Maria: My fingers and wrists are stiff every morning for an hour.',
      'Dr. Kowalski: Let me examine you.',
      "Dr. Kowalski: There's swelling over the knuckles of both hands, they're tender when I squeeze, that's synovitis.",
      'Dr. Kowalski: Your blood tests: the ANA is strongly positive, and your complement levels are low.',
      "Dr. Kowalski: I'm confident this is systemic lupus erythematosus.",
      "Dr. Kowalski: High factor sunscreen every day, even when it's cloudy, and a hat.",
    );
    const n = generateLocalNote(t);
    expect(n.objective).toContain('swelling over the knuckles');
    expect(n.objective).toContain('ANA is strongly positive');
    expect(n.assessment).toContain('lupus');
    expect(n.plan).toContain('sunscreen every day');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"There are things like Dioralyte you can get" is advice, not a finding', () => {
    const n = generateLocalNote(lines(
      'Doctor: How long has the diarrhoea been going on?', 'Patient: Three days now, and some vomiting.',
      'Doctor: Let me examine your tummy. It is soft and not tender.',
      'Doctor: There are things like Dioralyte you can get from the pharmacy, it helps replenish your salts.',
    ));
    expect(n.objective).not.toContain('Dioralyte');
  });

  it('"It\'s your right eye?" — "Yeah, about three days ago I started seeing flashes": the yes confirms the side', () => {
    const t = lines(
      "Ophthalmologist: The triage nurse says it's your right eye?",
      'Pt: Yeah, about three days ago I started seeing flashes of light at the edge of my vision.',
      "Ophthalmologist: What's happened is a posterior vitreous detachment.",
    );
    const n = generateLocalNote(t);
    expect(n.subjective).toMatch(/right eye/);
    expect(n.subjective).toContain('flashes of light');
    expect(n.assessment).toContain('posterior vitreous detachment');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});


describe('short answers read with their question, and the story reported or recapped (round 4)', () => {
  it('"Condoms?" — "Not every time."; "Any pain when you pee?" — "Yeah, it stings. Burning."; "I dunno. Maybe five hours?"', () => {
    const t = lines(
      'Clinician: What brings you in today?', 'Client: Discharge, for about five days.',
      'Clinician: Any pain when you pee?', 'Client: Yeah, it stings. Burning.',
      'Clinician: Condoms?', 'Client: Not every time.',
      'Clinician: How much are you sleeping?', "Client: I dunno. Maybe five hours? I'm on my phone till two.",
    );
    const n = generateLocalNote(t);
    expect(n.subjective).toContain('Condoms: not every time.');
    expect(n.subjective).toMatch(/pain when the patient pees: it stings, burning/);
    expect(n.subjective).toMatch(/5 hours/);
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"Mom tells me you\'ve been having headaches" and "Just to recap: you came to us after seeing blood…" are history', () => {
    const t = lines(
      "Dr. Alvarez: Jayden, Mom tells me you've been having headaches.",
      'Jayden: Yeah, most days after school.',
      'Urologist: Just to recap for the notes: you came to us after seeing blood in your urine in June, with no pain at all.',
      'Patient: That is right.',
    );
    const n = generateLocalNote(t);
    expect(n.subjective).toMatch(/having headaches/);
    expect(n.subjective).toMatch(/blood in (?:the patient's|their|his|her) urine/);
    expect(n.objective).not.toMatch(/blood in/);
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('introductions, errands, the team\'s practice, verbless doses and announced topics (round 4b)', () => {
  it('"it\'s Aoife, the heart failure nurse" is no diagnosis; "We treat it with mesalazine" and "two senna at night" are Plan', () => {
    const t = lines(
      "HF Nurse: Hi Mr Dunne, it's Aoife, the heart failure nurse.",
      'Patient: Hello. My ankles are up a bit.',
      'Gastroenterologist: We treat it with mesalazine, 4 grams once a day by mouth.',
      'Gastroenterologist: For the bowels, two senna at night and two sachets of Laxido a day until they move.',
      'Nurse: Could you drop a spare inhaler in for school.',
    );
    const n = generateLocalNote(t);
    expect(n.assessment).not.toContain('Aoife');
    expect(n.plan).toContain('mesalazine');
    expect(n.plan).toContain('two senna at night');
    expect(n.plan).toContain('spare inhaler');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"So, the colonoscopy." names what the next finding is from; "The latch looks shallow." is a finding, not a topic', () => {
    const t = lines(
      'Gastroenterologist: How have the bowels been?', 'Patient: Loose, six times a day, with blood.',
      'Gastroenterologist: So, the colonoscopy. The lining of the rectum was red and inflamed, with small ulcers.',
      'Midwife: Let me watch a feed. The latch looks shallow.',
    );
    const n = generateLocalNote(t);
    expect(n.objective).toMatch(/Colonoscopy: the lining of the rectum/);
    expect(n.objective).toContain('latch looks shallow');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('ASR with no punctuation: "let me look in both ears the ear canals are clear" keeps the finding; named tests in the exam', () => {
    const t = lines(
      'doctor: so what happened with the ear', 'patient: i woke up on monday and the left ear was muffled',
      'doctor: okay let me look in both ears the ear canals are clear and both eardrums look normal',
      'doctor: so the weber goes to the right and rinne is positive on both sides',
    );
    const n = generateLocalNote(t);
    expect(n.objective).toMatch(/ear canals are clear/i);
    expect(n.objective).toMatch(/rinne is positive/i);
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('current medicines in a dictated history, and ratings of something other than pain (round 4b)', () => {
  it('"He takes apixaban 5 mg twice daily" before the exam is history, not plan', () => {
    const t = 'Follow-up for Mr. Hargreaves, 71, with COPD and atrial fibrillation, seen today for increasing breathlessness. '
      + 'He takes apixaban 5 mg twice daily and denies any bleeding. On examination he is alert. Oxygen saturation is 91 percent. '
      + 'My impression is an exacerbation of COPD. I have started prednisolone 30 mg daily for five days.';
    const n = generateLocalNote(t);
    expect(n.subjective).toContain('apixaban 5 mg twice daily');
    expect(n.plan).not.toContain('apixaban');
    expect(n.plan).toContain('prednisolone');
  });

  it('"Your mood overall, out of ten?" — "Maybe a five." is "Mood 5/10"', () => {
    const t = lines(
      'Speaker A: How has the sertraline been going?', 'Speaker B: Better, I have been going to work every day.',
      'Speaker A: And your mood overall, if you had to put a number on it, out of ten?', 'Speaker B: Maybe a five.',
    );
    const n = generateLocalNote(t);
    expect(n.subjective).toContain('Mood 5/10.');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('a results review by phone or video, and the impression said without a verb (round 5)', () => {
  it('"I\'ve got your sensor download up" opens the results; reasoning is Assessment; advice after a lead phrase is Plan', () => {
    const t = lines(
      'Nurse: How have the last few weeks been?', 'Patient: My type 1 diabetes has been hard. I keep going low after football training, at night.',
      "Nurse: I've got your sensor download up. Your time in range is 52 percent, and you're low 14 percent of the time.",
      'Nurse: The overnight lows are happening after football, because exercise keeps pulling your sugar down for hours.',
      'Nurse: On training days, reduce your long-acting insulin by two units.',
      'Nurse: For lunch, can you set a reminder on your phone.',
      'Nurse: Turn the humidifier up to four, that will help with the dry mouth.',
      "Nurse: I'll look at the download again in four weeks and give you a ring.",
    );
    const n = generateLocalNote(t);
    expect(n.objective).toContain('52%');
    expect(n.assessment).toContain('overnight lows are happening after football');
    expect(n.plan).toContain('reduce');
    expect(n.plan).toContain('set a reminder');
    expect(n.plan).toContain('humidifier');
    expect(n.plan).toContain('in 4 weeks');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"So, a minor head injury with a scalp laceration." is the impression; "someone should stay with him" and "Stop the cranberry juice." are Plan', () => {
    const t = lines(
      'Dr Marsh: Can you tell me what happened?', 'Patient: I tripped on the rug and hit my head.',
      'Dr Marsh: Let me look. There is a 3 cm laceration on the back of the scalp. His GCS is 15.',
      'Dr Marsh: So, a minor head injury with a scalp laceration, and no bleeding on the scan.',
      'Dr Marsh: When he goes home, someone should stay with him for 24 hours.',
      'Pharmacist: So your INR is too high.',
      'Pharmacist: Stop the cranberry juice.',
    );
    const n = generateLocalNote(t);
    expect(n.assessment).toContain('minor head injury');
    expect(n.assessment).toContain('INR is too high');
    expect(n.plan).toContain('someone should stay with him');
    expect(n.plan).toContain('Stop the cranberry juice');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('a physio calling a caller, a crisis call, a postnatal visit (round 6)', () => {
  it('"PT:" with a "Caller:" and no other clinician is the therapist; "From what you\'ve described, this sounds like…" is Assessment', () => {
    const t = lines(
      'PT: Hello, this is Grace, one of the physiotherapists. What happened?',
      'Caller: About ten days ago I bent over to lift a bag of compost and felt my low back go.',
      'PT: Any numbness around the back passage, any change in your bladder or bowels?', 'Caller: No, nothing like that.',
      "PT: From what you've described, this sounds like mechanical low back pain, and there are no red flags.",
      'PT: The most important thing is to keep moving, walk a few times a day.',
    );
    const n = generateLocalNote(t);
    expect(n.speakers).toEqual({ PT: 'clinician', Caller: 'patient' });
    expect(n.assessment).toContain('mechanical low back pain');
    expect(n.plan).toContain('keep moving');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"You sound calmer", "What I\'m hearing is…", "I\'d put your risk as moderate", "within the normal range"', () => {
    const t = lines(
      'Worker: Are you having any thoughts of ending your life?', 'Caller: Sometimes, but I have no plan. I lost my job and I am not sleeping.',
      'Worker: You sound calmer than when you first called, and your speech is clear.',
      "Worker: What I'm hearing is that you're having suicidal thoughts, but no plan and no intent.",
      "Worker: I'd put your risk tonight as moderate.",
      "Midwife: So baby's weight loss is within the normal range, and the tearfulness sounds like the baby blues.",
    );
    const n = generateLocalNote(t);
    expect(n.objective).toContain('calmer');
    expect(n.assessment).toContain('suicidal thoughts');
    expect(n.assessment).toContain('risk tonight as moderate');
    expect(n.assessment).toContain('within the normal range');
    expect(n.assessment).toContain('baby blues');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('what the round-4 readings must not do on ACI-style transcripts (grounding stays clean)', () => {
  it('"nausea, vomiting, diarrhea? — no" stays a denial, not "Topic: no"; "you may have had some bleeding" is no plan', () => {
    const t = lines(
      '[doctor] nausea, vomiting, diarrhea?', '[patient] no.',
      '[doctor] it looks like you had some gastritis. you may have had some bleeding from the gastritis.',
    );
    const n = generateLocalNote(t);
    expect(n.subjective).not.toMatch(/: no\./);
    expect(n.plan).not.toContain('may have had some bleeding');
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it('"your blood sugars are running in the one twenties" is no finding for the checker', () => {
    const t = lines(
      '[doctor] how are your blood sugars?', '[patient] it seems to be one twenty most mornings.',
      "[doctor] good, for your diabetes i want to order a hemoglobin a1c and continue you on the metformin one thousand milligrams twice a day since your blood sugars are running in the one twenties.",
    );
    const n = generateLocalNote(t);
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('requests, advice verbs, a medicine named without a verb, a value with its reading, progress (round 7)', () => {
  it('"Please fill in an incident form", "Wear a soft cotton bra", "Paracetamol for the fever…" are Plan; "titre … was 120, which is protective" a result', () => {
    const t = lines(
      'OH Nurse: Tell me what happened.', 'Staff member: I stuck the insulin needle in my finger when I recapped it.',
      'OH Nurse: Let me look. There is a small puncture wound on the left index finger.',
      'OH Nurse: Your hepatitis B antibody titre from last year was 120, which is protective.',
      'OH Nurse: Please fill in an incident form before the end of your shift.',
      'OH Nurse: Wear a soft cotton bra, no underwire.',
      'OH Nurse: Paracetamol for the fever and pain, and plenty of fluids.',
      "OH Nurse: So you're doing well.",
    );
    const n = generateLocalNote(t);
    expect(n.objective).toContain('titre from last year was 120');
    expect(n.plan).toContain('incident form');
    expect(n.plan).toContain('soft cotton bra');
    expect(n.plan).toContain('Paracetamol for the fever');
    expect(n.assessment).toContain('doing well');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('a task asked politely as a question once the plan is being made (stop 45)', () => {
  const visit = (...said: string[]) => generateLocalNote([
    'Physio: How has the ankle been since last week?', 'Client: Sore on stairs, better on the flat.',
    'Physio: Let me look. It is less swollen than last time.', 'Physio: So here is the plan. Keep icing it after walks.',
    ...said,
  ].join('\n'), { specialty: 'physical_therapy' });

  it('writes "Evenings: could you do the band exercises twice?" and "could you send me a photo on Friday?" as the tasks', () => {
    const n = visit('Physio: Evenings: could you do the band exercises twice?', 'Physio: And could you send me a photo of the swelling on Friday?');
    expect(n.plan).toContain('Evenings: do the band exercises twice.');
    expect(n.plan).toMatch(/Send a photo of the swelling on Friday\./);
    expect(n.plan).not.toMatch(/could you/i);
  });

  it('leaves a question that asks for an answer ("could you tell me…") out of the plan', () => {
    const n = visit('Physio: Could you tell me which shoes you wear for work?', 'Client: Trainers mostly.');
    expect(n.plan).not.toMatch(/shoes/);
  });
});
