import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isInstructionFrame } from '../../src/local/instruction-frames.js';

describe('instructions said in frames no order word opens', () => {
  const n = generateLocalNote([
    'Nurse: Any pain when you pass urine?',
    'Client: Yes, it stings a bit.',
    'Nurse: The test is positive for gonorrhoea, so that is the infection.',
    'Nurse: No sex for 7 days after the injection.',
    'Nurse: No swimming until the sore has healed.',
    "Nurse: I'd also recommend a test for HIV and syphilis today, with your consent.",
    'Nurse: It would really help to tell your partner so they can be treated.',
  ].join('\n'));

  it('writes a prohibition for a span as plan, not history', () => {
    expect(n.plan).toMatch(/No sex for 7 days after the injection/);
    expect(n.plan).toMatch(/No swimming until the sore has healed/);
    expect(n.subjective).not.toMatch(/No sex/);
  });

  it('writes a recommendation and a help offered as plan', () => {
    expect(n.plan).toMatch(/recommend a test for HIV/);
    expect(n.plan).toMatch(/help to tell (?:the patient's|the client's|his|her|their) partner/);
  });
});

describe('an exercise prescription said as a want', () => {
  const n = generateLocalNote([
    'Physio: How is the ankle?',
    'Patient: Better, I can walk the dog again.',
    'Physio: Let me have a look. Single-leg balance is 20 seconds now, up from 5.',
    'Physio: I want you doing these three times a day: the heel raises we did today and the balance on a cushion.',
  ].join('\n'));

  it('writes it as plan, and leaves an exam request alone', () => {
    expect(n.plan).toMatch(/doing these 3 times a day/);
    expect(n.objective).not.toMatch(/3 times a day/);
    expect(n.objective).toMatch(/balance is 20 seconds/);
    expect(isInstructionFrame('Now I want you to push against my hand.')).toBe(false);
    expect(isInstructionFrame('I want you to walk to the door and back for me.')).toBe(false);
  });

  it('keeps a history of symptoms with a span as history', () => {
    const m = generateLocalNote(['Doctor: Any bleeding since?', 'Patient: No bleeding for two days now.', 'Doctor: Your wound is clean and dry.'].join('\n'));
    expect(m.plan).not.toMatch(/bleeding/);
  });
});

describe('a prohibition with no span, and a need by when', () => {
  it('reads them as instructions; a past span, a need with no time and a patient\'s own "no" are not', () => {
    expect(isInstructionFrame('No return to training today, not even the cool-down.')).toBe(true);
    expect(isInstructionFrame('So no contact sport for now.')).toBe(true);
    expect(isInstructionFrame('She needs a hearing test within two weeks.')).toBe(true);
    expect(isInstructionFrame('You need to be seen by the eye clinic in the next 24 hours.')).toBe(true);
    expect(isInstructionFrame('No swimming since the operation last month.')).toBe(false);
    expect(isInstructionFrame('He needs help with his shoes in the mornings.')).toBe(false);
    expect(isInstructionFrame('No pain today, not even on the stairs.')).toBe(false);
    expect(isInstructionFrame('No driving since the seizure.')).toBe(false);
  });

  it('writes them in the plan of a visit', () => {
    const n = generateLocalNote([
      'Coach: Is she alright?',
      'Trainer: She hit her head on the post. How are you feeling?',
      'Player: Dizzy and my head hurts.',
      'Trainer: No return to training today, not even the cool-down.',
      'Trainer: She needs a doctor to check her within 24 hours.',
    ].join('\n'), { specialty: 'athletic_trainer' });
    expect(n.plan).toMatch(/No return to training today/);
    expect(n.plan).toMatch(/needs a doctor to check (?:her|the patient) within 24 hours/);
    expect(n.subjective).not.toMatch(/No return/);
  });
});
