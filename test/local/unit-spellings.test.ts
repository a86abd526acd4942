import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { restoreUnitSpellings } from '../../src/local/unit-spellings.js';

describe('unit words in the speaker\'s own spelling', () => {
  it('writes litres and centimetres where the transcript does, and keeps a glucose meter a meter', () => {
    const n = generateLocalNote('Examination: wound 3 by 2 centimetres, clean. Plan: fluid restriction 1.5 litres a day, and check his glucose meter each morning.');
    expect(n.plan).toMatch(/1\.5 litres a day/);
    expect(n.plan).toMatch(/glucose meter/);
    expect(n.evidence.plan.map((e) => e.text).join(' ')).toMatch(/litres/);
  });

  it('changes nothing in a transcript spelled the US way', () => {
    const spell = restoreUnitSpellings('Drink 2 liters a day; the wound is 3 centimeters.');
    expect(spell('Drink 2 liters a day.')).toBe('Drink 2 liters a day.');
  });

  it('puts back a bare metre only where the transcript never says meter', () => {
    expect(restoreUnitSpellings('She can walk 100 metres.')('She can walk 100 meters.')).toBe('She can walk 100 metres.');
    expect(restoreUnitSpellings('She walks 100 metres; her peak flow meter reads 300.')('Peak flow meter 300.')).toBe('Peak flow meter 300.');
  });
});

describe('a side corrected to both', () => {
  it("keeps only 'both ankles' from 'the left ankle, sorry, scratch that, of both ankles'", () => {
    const n = generateLocalNote('Objective. Pitting oedema of the left ankle, sorry, scratch that, of both ankles, up to mid shin. Crackles at both bases.');
    expect(n.objective).toMatch(/Pitting oedema of both ankles, up to mid shin/);
    expect(n.objective).not.toMatch(/left/);
  });
});
