import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('what the patient has been taking, asked with "what have you…"', () => {
  it('writes the medicine named in a short answer', () => {
    const note = generateLocalNote([
      'Physio: Where is the pain?',
      'Dev: Low down in my back, for three weeks.',
      'Physio: What have you been taking?',
      "Dev: Ibuprofen and paracetamol. To be honest I've been lying down a lot.",
    ].join('\n'));
    expect(note.subjective).toMatch(/Medications: ibuprofen and paracetamol\./);
    expect(note.subjective).toMatch(/has been lying down a lot/);
    expect(note.subjective).not.toMatch(/to be honest/i);
  });

  it('does not call what was tried a medication when it names none', () => {
    const note = generateLocalNote(['Doctor: What have you tried for the knee pain?', 'Patient: Rest and ice mostly.'].join('\n'));
    expect(note.subjective).not.toMatch(/Medications:/);
  });
});

describe('an aside that only frames what follows', () => {
  it('is left out of the sentence', () => {
    const note = generateLocalNote([
      'Doctor: Is the cough worse at any particular time of the day?',
      "Patient: No, it's sort of constant. Um I forgot to mention, that um I'm also having night sweats.",
      'Doctor: OK.',
    ].join('\n'));
    expect(note.subjective).toMatch(/The patient is also having night sweats\./);
    expect(note.subjective).not.toMatch(/forgot to mention/);
  });
});
