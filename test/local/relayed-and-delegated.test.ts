import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const note = (...lines: string[]) => generateLocalNote(lines.join('\n'));

describe('what the clinician hands on through an interpreter', () => {
  it('writes the statement without "please tell her"', () => {
    const n = note(
      'Dr Lee: Please ask her how the cough is.', 'Interpreter: She says it is better, only in the mornings now.',
      'Dr Lee: Please tell her: her asthma is well controlled now, and the chest is clear.',
      'Dr Lee: She can stay on the same inhalers and I will see her in six months.',
    );
    expect(n.assessment).toMatch(/^Her asthma is well controlled now/m);
    expect(n.assessment).not.toMatch(/tell her/i);
  });
});

describe('a service that will act for the patient, and a medicine with when to use it', () => {
  it('writes them as plan', () => {
    const n = note(
      'Doctor: Are you managing your tablets?', 'Patient: I keep forgetting the evening ones.',
      'Doctor: The chemist can deliver them each week in a blister pack.',
      'Doctor: Salbutamol two puffs if you get wheezy.',
    );
    expect(n.plan).toMatch(/chemist can deliver them each week/);
    expect(n.plan).toMatch(/Salbutamol two puffs if the patient gets wheezy\./);
  });
});

describe('readings said in words', () => {
  it('reads a pressure said with "on" after a reading is named, and a lab value a few words after its name', () => {
    const n = note(
      'GP: Any headaches?', 'Patient: Now and then.', 'GP: I will check your blood pressure now.',
      'GP: Second reading, one-fifty-four on ninety-two.',
      'GP: Your cholesterol from the bloods, the total, was six point one.',
    );
    expect(n.objective).toMatch(/154 on 92 mmHg/);
    expect(n.objective).toMatch(/cholesterol[^.]*6\.1/i);
  });
});

describe('an observation made at the clinician\'s asking on a call', () => {
  it('is a finding, named by what was asked to be looked at', () => {
    const n = note(
      'Nurse: How is Rex since the operation?', 'Owner: Quiet, but he ate his breakfast.',
      'Nurse: Could you have a look at his wound for me while we are on the phone?',
      "Owner: Hang on. It's dry, and there's no redness around the stitches.",
    );
    expect(n.objective).toMatch(/His wound: per the owner, it's dry/);
    expect(n.subjective).not.toMatch(/stitches/);
  });
});

describe('a treatment another clinician wants the patient to take, and a call to look', () => {
  it('writes the wanted treatment as plan, though it comes with its reason', () => {
    const n = note(
      'Nurse: Your iron level came back low.', 'Patient: That would explain the tiredness.',
      'Nurse: So you have iron deficiency anaemia.',
      'Nurse: The doctor has said that because your iron is low, she would like you to take ferrous fumarate twice a day.',
    );
    expect(n.plan).toMatch(/ferrous fumarate twice a day/);
    expect(n.assessment).not.toMatch(/ferrous/);
  });

  it('writes what the examiner calls attention to without the call, and not as plan', () => {
    const n = note(
      'HV: Is she sitting up yet?', 'Dad: Yes, for a few minutes. No fever or vomiting, and her eczema is better with the cream.',
      'HV: Let us pop her on the scales. Seven point two kilos.',
      "HV: Look at this, she's passing the block from one hand to the other.",
      'HV: She is developing well.',
    );
    expect(`${n.subjective}\n${n.objective}`).toMatch(/^She's passing the block from one hand to the other\./m);
    expect(n.plan).not.toMatch(/block/);
  });
});
