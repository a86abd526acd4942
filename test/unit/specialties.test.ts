import { describe, expect, it } from 'vitest';
import { SPECIALTIES, resolveSpecialty, suggestSpecialties } from '../../src/specialties.js';

describe('specialties', () => {
  it('has the 24 of the contract', () => {
    expect(SPECIALTIES).toHaveLength(24);
    expect(new Set(SPECIALTIES.map((s) => s.id)).size).toBe(24);
  });
  it('accepts ids and display names in any case', () => {
    expect(resolveSpecialty('physician')).toBe('physician');
    expect(resolveSpecialty('Speech Language Pathology')).toBe('slp');
    expect(resolveSpecialty('Nurse Practitioner')).toBe('nurse_practitioner');
    expect(resolveSpecialty('physical-therapy')).toBe('physical_therapy');
  });
  it('suggests the closest names for a typo', () => {
    expect(suggestSpecialties('physican')[0]).toBe('physician');
    expect(suggestSpecialties('psychiatrst')[0]).toBe('psychiatrist');
    expect(suggestSpecialties('therapy').every((id) => id.endsWith('_therapy'))).toBe(true);
    expect(() => resolveSpecialty('dentst')).toThrow('unknown specialty "dentst" (did you mean dentist');
  });
  it('suggests nothing for nonsense', () => {
    expect(suggestSpecialties('qqqqqqqqqqqqqqqqqq')).toEqual([]);
    expect(() => resolveSpecialty('qqqqqqqqqqqqqqqqqq')).toThrow(/unknown specialty "qqqqqqqqqqqqqqqqqq"$/);
  });
});
