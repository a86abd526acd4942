import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { expandNoteShorthand } from '../../src/grounding/note-shorthand.js';

// Sentences of the third written set (bench/written-notes-3, notes3-tune) and their natural errors: hand dominance,
// adherence, instructions, activities, exercise doses, UK fraction durations, tests put off.
const note = (s: Partial<Record<'subjective' | 'objective' | 'assessment' | 'plan', string>>) => ({ subjective: '', objective: '', assessment: '', plan: '', ...s });
const kinds = (n: ReturnType<typeof note>, t: string) => checkGrounding(n, t).map((f) => f.kind);

const OT = [
  "OT: Hi Marcus, how's the hand since your last session?",
  'Client: Better. I can grip the coffee mug now without it hurting much.',
  "OT: Great. Remind me, you're right-handed?",
  "Client: Yeah, right-handed. That's why it's been such a pain, it's my right wrist.",
  'OT: Are you doing the exercises at home?',
  'Client: Yeah, I do them three times a day, like you said. The putty squeezes and the wrist bends.',
  "OT: I'm going to add wrist extension with a 1 kilogram weight, 3 sets of 10, once a day. Ice for 10 minutes after the exercises if it's sore.",
  'Client: Can I go back to the gym?',
  'OT: Not yet for weights on that arm. Walking or the bike is fine.',
].join('\n');

const NURSE = [
  "RN: Hi Denise. How's it going with the Lantus?",
  "Patient: Okay. I'm doing 22 units every night at bedtime.",
  'RN: How about your metformin?',
  'Patient: 1000 twice a day with breakfast and dinner. Sometimes I forget the evening one, maybe twice a week.',
  'Patient: My daughter says I should walk more.',
  "RN: She's right. Try walking 10 minutes after dinner.",
].join('\n');

const DENTAL = [
  "Patient: I've got this pain on the lower right side, a back tooth. It's been going on about five days now.",
  'Patient: Ibuprofen, 400, three times a day with food. It helps a bit.',
  'Dentist: Keep taking the ibuprofen with food, and avoid chewing on the right side.',
].join('\n');

describe('hand dominance', () => {
  it('flags a dominance the patient contradicts', () => {
    expect(kinds(note({ subjective: 'L-hand dominant.' }), OT)).toContain('laterality');
  });
  it('passes the stated dominance, and a note whose visit never spoke of it', () => {
    expect(kinds(note({ subjective: 'R-hand dominant.' }), OT)).toEqual([]);
    expect(kinds(note({ subjective: 'R-hand dominant.' }), DENTAL)).toEqual([]);
  });
});

describe('adherence', () => {
  it('flags "no missed doses" where the patient forgets one, and "rarely doing HEP" where they do it', () => {
    expect(kinds(note({ subjective: 'Metformin 1000mg BID w/ meals; no missed doses.' }), NURSE)).toContain('contradiction');
    expect(kinds(note({ subjective: 'Rarely doing HEP (putty, wrist flex/ext).' }), OT)).toContain('contradiction');
  });
  it('passes what the patient said', () => {
    expect(kinds(note({ subjective: 'Metformin 1000mg BID w/ meals; misses PM dose ~2x/wk.' }), NURSE)).toEqual([]);
    expect(kinds(note({ subjective: 'Doing HEP TID (putty, wrist flex/ext).' }), OT)).toEqual([]);
  });
});

describe('dosing instructions', () => {
  it('flags an empty stomach for a medicine taken with food, and mornings for one taken at night', () => {
    expect(kinds(note({ plan: 'Continue ibuprofen on an empty stomach.' }), DENTAL)).toContain('plan');
    expect(kinds(note({ subjective: 'Lantus 22 units every morning.' }), NURSE)).toContain('plan');
  });
  it('passes the instruction given, and a time of day that is no instruction', () => {
    expect(kinds(note({ plan: 'Continue ibuprofen c food.' }), DENTAL)).toEqual([]);
    expect(kinds(note({ subjective: 'Lantus 22 units qHS.' }), NURSE)).toEqual([]);
    expect(kinds(note({ subjective: 'Pain worse in the morning.' }), NURSE)).not.toContain('plan');
  });
});

describe('activities', () => {
  it('flags an activity never mentioned, "tennis" in a tennis-elbow visit included', () => {
    expect(kinds(note({ plan: 'Cycle 10 min after dinner.' }), NURSE)).toContain('plan');
    expect(kinds(note({ plan: 'Continue tennis 2x/wk.' }), 'Physio: This is tennis elbow. Carry on with Pilates twice a week.')).toContain('plan');
  });
  it('passes activities said in other words', () => {
    expect(kinds(note({ plan: 'No gym weights w/ R arm; walking/bike OK.' }), OT)).toEqual([]);
    expect(kinds(note({ plan: 'Continue Pilates 2x/wk.' }), 'Physio: This is tennis elbow. Carry on with Pilates twice a week.')).toEqual([]);
  });
});

describe('exercise doses', () => {
  it('flags sets and repetitions, and a frequency, other than those prescribed', () => {
    expect(kinds(note({ plan: 'Add wrist ext w/ 1kg, 3x15, daily.' }), OT)).toContain('number');
    expect(kinds(note({ plan: 'Add wrist ext w/ 1kg, 3x10, TID.' }), OT)).toContain('number');
  });
  it('passes the prescription as given', () => {
    expect(kinds(note({ plan: 'Add wrist ext w/ 1kg, 3x10, daily.' }), OT)).toEqual([]);
  });
});

describe('UK fraction durations', () => {
  it('reads x5/7, 2/52 and 1/12 as days, weeks and a month, but not 5/7 days or a date', () => {
    expect(expandNoteShorthand('c/o LR molar pain x5/7')).toBe('c/o LR molar pain for 5 days');
    expect(expandNoteShorthand('RTC 3/52')).toBe('return to clinic in 3 weeks');
    expect(expandNoteShorthand('review in 1/12')).toBe('review in 1 month');
    expect(expandNoteShorthand('Thought records 5/7 days.')).toBe('Thought records 5/7 days.');
    expect(expandNoteShorthand('LMP 12/12/2025')).toBe('LMP 12/12/2025');
  });
  it('flags a duration in weeks where five days were said', () => {
    expect(kinds(note({ subjective: 'c/o LR molar pain x2/52.' }), DENTAL)).toContain('number');
    expect(kinds(note({ subjective: 'c/o LR molar pain x5/7.' }), DENTAL)).toEqual([]);
  });
});

describe('a medicine taken as often as said about it', () => {
  const T = DENTAL + "\nDentist: You can add paracetamol, 1 gram, up to four times a day.\nDentist: And keep brushing twice a day.";
  it('flags paracetamol twice a day where it was four times, though "twice a day" was said of brushing', () => {
    expect(kinds(note({ plan: 'Paracetamol 1g up to BD.' }), T)).toContain('plan');
  });
  it('passes the frequency given', () => {
    expect(kinds(note({ plan: 'Paracetamol 1g up to QDS.' }), T)).toEqual([]);
  });
});

describe('tests the conversation put off', () => {
  const ANKLE = 'Patient: Do I need an X-ray?\nProvider: By the Ottawa rules, no X-ray is needed. This is an ankle sprain.';
  const ELBOW = "PATIENT: Should I get a scan?\nTHERAPIST: No, scans aren't needed for this. It's tennis elbow. Call us if it's worse.";
  it('flags an x-ray or ultrasound ordered after "no X-ray is needed" or "scans aren\'t needed"', () => {
    expect(kinds(note({ assessment: 'Ankle sprain. Ottawa rules negative - XR ankle ordered.' }), ANKLE)).toContain('negation');
    expect(kinds(note({ plan: 'US elbow requested.' }), ELBOW)).toContain('negation');
  });
  it('passes the decision as made', () => {
    expect(kinds(note({ assessment: 'Ankle sprain. Ottawa rules negative - no XR indicated.' }), ANKLE)).toEqual([]);
    expect(kinds(note({ plan: 'No imaging indicated.' }), ELBOW)).toEqual([]);
  });
  it('flags a FibroScan or urine albumin test nobody spoke of', () => {
    expect(kinds(note({ plan: 'Repeat LFTs 3/12 + liver USS + FibroScan.' }), 'GP: Repeat the liver tests in three months, and I would like a liver ultrasound too.')).toContain('plan');
  });
});

describe("a smoker's count per day in shorthand", () => {
  const T = 'GP: Do you smoke?\nPt: Ten a day. Roll-ups.';
  it('reads "Smoker 20/day" as twenty cigarettes a day, which was not said', () => {
    expect(expandNoteShorthand('Smoker 20/day (roll-ups).')).toBe('Smoker 20 cigarettes a day (roll-ups).');
    expect(kinds(note({ subjective: 'Smoker 20/day (roll-ups).' }), T)).not.toEqual([]);
  });
  it('passes the count said', () => {
    expect(kinds(note({ subjective: 'Smoker 10/day (roll-ups).' }), T)).toEqual([]);
  });
});

describe('adherence: a medicine not yet started', () => {
  const PHARMACY = [
    'Pharmacist: The hospital added amlodipine five milligrams. Have you been taking it?',
    "Patient: I haven't picked it up yet, the chemist had to order it in.",
    'Pharmacist: And the atorvastatin at night?',
    'Patient: Every night, I take it every night with my tea.',
  ].join('\n');
  it('flags "taking as prescribed" where the patient has not started it', () => {
    expect(kinds(note({ assessment: 'Taking amlodipine 5 mg daily as prescribed.' }), PHARMACY)).toContain('contradiction');
  });
  it('passes the medicine the patient does take, and the one not started called so', () => {
    expect(kinds(note({ subjective: 'Taking atorvastatin at night as prescribed.' }), PHARMACY)).toEqual([]);
    expect(kinds(note({ assessment: 'Amlodipine not yet started (awaiting pharmacy stock).' }), PHARMACY)).toEqual([]);
  });
});

describe('readings the offline engine tripped on', () => {
  const WARD = [
    'Doctor: Morning. The team saw you on Monday; how is the breathing?',
    "Patient: Better. I haven't missed any of the antibiotic doses.",
    'Doctor: Your oxygen is 95% on room air today.',
  ].join('\n');
  it('reads "Sats" as saturations, not Saturday, and "hasn\'t missed any doses" as taking them', () => {
    expect(kinds(note({ objective: 'Sats are 95% on room air.' }), WARD)).toEqual([]);
    expect(kinds(note({ subjective: "She hasn't missed any doses of the antibiotic." }), WARD)).toEqual([]);
  });
  it('still flags a weekday the conversation did not name, and missed doses the patient denied', () => {
    expect(kinds(note({ subjective: 'Seen by the team on Sat.' }), WARD)).toContain('plan');
    expect(kinds(note({ subjective: 'Has missed several antibiotic doses.' }), WARD)).toContain('contradiction');
  });
});
