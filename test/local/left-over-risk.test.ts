import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

/** An invented pharmacy call: a son asks about his mother's new stomach tablet beside her clopidogrel. */
const CALL = [
  'Pharmacist: Hello, pharmacy, you are speaking to Dev. How can I help?',
  "Caller: Hi, it's about my mum. The GP started her on omeprazole and she already takes clopidogrel 75 mg every morning.",
  'Pharmacist: Thanks. Any black stools or indigestion lately?',
  'Caller: Some indigestion, that is why she got it.',
  'Pharmacist: The omeprazole slows the liver turning the clopidogrel on, so it could lower how well it protects her, with a higher clot risk over time.',
  'Pharmacist: Her tablets were collected from the other branch on Monday with the omeprazole in the bag.',
  "Pharmacist: I'll ring the surgery today and suggest lansoprazole or famotidine instead. Please ring back if the indigestion gets worse.",
].join('\n');

describe("a clinician's left-over sentences in a visit outside medicine", () => {
  const note = generateLocalNote(CALL, { specialty: 'pharmacy' });

  it('puts what a combination can do to the patient in the assessment', () => {
    expect(note.assessment).toMatch(/higher clot risk/);
    expect(note.subjective).not.toMatch(/higher clot risk/);
  });

  it('leaves a left-over account of what happened in the history', () => {
    expect(note.assessment).not.toMatch(/collected from the other branch/);
  });
});
