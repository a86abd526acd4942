import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';

const lines = (...l: string[]) => l.join('\n');
const all = (n: ReturnType<typeof generateLocalNote>) => [n.subjective, n.objective, n.assessment, n.plan].join('\n');

describe('a handoff between clinicians', () => {
  const t = lines(
    'Medic: This is Ruth, 82 years old, she had a fall at home this morning, tripped on a rug.',
    'Medic: Complaining of right hip pain. No head strike, no loss of consciousness.',
    'Medic: We got an IV in and gave fentanyl 50 mcg.',
    'RN: Any allergies?',
    'Medic: Sulfa, she gets a rash.',
    'RN: This looks like a hip fracture.',
  );
  const n = generateLocalNote(t, { specialty: 'paramedic' });

  it('keeps the presentation as history and what was done as plan', () => {
    expect(n.subjective).toContain('82 years old, she had a fall at home');
    expect(n.subjective).toContain('Complaining of right hip pain.');
    expect(n.subjective).toContain('No head strike, no loss of consciousness.');
    expect(n.plan).toContain('gave fentanyl 50 mcg');
  });

  it("reads one clinician's answer to another's question", () => {
    expect(n.subjective).toContain('Allergies: sulfa');
    expect(checkGrounding(n, t)).toEqual([]);
  });
});

describe('procedures, recommendations and short instructions', () => {
  it('puts a procedure done in the visit in the plan, and a finding that says "clean and dry" in the exam', () => {
    const n = generateLocalNote(lines(
      'Doctor: How are the incisions?', 'Patient: Fine, no drainage.',
      'Doctor: All four port sites are healing well, clean and dry, no erythema.',
      "Doctor: I'll take off these steri-strips.", "Doctor: I'm going to debride the callus around the edges today.",
      "Doctor: You're recovering well from your surgery, this is a normal postoperative course.",
    ));
    expect(n.objective).toContain('clean and dry');
    expect(n.plan).toContain('steri-strips');
    expect(n.plan).toContain('debride the callus');
    expect(n.assessment).toContain('recovering well');
  });

  it('keeps "the team recommends…", "please don\'t drive yourself" and an age answer', () => {
    const n = generateLocalNote(lines(
      'Nurse: How old are you?', 'Caller: Fifty-eight.',
      'Nurse: I have chest pressure going into my left arm?', 'Caller: Yes, I have chest pressure going into my left arm.',
      "Nurse: I'm concerned this could be a heart attack. Please don't drive yourself. Call 911 now.",
      'Nurse: The team recommends a stay at a skilled nursing facility for rehab.',
    ));
    expect(n.subjective).toContain('58 years old.');
    expect(n.plan).toContain("Please don't drive yourself.");
    expect(n.plan).toContain('skilled nursing facility');
  });
});

describe('ASR text in lower case without punctuation', () => {
  const t = lines(
    'spk_0: so how have things been since we went up on the sertraline',
    'spk_1: better my mood is better but i still wake up at three and can\'t get back to sleep',
    'spk_0: that\'s good any side effects from the higher dose',
    'spk_1: some nausea the first week',
    'spk_0: any thoughts of hurting yourself or that you\'d be better off dead',
    'spk_1: no nothing like that',
    'spk_0: what i\'d like to do is go up to sertraline 150 mg once a day and add trazodone 50 mg at bedtime for sleep',
  );
  const n = generateLocalNote(t, { specialty: 'psychiatrist' });

  it('reads questions without a question mark and a plan said as "what I\'d like to do is…"', () => {
    expect(n.subjective).toMatch(/denies thoughts of hurting/);
    expect(n.plan).toContain('sertraline 150 mg');
    expect(all(n)).not.toMatch(/any side effects/);
  });
});

describe('a nursing home visit with an aide', () => {
  const t = lines(
    'NP: What have you noticed?',
    "Aide: She's been confused for two days. Her urine smells strong too.",
    'NP: Any falls?',
    'Aide: She fell yesterday in the bathroom, no injury.',
    'NP: Mrs. Alvarez, does anything hurt?',
    'Resident: My belly hurts down low.',
    'NP: This looks like a urinary tract infection.',
  );
  const n = generateLocalNote(t);

  it("keeps the aide's report as history in the aide's name, and reads a nursing-home resident as the patient", () => {
    expect(n.subjective).toContain("Per the aide, she's been confused for 2 days.");
    expect(n.subjective).toContain('Per the aide, her urine smells strong too.');
    expect(n.subjective).toContain('Her belly hurts down low.');
    expect(n.objective).toBe('');
    expect(generateLocalNote(t).speakers).toMatchObject({ Resident: 'patient', Aide: 'clinician' });
  });
});

describe('answers', () => {
  it('denies every "any …?" of a turn answered with a plain no', () => {
    const n = generateLocalNote(lines(
      'GP: Any numbness between your legs? Any trouble passing water or controlling your bowels?',
      'Patient: No, nothing like that.',
    ));
    expect(n.subjective).toContain('The patient denies numbness between their legs.');
    expect(n.subjective).toContain('The patient denies trouble passing water or controlling their bowels.');
  });

  it('reads a measure asked about by name, a condition named for "any medicines?", and "it" for the body part just named', () => {
    const n = generateLocalNote(lines(
      'Doctor: Has your weight gone up?', 'Patient: About five pounds in the last week.',
      'Doctor: Any medical conditions, or prescription medicines?', 'Patient: High blood pressure.',
      "Doctor: What's going on?", "Patient: It's my back. I hurt it lifting a wardrobe.",
    ));
    expect(n.subjective).toContain('Weight gone up: about 5 lb in the last week.');
    expect(n.subjective).not.toContain('Medications: high blood pressure');
    expect(n.subjective).toContain('The patient hurt their back lifting a wardrobe.');
  });

  it("takes what the clinician will do for the patient as plan, but not the visit's own steps", () => {
    const n = generateLocalNote(lines(
      'Patient: I have been stressed and I cannot sleep.',
      "Therapist: I'll blend lavender and sweet orange for a diffuser, thirty minutes before bed.",
      "Therapist: I'm going to do a focused exam on your shoulders.",
      "Therapist: Your shoulders feel quite tense to touch.",
    ), { specialty: 'aroma_therapy' });
    expect(n.plan).toContain('blend lavender');
    expect(n.plan).not.toContain('focused exam');
    expect(n.objective).toMatch(/shoulders feel quite tense to touch/);
  });
});

describe('what the grounding check found in engine notes', () => {
  it('takes a side corrected at once, a spoken decimal after "fever", and "do you know" as a question', () => {
    const t = lines(
      "[doctor] she's here for left leg pain . right leg pain , right leg pain ?",
      '[patient] yes',
      '[doctor] looking at your vital signs you do have a low-grade fever of about a hundred . four right now',
      "[doctor] okay and you said that's been ongoing for several months do you know what caused this type of pain",
    );
    const n = generateLocalNote(t);
    expect(all(n)).not.toMatch(/left leg/);
    expect(n.objective).toContain('fever of about 100.4');
    expect(all(n)).not.toMatch(/do what caused|the patient said/i);
    expect(checkGrounding(n, t)).toEqual([]);
  });

  it("drops a patient's words about what the clinician means, and a nameless companion talking to 'you'", () => {
    const t = lines(
      'Doctor: Has he had any seizures in the past?', 'Patient: No.',
      "Patient: So you mean you're telling me you don't think he had a seizure.",
      "Patient_guest: Are you sure you checked his sugar?",
    );
    expect(all(generateLocalNote(t))).not.toMatch(/you mean|you checked/i);
  });
});

describe('wording', () => {
  it('writes "I will" for "I\'m going to" and drops "go ahead and", but never inside a quotation', () => {
    const n = generateLocalNote(lines(
      "Doctor: I'm going to go ahead and order an x-ray of your knee.",
      "Patient: I'm going to go ahead and say I could just slipped on the stairs.",
    ));
    expect(n.plan).toBe('I will order an x-ray of their knee.');
    expect(n.subjective).toContain('"I\'m going to go ahead and say I could just slipped on the stairs."');
  });
});

describe('advice without an imperative, care done now, and a wound that is healing', () => {
  it('reads "X can help…", "I\'m putting on a new dressing" and "it\'s healing"', () => {
    const n = generateLocalNote(lines(
      'RN: The wound on the sacrum is a stage 2 pressure injury, now 2.5 by 1.5 cm.',
      "RN: It's healing, slowly improving.",
      "RN: I'm cleaning it with saline and putting on a new foam dressing.",
      'RN: Cool compresses help with the itch, and time outdoors can help slow the nearsightedness.',
    ));
    expect(n.objective).toContain('stage 2 pressure injury');
    expect(n.assessment).toContain("It's healing, slowly improving.");
    expect(n.plan).toContain('foam dressing');
    expect(n.plan).toContain('Cool compresses help with the itch');
  });
});

describe('from round y', () => {
  it('reads "these are benign PVCs", "have you ever fainted? — never", coffee by the cup, and "it" for the symptom asked about', () => {
    const n = generateLocalNote(lines(
      "Doctor: How's the heartburn been?", 'Patient: Better. I still get it some nights if I eat late.',
      'Doctor: Have you ever fainted?', 'Patient: Never.',
      'Doctor: How much coffee do you drink?', "Patient: Four or five cups a day, plus energy drinks when I'm on night shift.",
      'Doctor: These are benign PVCs in a structurally normal heart.',
    ));
    expect(n.subjective).toContain('still gets the heartburn some nights');
    expect(n.subjective).toContain('The patient has never fainted.');
    expect(n.subjective).toContain('Coffee: four or five cups a day');
    expect(n.assessment).toContain('These are benign PVCs');
  });

  it('keeps teaching a device during the visit, and an evaluation done now, and orders said as "we need a … test"', () => {
    const n = generateLocalNote(lines(
      'Pharmacist: Can you show me how you use the inhaler?', 'Patient: Sure, I shake it and puff.',
      "Pharmacist: You didn't breathe out first and you're not using a spacer.",
      'Pharmacist: Breathe out fully, seal your lips on the spacer, press once and breathe in slowly.',
      "Pharmacist: Let's do a bedside swallow evaluation.",
      'Doctor: Before that we need a TB blood test.',
    ));
    expect(n.objective).toContain("didn't breathe out first");
    expect(n.plan).toContain('seal their lips on the spacer');
    expect(n.objective).toContain('bedside swallow evaluation');
    expect(n.plan).toContain('TB blood test');
  });
});
