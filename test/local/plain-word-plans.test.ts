import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Plans, grades and results said in plain words, without the verbs the engine keys on.
describe('a test ordered by saying when, a grade, a treatment said as fact, a result that moved, a plan put for consent', () => {
  const n = generateLocalNote([
    'Doctor: What\'s brought you in?',
    'Patient: My wrist, I fell on it yesterday, it\'s swollen and sore.',
    'Doctor: Let me have a look. Tender over the snuffbox, no deformity.',
    'Doctor: Your haemoglobin has come down to ninety, from one hundred and twenty last month.',
    'Doctor: I think this is a scaphoid injury, and at the moment it\'s mild, the movement is good.',
    'Doctor: So, an X-ray of the wrist this afternoon, the department is just along the corridor.',
    'Doctor: What helps in the meantime is a splint, which keeps the bone still.',
    'Doctor: And it would help your bones to cut down the drinking, I\'d like to refer you to the alcohol team, is that okay?',
    'Patient: Yes, fine.',
  ].join('\n'), { specialty: 'physician' });

  it('writes the ordered X-ray, the treatment and the referral in the Plan', () => {
    expect(n.plan).toMatch(/x-ray of the wrist this afternoon/i);
    expect(n.plan).toMatch(/splint/i);
    expect(n.plan).toMatch(/help (?:their|his|her) bones to cut down the drinking/i);
    expect(n.plan).toMatch(/refer .*alcohol team/i);
    expect(n.objective).not.toMatch(/x-ray/i);
  });

  it('writes the grade in the Assessment and the result that moved in the Objective', () => {
    expect(n.assessment).toMatch(/mild/i);
    expect(n.objective).toMatch(/haemoglobin has come down to ninety/i);
  });

  it('keeps a result that is read out as a result, and a question about treatment as a question', () => {
    const r = generateLocalNote([
      'Doctor: How is the knee?',
      'Patient: Still swollen.',
      'Doctor: The X-ray from today is normal, no fracture.',
      'Doctor: What is the best treatment for you, do you think?',
      'Patient: Physio, I suppose.',
    ].join('\n'), { specialty: 'physician' });
    expect(r.objective).toMatch(/x-ray from today is normal/i);
    expect(r.plan).not.toMatch(/best treatment/i);
  });
});

describe('a plan for the listener put for consent ("I want you seen …, is that okay?")', () => {
  it('writes the plan without its tag; a question about the listener\'s wishes stays a question', () => {
    const n = generateLocalNote([
      'Nurse: How is the graze on your shin today?',
      'Patient: Still weeping a bit, and the edges are pink.',
      'Nurse: I\'d like you seen by the practice nurse on Friday to redress it, is that okay?',
      'Patient: Yes, Friday is fine.',
      'Nurse: I want you to keep it covered and dry until then, alright with you?',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(n.plan).toMatch(/seen by the practice nurse on Friday/i);
    const q = generateLocalNote([
      'Nurse: How is the graze on your shin today?',
      'Patient: Still weeping a bit.',
      'Nurse: I want you to tell me, do you want a dressing or not, is that okay?',
      'Patient: A dressing please.',
    ].join('\n'), { specialty: 'registered_nurse' });
    expect(q.plan).not.toMatch(/tell me/i);
  });
});
