import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: a temperature written with the scale's bare letter.
describe('a temperature written with F or C', () => {
  const home = 'Dad: The highest we got at home was 103.1, on the ear thermometer.\nDoctor: And here she is 99.8.';
  const ward = 'Nurse: Her temperature peaked at thirty-eight point nine overnight.';
  const clinic = 'Parent: He was burning up, one hundred and two point four last night.';

  it('leaves the value that was said', () => {
    expect(kinds({ subjective: 'Tmax 103.1 F at home.' }, home)).toEqual([]);
    expect(kinds({ subjective: 'Febrile overnight, peak 38.9 C.' }, ward)).toEqual([]);
    expect(kinds({ subjective: 'Fever to 102.4 F last night.' }, clinic)).toEqual([]);
  });

  it('catches a value that was not', () => {
    expect(kinds({ subjective: 'Tmax 101.6 F at home.' }, home)).toContain('number');
    expect(kinds({ subjective: 'Febrile overnight, peak 39.8 C.' }, ward)).toContain('number');
    expect(kinds({ subjective: 'Fever to 104.2 F last night.' }, clinic)).toContain('number');
  });

  it('still reads an age and a sex as such', () => {
    expect(kinds({ subjective: 'A 38 F with a sore throat.' }, 'Doctor: So your throat has been sore?\nPatient: Yes, for three days.')).toEqual([]);
  });
});
