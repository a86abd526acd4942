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
