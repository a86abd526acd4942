import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// The warning before a migraine or a seizure: a denied aura turned into a reported one is caught, whether the
// conversation names it or pictures it.
describe('auras', () => {
  const named = 'Neurologist: Before the fits, any aura, a strange smell or feeling?\nPatient: No aura at all, I just go.';
  const pictured = 'GP: Any flashing lights or zigzags before the headache starts?\nPatient: No, never.';

  it('reports an aura the conversation denies', () => {
    const deniesAura = (f: { kind: string; reason: string }) => f.kind === 'negation' && f.reason.includes('"aura"');
    expect(checkGrounding({ subjective: 'Describes an aura before the fits.' }, named).some(deniesAura)).toBe(true);
    expect(checkGrounding({ subjective: 'Headaches preceded by a visual aura.' }, pictured).some(deniesAura)).toBe(true);
  });

  it('keeps the denied aura the note repeats', () => {
    expect(checkGrounding({ subjective: 'No aura before the seizures.' }, named)).toEqual([]);
    expect(checkGrounding({ subjective: 'Headaches without aura.' }, pictured)).toEqual([]);
  });
});
