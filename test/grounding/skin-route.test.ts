import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A rash visit written for this test: a cream the conversation puts on the skin ("it's not a tablet"), which a
// note may not give by mouth.
const plan = (text: string, transcript: string) => checkGrounding({ plan: text }, transcript).filter((f) => f.kind === 'plan').map((f) => f.claim);

const t = 'Doctor: For the groin rash, use the clotrimazole cream twice a day, rub it in well; it is not a tablet.\nPatient: For how long?\nDoctor: Two weeks.';

describe('a medicine the conversation puts on the skin', () => {
  it('is given a changed route when the note has it swallowed', () => {
    expect(plan('Clotrimazole 1% taken orally twice daily for 2 weeks.', t)).not.toEqual([]);
  });

  it('is supported when the note applies it to the skin', () => {
    expect(plan('Clotrimazole 1% cream applied topically to the groin twice daily for 2 weeks.', t)).toEqual([]);
  });
});
