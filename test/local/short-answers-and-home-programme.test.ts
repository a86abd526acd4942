import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

/** Invented visits: a neck review at the couch, and a phone call about a father's medicines. */
const NECK = [
  'Physio: What brings you in today?',
  "Patient: My neck's been stiff for three weeks, since I started the new desk job.",
  'Physio: Taking anything for it?',
  "Patient: I've been using naproxen now and then. And codeine.",
  'Physio: How much alcohol do you drink?',
  "Patient: It's gone up lately. Two pints most evenings.",
  "Physio: Let me examine your neck. Turn your head to the left for me. Rotation painful. Now look up. Flexion full.",
  "Physio: There's tightness in the upper trapezius on both sides.",
  'Physio: Give me ten reps of that tuck for me.',
  "Physio: At home, use heat for ten minutes. And chin tucks, lying flat, ten reps every two hours while you're at your desk.",
  'Physio: With your stomach, avoid the naproxen. Paracetamol instead is fine, up to four times a day.',
  'Physio: I think this is a postural neck strain. Come back in two weeks.',
].join('\n');

describe('short answers and the home programme', () => {
  const note = generateLocalNote(NECK, { specialty: 'physiotherapist' });

  it("keeps a medicine or a drink added in a fragment to the patient's answer, not the question that asked", () => {
    expect(note.subjective).toMatch(/codeine/i);
    expect(note.subjective).toMatch(/two pints most evenings/i);
    expect(note.subjective).not.toMatch(/how much alcohol/i);
  });

  it('reads a movement called painful at the couch as a finding', () => {
    expect(note.objective).toMatch(/Rotation painful/);
  });

  it('puts exercises given a schedule at the couch, and a drug allowed instead of another, in the plan', () => {
    expect(note.plan).toMatch(/chin tucks[^\n]*every (?:two|2) hours/i);
    expect(note.plan).toMatch(/Paracetamol instead is fine/);
    expect(note.plan).not.toMatch(/ten reps of that tuck for me/i);
    expect(note.objective).not.toMatch(/chin tucks|Paracetamol/i);
  });
});

describe("a drug said to be fine while the history is taken", () => {
  it('stays out of the plan when nothing says it is allowed for use', () => {
    const n = generateLocalNote([
      'Doctor: How are you getting on with the blood pressure tablets?',
      'Patient: No problems, I take them every morning.',
      'Doctor: The amlodipine is fine then. Any swelling of the ankles?',
      'Patient: No.',
      'Doctor: Your blood pressure today is 128/80, which is well controlled. Carry on as you are and see me in six months.',
    ].join('\n'));
    expect(n.plan).not.toMatch(/amlodipine is fine/i);
  });
});

describe("a patient's answer about thoughts of life not being worth living", () => {
  it('keeps the whole answer with the question it answers, and not the thanks before it', () => {
    const n = generateLocalNote([
      'Doctor: Hello. How has the low mood been since we last met?',
      "Patient: About the same. I'm sleeping badly.",
      'Doctor: Thank you. Have you had any thoughts that life is not worth living?',
      'Patient: Now and again, like, passing thoughts. Nothing more.',
      "Doctor: I think this is moderate depression. Let's increase the sertraline to 100 mg and review in four weeks.",
    ].join('\n'));
    expect(n.subjective).toMatch(/now and again, passing thoughts/i);
    expect(n.subjective).not.toMatch(/thank you/i);
  });
});

describe('a weight the clinician took', () => {
  it('is a measurement though said while the history is taken, and the patient weighing herself at home is history', () => {
    const n = generateLocalNote([
      'Doctor: How have you been since we started the metformin?',
      'Patient: Better. I weighed myself at home on Sunday, 74 kilos.',
      "Doctor: That's encouraging. And I weighed you, you're 73 kilos, the same as at your last visit. Any stomach upset with the tablets?",
      'Patient: A little at first, not now.',
      "Doctor: I think the diabetes is improving. Let's carry on with the metformin and recheck the HbA1c in three months.",
    ].join('\n'));
    expect(n.objective).toMatch(/73 kg/);
    expect(n.subjective).not.toMatch(/73 kg/);
    expect(n.subjective).toMatch(/74 kg/);
  });
});
