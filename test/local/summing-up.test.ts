import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a video consultation that sums up without announcing an exam or a plan', () => {
  const n = generateLocalNote([
    'Doctor: Hello, what can I do for you today?',
    "Patient: I've had a cough and a blocked nose for five days, and I ache all over.",
    'Doctor: Any shortness of breath?',
    'Patient: No.',
    "Doctor: Okay. Having listened to your story, I wonder whether you've picked up a viral infection., it's very common at the moment.",
    "Doctor: I'm quite happy to give you some paracetamol advice, and I'm happy to refer you for a chest X-ray if it's not better in two weeks.",
    'Doctor: If you get short of breath, call us straight away.',
  ].join('\n'));

  it('reads the summing-up as the assessment and what follows as the plan', () => {
    expect(n.assessment).toMatch(/viral infection/);
    expect(n.plan).toMatch(/refer you for a chest X-ray|chest X-ray/);
    expect(n.subjective).not.toMatch(/viral infection|X-ray/);
  });

  it('ends a sentence at a full stop a stripped tag left a comma after', () => {
    expect(n.assessment).not.toMatch(/\.,/);
  });
});
