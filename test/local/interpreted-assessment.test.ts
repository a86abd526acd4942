import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const lines = (...l: string[]) => l.join('\n');

describe('an interpreted visit, the clinician speaking through the interpreter', () => {
  const n = generateLocalNote(lines(
    'Dr. Lee: Can you ask Mr. Osei where the pain is?',
    'Interpreter: He says it is in his big toe, since two days, very red and hot.',
    'Dr. Lee: The right big toe joint is red, hot and very tender.',
    'Dr. Lee: Can you tell him that I think this is gout.',
    'Dr. Lee: Let him know it is not dangerous but it is painful, and it can come back.',
    'Dr. Lee: Tell him he should take naproxen 500 mg twice a day for five days.',
    'Dr. Lee: Please ask him to come back if the toe gets worse or he gets a fever.',
    'Interpreter: He understands. He says thank you.',
  ));

  it('puts the appraisal said through the interpreter in the assessment', () => {
    expect(n.assessment).toMatch(/not dangerous but it is painful/);
    expect(n.objective).not.toMatch(/not dangerous/);
  });

  it('keeps a return precaution asked of the patient through the interpreter', () => {
    expect(n.plan).toMatch(/come back if the toe gets worse/);
  });

  it('reads each sentence of a relay past its "he says"', () => {
    expect(n.subjective).not.toMatch(/thank you|understands/i);
  });
});

describe('what the clinician observes or hears reported, on a visit without an exam', () => {
  it('writes "you\'re speaking in full sentences, which is reassuring" as an observation', () => {
    const n = generateLocalNote(lines('Dr: You have had a cough for ten days?', 'Pt: Yes.', "Dr: You're speaking in full sentences, which is reassuring.", 'Dr: This sounds like a chest infection.'));
    expect(n.objective).toMatch(/speaking in full sentences/);
  });

  it("writes another professional's report as history, and sets off an assessment's topic with a comma", () => {
    const n = generateLocalNote(lines(
      'SW: Thanks for coming in, Leanne. The health visitor said things have been hard since you lost your job.',
      'Client: Yeah. The warehouse let me go in August.',
      'SW: For your housing it sounds like you are at risk of losing the flat.',
    ), { specialty: 'social_worker' });
    expect(n.subjective).toMatch(/health visitor said things have been hard since the patient lost (?:their|her|his) job/);
    expect(n.assessment).toMatch(/^For (?:their|her|his) housing, it sounds like/m);
  });
});
