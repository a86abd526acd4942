import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: an examiner pauses with an ellipsis between the part and what was found.
describe('an ellipsis between the part examined and the finding', () => {
  const child = 'Doctor: Ears look fine. Listening to his lungs... nice and clear. Tummy is soft.';
  const adult = 'Nurse: Let me have a listen to your chest... okay, that sounds clear to me.';
  const elder = 'GP: Heart sounds normal. Now the lungs... clear on both sides, no problem.';

  it('reads the finding as said of the part', () => {
    expect(kinds({ objective: 'Crackles at the right base.' }, child)).toContain('exam');
    expect(kinds({ objective: 'Wheeze throughout.' }, adult)).toContain('exam');
    expect(kinds({ objective: 'Bibasal crackles.' }, elder)).toContain('exam');
  });

  it('leaves the note that says what was found', () => {
    expect(kinds({ objective: 'Lungs clear.' }, child)).toEqual([]);
    expect(kinds({ objective: 'Chest clear, no wheeze.' }, adult)).toEqual([]);
    expect(kinds({ objective: 'Lungs clear bilaterally.' }, elder)).toEqual([]);
  });
});
