import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

/** Enough talk that the visit is no short one, where every statement is kept anyway. */
const PADDING = Array.from({ length: 60 }, (_, k) => [`Doctor: And how was week ${k + 1}?`, 'Patient: Fine, nothing to report there really.']).flat();

function noteOf(lines: string[]): { subjective: string } {
  return generateLocalNote([...lines, ...PADDING, 'Doctor: Your temperature is 37.9 and the abdomen is soft.'].join('\n'));
}

describe('the rest of an answer to a question about the patient', { timeout: 30000 }, () => {
  it('keeps what follows a one-word first reply', () => {
    const n = noteOf([
      'Physio: Before the operation, how much could you do for yourself?',
      'Patient: All of it. I did everything for myself, the cleaning and the garden.',
    ]);
    expect(n.subjective).toMatch(/did everything for (?:himself|herself|themselves|themself), the cleaning and the garden/);
  });

  it('keeps where the patient sleeps, told in two short sentences', () => {
    const n = noteOf([
      'Physio: Where do you spend the nights at the moment?',
      'Patient: In the front room. On the recliner chair, mostly.',
    ]);
    expect(n.subjective).toMatch(/On the recliner chair, mostly/);
  });

  it("keeps an owner's count given after a first sentence", () => {
    const n = noteOf([
      'Vet: How often has he brought his food back up?',
      'Owner: Not much on Friday. On Saturday it was four or five goes, we stopped counting.',
    ]);
    expect(n.subjective).toMatch(/on Saturday it was four or five goes/i);
  });

  it('keeps a companion adding to the answer another companion began', () => {
    const n = noteOf([
      'Vet: Could he have got hold of something he should not have?',
      'Owner: Well, maybe.',
      'Son: The picnic.',
      'Owner: We had a picnic in the park, and he may have swallowed a peach stone from the rug.',
    ]);
    expect(n.subjective).toMatch(/swallowed a peach stone from the rug/);
  });

  it("keeps a relative's account of how the patient copes", () => {
    const n = noteOf([
      'OT: Does it get her down at all, would you say?',
      'Daughter: Oh, it does. She gets cross and stamps off to her bedroom.',
    ]);
    expect(n.subjective).toMatch(/she gets cross and stamps off to her bedroom/i);
  });

  it('does not keep small talk after a question about the visit itself', () => {
    const n = noteOf([
      'Doctor: Can I take your coat somewhere?',
      'Patient: Oh lovely. It was raining cats and dogs out there this morning.',
    ]);
    expect(n.subjective).not.toMatch(/raining cats and dogs/);
  });

  it('does not keep a denial read out of its frame', () => {
    const n = noteOf([
      'Physio: What do you do with your mornings now?',
      "Patient: Crosswords. It is the only time I don't feel rushed about.",
    ]);
    expect(n.subjective).not.toMatch(/rushed/);
  });

  it('does not keep a reaction to what the clinician said', () => {
    const n = noteOf([
      'Doctor: Did you know those tablets can upset the stomach?',
      "Patient: No. That's what I thought, to be honest.",
    ]);
    expect(n.subjective).not.toMatch(/what (?:I|she|he|they|the patient) thought/i);
  });
});
