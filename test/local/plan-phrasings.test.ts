import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('plan phrasings without a drug or order word', () => {
  const n = generateLocalNote([
    'Doctor: Come in. You must be Sam.',
    'Patient: Yes, that is me. My knee has been swelling after football.',
    'Doctor: The knee has a small effusion and the medial joint line is tender. This looks like a medial meniscus tear.',
    "Doctor: I've booked you an appointment with the knee surgeons for next month.",
    'Doctor: Carry on with the ibuprofen and the exercises until then.',
    'Doctor: When the knee locks, do not force it straight, just ask someone to help you sit down and rest it.',
  ].join('\n'));

  it('keeps paperwork done for the patient, "carry on with" and advice that starts with "do not" as plan', () => {
    expect(n.plan).toMatch(/booked (?:the patient|him|her|them) an appointment with the knee surgeons/i);
    expect(n.plan).toMatch(/Carry on with the ibuprofen/);
    expect(n.plan).toMatch(/do not force it straight/);
  });

  it('does not write a greeting as a fact', () => {
    expect(`${n.subjective}${n.plan}${n.assessment}`).not.toMatch(/must be Sam/);
  });
});

describe('an answer that says no, then what changed', () => {
  it('keeps "No, I stopped two years ago" beside the denial', () => {
    const n = generateLocalNote(['Nurse: Do you smoke?', 'Patient: No, I stopped two years ago.', 'Nurse: Your peak flow is 420 today.'].join('\n'));
    expect(n.subjective).toMatch(/stopped 2 years ago/);
  });

  it('keeps "no, maybe half the time" in the patient\'s words rather than as a plain no', () => {
    const n = generateLocalNote(['Nurse: Are you taking the steroid inhaler every day?', 'Patient: Honestly, no, maybe half the time.', 'Nurse: Your chest is clear.'].join('\n'));
    expect(n.subjective).toMatch(/half the time/);
  });
});
