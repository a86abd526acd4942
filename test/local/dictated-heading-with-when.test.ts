import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

// Dictations written for these tests (invented patients): a heading said alone as a sentence, with when.
describe('a heading dictated alone with a full stop or a "today"', () => {
  const dictations = [
    ['Seen in clinic for a leg ulcer, present 6 weeks.', 'Examination. Ulcer on the left shin 3 by 2 cm, sloughy base.', 'Impression. Venous leg ulcer.', 'Treatment today.', 'Compression bandaging applied.', 'Dressings twice weekly with the practice nurse.'],
    ['Review of a sprained right ankle, injured last Saturday.', 'Examination. Swelling over the lateral ligament.', 'Diagnosis. Grade 2 ankle sprain.', 'Management given this visit.', 'Compression bandaging applied.', 'Dressings twice weekly with the practice nurse.'],
    ['Follow-up of a burn to the left hand.', 'Examination. Healing well, no infection.', 'Impression. Superficial partial thickness burn.', 'Plan.', 'Compression bandaging applied.', 'Dressings twice weekly with the practice nurse.'],
  ];
  for (const lines of dictations) {
    it(`files what follows "${lines[3]}" as plan`, () => {
      const note = generateLocalNote(lines.join('\n'));
      expect(note.plan).toMatch(/Compression bandaging applied/);
      expect(note.plan).toMatch(/Dressings twice weekly/);
      expect(note.assessment).not.toMatch(/Dressings twice weekly/);
    }, 30_000);
  }
});
