import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('self-reported measures and amounts after a yes', () => {
  const n = generateLocalNote([
    'Doctor: What is your weight these days?',
    'Patient: Fourteen stone, roughly.',
    'Doctor: How much do you weigh now?',
    'Patient: About 82 kilos, I weighed myself this morning.',
    'Doctor: Do you know your BMI?',
    'Patient: The nurse said it was 31 last month.',
    'Doctor: Have you lost weight?',
    'Patient: Yes, about a stone since the summer.',
    'Doctor: Your chest is clear. This is likely reflux.',
  ].join('\n'));

  it('keeps a weight or BMI the patient reports with its measure', () => {
    expect(n.subjective).toMatch(/Weight: fourteen stone, roughly\./);
    expect(n.subjective).toMatch(/Weight: about 82 kg/);
    expect(n.subjective).toMatch(/BMI: the nurse said it was 31 last month\./);
  });

  it('keeps how much after a yes', () => {
    expect(n.subjective).toMatch(/lost weight: about a stone since the summer\./);
  });

  it('keeps how much under an "any …?" question\'s topic', () => {
    const m = generateLocalNote(['Doctor: Any weight gain?', 'Patient: Maybe half a stone since Christmas.', 'Doctor: Your TSH is 8.2, which is high.'].join('\n'));
    expect(m.subjective).toMatch(/Weight gain: maybe half a stone since Christmas\./);
  });

  it('keeps how often after a yes typed without its comma, and no word after a yes that says no amount', () => {
    const m = generateLocalNote(['Nurse: Have you been taking your peak flow readings?', 'Patient: yes twice a day, morning and night', 'Nurse: Your chest sounds clear today.'].join('\n'));
    expect(m.subjective).toMatch(/peak flow readings: twice a day, morning and night\./);
    const plain = generateLocalNote(['Nurse: Have you been taking your peak flow readings?', 'Patient: yes mostly', 'Nurse: Your chest sounds clear today.'].join('\n'));
    expect(plain.subjective).not.toMatch(/readings: mostly/);
  });

  it('reads a companion\'s "She has, three times today" as a yes with how often', () => {
    const m = generateLocalNote(['Nurse: Has she been vomiting?', 'Mother: She has, three times today.', 'Nurse: Her temperature is 37.9.'].join('\n'));
    expect(m.subjective).toMatch(/vomiting: 3 times today/);
  });
});

describe('when something was last done, and how many over a stated time', () => {
  const n = generateLocalNote([
    'Nurse: When did you last have sex?',
    'Patient: About a week ago.',
    'Nurse: And how many partners in the last three months?',
    'Patient: Two partners.',
    'Nurse: When did you last see a dentist?',
    'Patient: I really couldn\'t tell you.',
    'Nurse: There is some discharge at the urethra.',
  ].join('\n'));

  it('writes the last time with the question\'s verb in the past', () => {
    expect(n.subjective).toMatch(/Last had sex: about a week ago\./);
  });

  it('keeps the period a count was asked over ("the" is not "he")', () => {
    expect(n.subjective).toMatch(/Partners in the last 3 months: two partners\./);
  });

  it('writes no "last" line for an answer that gives no time', () => {
    expect(n.subjective).not.toMatch(/Last saw/);
  });
});

describe('a pain score, and a count asked about a pain medicine', () => {
  const n = generateLocalNote([
    'Nurse: If nought is no pain and ten is the worst, where is it most of the day?',
    'Patient: 7 out of 10. Sometimes worse at night.',
    'Nurse: And how many of the Oramorph, the liquid for breakthrough pain, has he needed?',
    "Wife: Five doses yesterday. Five the day before, and four on Sunday.",
    'Nurse: Your tummy is soft but tender at the top.',
  ].join('\n'));

  it('reads a score the answer puts on its own scale', () => {
    expect(n.subjective).toMatch(/Pain 7\/10\./);
  });

  it('does not read how many doses as a pain score', () => {
    expect(n.subjective).not.toMatch(/Pain 5\/10/);
    expect(n.subjective).toMatch(/Oramorph: five doses yesterday\./);
  });
});

describe('what a medicine is taken for, and the treatment so far', () => {
  const n = generateLocalNote([
    'Doctor: What do you take the apixaban for?',
    'Patient: The heart rhythm. Atrial fibrillation.',
    'Doctor: Have you tried anything for the headache?',
    'Patient: Just paracetamol.',
    'Vet: Have you given her anything for it?',
    'Owner: No, nothing for it.',
    'Doctor: There is a boggy swelling over the right temple.',
  ].join('\n'));

  it('writes the medicine with what it is for, the condition named after it included', () => {
    expect(n.subjective).toMatch(/Apixaban for: the heart rhythm, atrial fibrillation\./);
  });

  it('writes the treatment so far in the answer\'s words, a "nothing" as well', () => {
    expect(n.subjective).toMatch(/Treatment so far: just paracetamol\./);
    expect(n.subjective).toMatch(/Treatment so far: nothing for it\./);
  });
});
