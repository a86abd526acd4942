import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readYesNo } from '../../src/local/read-yes-no.js';

describe('a current treatment put to the patient and confirmed', () => {
  it('writes "you\'re on X, is that right?" — "That\'s the one." as the treatment the patient is on', () => {
    expect(readYesNo("You're on the water tablet, the furosemide, is that right?", "That's the one.", undefined)?.text).toMatch(/^The patient is on the water tablet, the furosemide\.$/);
    expect(readYesNo("You're still taking the sertraline?", 'Yes, that one.', undefined)?.text).toMatch(/still taking the sertraline/);
    expect(readYesNo("You're on the water tablet, is that right?", "No, I stopped it.", undefined)).toBeUndefined();
  });

  it('keeps the confirmed treatment in the Subjective', () => {
    const n = generateLocalNote([
      'Doctor: Hello, what can I do for you?',
      'Patient: My right knee has been swollen for three days.',
      "Doctor: And you're on the water tablet for your heart, the furosemide, is that right?",
      "Patient: That's the one.",
      'Doctor: This sounds like gout. I will prescribe colchicine.',
    ].join('\n'));
    expect(n.subjective).toMatch(/on the water tablet for their heart, the furosemide/);
    expect(n.assessment).not.toMatch(/furosemide/);
  });
});
