import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const session = [
  'Therapist: Hi Ava, hi Dad. How has the practice gone this week?',
  'Dad: Pretty well, we did it most evenings.',
  "Therapist: Great. Ava, let's do a picture game. What's this one?",
  'Ava: Thoap.',
  'Therapist: Watch my lips. Sss-soap.',
  'Ava: Soap.',
  "Therapist: With a visual cue she can do it, the s at the start is there now.",
  'Therapist: At the ends of words she gets about half, it varies.',
  'Therapist: Her listening was good today, she stayed with every game.',
  "Dad: She loves the shop.",
  "Therapist: Everyone does. So we'll keep going weekly.",
].join('\n');

describe("what a client did in a therapy session, said while it goes on", () => {
  it('keeps the performance observed as the Objective of a speech and language therapy note', () => {
    const n = generateLocalNote(session, { specialty: 'slp' });
    expect(n.objective).toMatch(/ends of words she gets about half/);
    expect(n.objective).toMatch(/listening was good today/);
  });

  it('leaves a medical visit without a named specialty as it was', () => {
    const n = generateLocalNote(session);
    expect(n.objective).not.toMatch(/ends of words she gets about half/);
  });
});
