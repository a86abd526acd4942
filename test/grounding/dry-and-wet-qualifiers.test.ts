import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Invented exchanges: a cough or a membrane said dry, or wet.
describe('dry against productive', () => {
  const dry = 'Patient: It is a dry cough, nothing comes up, mostly at night.';
  const chesty = 'Mum: He has got a chesty cough, bringing up green stuff.';
  const mouth = 'Doctor: Let me look in her mouth. The mucous membranes are moist, good.';

  it('catches the opposite quality', () => {
    expect(kinds({ subjective: 'Productive cough at night.' }, dry)).not.toEqual([]);
    expect(kinds({ subjective: 'Dry cough for a week.' }, chesty)).not.toEqual([]);
    expect(kinds({ objective: 'Dry mucous membranes.' }, mouth)).not.toEqual([]);
  });

  it('leaves the quality said', () => {
    expect(kinds({ subjective: 'Dry cough, worse at night.' }, dry)).toEqual([]);
    expect(kinds({ subjective: 'Productive cough with green sputum.' }, chesty)).toEqual([]);
    expect(kinds({ objective: 'Mucous membranes moist.' }, mouth)).toEqual([]);
  });
});
