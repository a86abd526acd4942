import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isAdvice } from '../../src/local/read-advice.js';

// What the patient is asked to send in (a photo through the portal, readings by e-mail) is an item of the plan, even
// when it is softened with "if you can" or "when you get a chance".
describe('a request to send something in', () => {
  it('is advice, with or without a softener', () => {
    expect(isAdvice('If you can, upload a photo of the rash through the portal tonight.', 'plan')).toBe(true);
    expect(isAdvice('Send us your blood pressure readings at the end of the week.', 'plan')).toBe(true);
    expect(isAdvice('When you get a chance, email the clinic a picture of the swelling.', 'plan')).toBe(true);
    expect(isAdvice('Forward flexion is full and pain free.', 'exam')).toBe(false);
    expect(isAdvice('Complete tear of the tendon on the scan.', 'plan')).toBe(false);
  });

  it('is kept in the Plan of a call', () => {
    const note = generateLocalNote([
      'Nurse: What can I do for you?', 'Patient: The rash on my arm is spreading since this morning.', 'Nurse: Any fever?', 'Patient: No.',
      'Nurse: Okay. Keep it covered. If you can, upload a photo through the portal so the doctor can see it first thing. I will book you in for tomorrow at ten.',
    ].join('\n'));
    expect(note.plan).toMatch(/upload a photo through the portal/);
  });
});
