import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: a finding denied at one place and had at another; the note names no place.
describe('a claim with no place against denials that each name one', () => {
  const knee = [
    'Therapist: Any pain or swelling in the calf?',
    'Patient: No, nothing in the calf.',
    'Therapist: The knee itself still has some swelling, that is expected.',
  ].join('\n');
  const hand = [
    'Doctor: Is there any redness up the arm?',
    'Patient: No, not up the arm.',
    'Doctor: Okay. The finger is red around the nail.',
  ].join('\n');
  const ankle = [
    'Nurse: Any swelling in your hands or face?',
    'Patient: No, my hands and face are fine. My ankles puff up by the evening though, they are swollen.',
  ].join('\n');

  it('leaves the claim the conversation has somewhere', () => {
    expect(kinds({ plan: 'Elevate the leg for swelling.' }, knee)).toEqual([]);
    expect(kinds({ plan: 'Warm soaks for the redness.' }, hand)).toEqual([]);
    expect(kinds({ plan: 'Compression stockings for swelling.' }, ankle)).toEqual([]);
  });

  it('still catches the claim at the place denied, and one never had anywhere', () => {
    expect(kinds({ subjective: 'Reports calf swelling.' }, knee)).not.toEqual([]);
    expect(kinds({ subjective: 'Redness spreading up the arm.' }, hand)).not.toEqual([]);
    const none = 'Nurse: Any swelling in the legs?\nPatient: No, no swelling in the legs.';
    expect(kinds({ subjective: 'Reports leg swelling.' }, none)).not.toEqual([]);
  });
});
