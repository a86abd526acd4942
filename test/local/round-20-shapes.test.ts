import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a vaccination visit with a parent', () => {
  const n = generateLocalNote([
    'Nurse: How did she get on after the last jabs?',
    'Mum: Fine, no fever.',
    'Nurse: She weighs 7.2 kg, right on her centile. She looks well.',
    "Nurse: Today she's having her 16-week vaccines, including the MenB.",
    'Nurse: The MenB can give a temperature, so give her paracetamol tonight.',
    "Nurse: I've written it all in her red book.",
    'Nurse: The next jabs are due at one year.',
  ].join('\n'));

  it('writes the vaccines given, the advice after "so", the record made and the next due date as plan', () => {
    expect(n.plan).toMatch(/having her 16-week vaccines/);
    expect(n.plan).toMatch(/give her paracetamol tonight/);
    expect(n.plan).toMatch(/red book/);
    expect(n.plan).toMatch(/next jabs are due at 1 year|next jabs are due at one year/);
    expect(n.objective).not.toMatch(/next jabs/);
  });
});

describe('a procedure talked through', () => {
  const n = generateLocalNote([
    'Nurse: Any chance you could be pregnant?',
    'Patient: No, we use condoms.',
    "Nurse: Your pregnancy test is negative, so there's no reason we can't go ahead.",
    "Nurse: The implant is in now and I've put a pressure bandage on.",
    'Nurse: The bruising should fade over the next few days.',
    'Nurse: Paracetamol will help with the soreness.',
    'Nurse: After a week, feel for the implant so you know it is still in place.',
    'Nurse: No heavy lifting with that arm and no naps on it, and take the bandage off before bed tomorrow.',
  ].join('\n'));

  it('splits a result from the judgement it allows', () => {
    expect(n.objective).toMatch(/pregnancy test is negative/);
    expect(n.assessment).toMatch(/no reason we can't go ahead/);
  });

  it('writes the procedure, what to expect, what helps and the self-check as plan', () => {
    expect(n.plan).toMatch(/put a pressure bandage on/);
    expect(n.plan).toMatch(/bruising should fade over the next few days/);
    expect(n.plan).toMatch(/Paracetamol will help/);
    expect(n.plan).toMatch(/feel for the implant/);
    expect(n.plan).toMatch(/No heavy lifting/);
  });
});

describe('answers a note writes with their question', () => {
  const n = generateLocalNote([
    'Doctor: Have you been taking the lamotrigine every day?',
    "Patient: Honestly, I've missed a few doses on night shifts.",
    'Doctor: Have you or anyone in your family had blood clots or a stroke?',
    'Patient: No, none of those.',
    'Doctor: Your level is 3.1, which is low. This is a breakthrough seizure.',
  ].join('\n'));

  it('keeps the medicine asked about with an answer that does not name it', () => {
    expect(n.subjective).toMatch(/Taking the lamotrigine every day: the patient has missed a few doses/);
  });

  it('writes a no to "you or anyone in your family" as one denial for both', () => {
    expect(n.subjective).toMatch(/denies blood clots or a stroke, personally or in the family\./);
    expect(n.subjective).not.toMatch(/has not or anyone/);
  });
});
