import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { ordersTest } from '../../src/local/ordered-tests.js';
import { isReturnPrecaution } from '../../src/local/return-precautions.js';
import { selectWithinBudget } from '../../src/local/select-within-budget.js';

// Visits written for these tests (invented patients): a cough reviewed by video, and an older dog with a new murmur.
const COUGH = [
  'Doctor: How long have you had the cough?',
  'Patient: Ten days. It started with a cold.',
  'Doctor: Any fever?',
  'Patient: No, and what I bring up is clear.',
  'Doctor: Your chest sounds clear on both sides and your oxygen is 97 percent.',
  'Patient: Is it pneumonia?',
  'Doctor: With no fever, clear sputum and a clear chest, I don\'t think this is pneumonia, pneumonia is unlikely.',
  'Doctor: This is a post-viral cough, and it usually settles over three to four weeks.',
  'Doctor: Honey and warm drinks will help; no antibiotics are needed.',
];

describe('a condition set aside', () => {
  const note = generateLocalNote(COUGH.join('\n'), { specialty: 'physician' });

  it('writes "I don\'t think this is pneumonia" in the assessment', () => {
    expect(note.assessment).toMatch(/don't think this is pneumonia/i);
    expect(note.objective).not.toMatch(/pneumonia/i);
  });
});

describe('a finding put down to its likely cause', () => {
  const note = generateLocalNote([
    'Vet: Her heart rate is 220 and there is a soft murmur, grade two.',
    'Owner: Is that her heart failing?',
    'Vet: The murmur is most likely from the thyroid, it often goes once the thyroid is treated.',
    'Vet: Her T4 is 7.1, which is high, so Bella has hyperthyroidism.',
    'Vet: We will start methimazole 2.5 mg twice a day.',
  ].join('\n'), { specialty: 'veterinary' });

  it('is the assessment, not an exam finding', () => {
    expect(note.assessment).toMatch(/most likely from the thyroid/i);
    expect(note.objective).not.toMatch(/most likely from the thyroid/i);
  });
});

describe('an assessment over its word budget', () => {
  it('keeps the sentence that names the condition, though it holds few cue words', () => {
    const items = [
      'That explains the weight loss despite the huge appetite, the thirst, the vomiting, the night crying and the fast heart rate we found today.',
      'Bella has hyperthyroidism, an overactive thyroid.',
      'The heart is working too hard, and that often improves once the thyroid is treated and the heart rate comes down again.',
      'The blood pressure is mildly raised, likely from the thyroid.',
    ].map((text) => ({ text }));
    expect(selectWithinBudget(items, 'assessment', 57).map((i) => i.text)).toContain('Bella has hyperthyroidism, an overactive thyroid.');
  });
});

describe('one more test added to an order', () => {
  it('reads a verbless "and an ABI…" as an order', () => {
    expect(ordersTest('An ABI, an ankle brachial index, that is blood pressures at your ankles and arms to check the circulation.')).toBe(true);
    expect(ordersTest('And a Doppler of the leg veins.')).toBe(true);
  });

  it('does not read a result so', () => {
    expect(ordersTest('An x-ray last week showed a healed fracture.')).toBe(false);
    expect(ordersTest('The ABI was 0.7 on the left.')).toBe(false);
  });
});

describe('side effects to watch for', () => {
  it('is safety-netting, the plan\'s', () => {
    expect(isReturnPrecaution('Side effects to watch for with methimazole: vomiting, being very tired, not eating, or an itchy face.')).toBe(true);
  });
});

describe('an answer worked out before it is given', () => {
  const note = generateLocalNote([
    'Paramedic: Hello Joan, I\'m Sam. How long have you been on the floor?',
    'Patient: What day is it? I fell after lunch. So about three hours.',
    'Paramedic: Did you black out before you fell?',
    'Patient: No. I didn\'t pass out, I tripped on the step.',
    'Paramedic: Any pain?',
    'Patient: My right hip, it\'s awful.',
  ].join('\n'), { specialty: 'paramedic' });

  it('reads the duration from the sentence that gives it, under what was asked', () => {
    expect(note.subjective).toMatch(/On the floor: about 3 hours/);
  });

  it('keeps "I didn\'t pass out" as history', () => {
    expect(note.subjective).toMatch(/(?:didn't pass out|denies passing out|not pass out)/i);
  });
});
