import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const reasons = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).map((f) => f.reason);

// Invented exchanges.
describe('nightmares as a complaint', () => {
  it('flags nightmares the conversation never mentions', () => {
    const t = 'Counsellor: How are you sleeping?\nClient: Not bad. About six hours, I wake once to use the loo.';
    expect(reasons('Sleeping about 6 hours with frequent nightmares.', t).join(' ')).toMatch(/nightmares/);
  });

  it('passes nightmares told as bad dreams, and their denial', () => {
    const told = 'Counsellor: How are you sleeping?\nClient: Badly. I keep having bad dreams about the crash.';
    expect(reasons('Poor sleep with nightmares about the crash.', told)).toEqual([]);
    const denied = 'Counsellor: Any nightmares or bad dreams?\nClient: No, none of that.';
    expect(reasons('Denies nightmares.', denied)).toEqual([]);
  });
});
