import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Made-up encounters.
describe('a vague reading name after another reading\'s value names a new reading', () => {
  it('reads "peak flow 310 , sats 97" style rechecks as oxygen readings, not the peak flow\'s', () => {
    const t = [
      '[doctor] oxygen is 93 percent on room air .',
      '[doctor] after the nebuliser , the peak flow is up to 310 , and oxygen now 97 percent .',
    ].join('\n');
    expect(kinds({ objective: 'After nebuliser: PEFR 310, SpO2 97%.' }, t)).toEqual([]);
    expect(kinds({ objective: 'After nebuliser: PEFR 310, SpO2 99%.' }, t)).toEqual(['number']);
  });

  it('holds for a lab named before an oxygen reading given as the vague "o2"', () => {
    const t = [
      '[doctor] o2 was 91 percent when you came in .',
      '[doctor] your a1c from last month was 6.9 , and o2 is 95 percent now .',
    ].join('\n');
    expect(kinds({ objective: 'A1c 6.9%. SpO2 95% on recheck.' }, t)).toEqual([]);
    expect(kinds({ objective: 'A1c 6.9%. SpO2 98% on recheck.' }, t)).toEqual(['number']);
  });

  it('keeps a named analyte\'s reach over a vague word when no value came between', () => {
    const t = '[doctor] o2 sat is 96 percent . the ejection fraction , the level they measured , is about 45 percent .';
    expect(kinds({ objective: 'Ejection fraction 45%.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Ejection fraction 55%.' }, t)).toEqual(['number']);
  });

  it('keeps a value said with no new name as the named analyte\'s: "peak flow 420, 85 percent of predicted"', () => {
    const t = '[doctor] o2 is 97 percent . best peak flow was 420 , that is 85 percent of predicted .';
    expect(kinds({ objective: 'Peak flow 420 (85% predicted). SpO2 97%.' }, t)).toEqual([]);
  });
});

describe('a closing denial held to a moment leaves the complaint had otherwise', () => {
  it('does not read "…, none at rest" as a denial of the complaints before it', () => {
    const t = '[doctor] any chest symptoms ?\n[patient] yes , some chest tightness when i walk up the hill .';
    expect(kinds({ subjective: 'Chest tightness and shortness of breath, none at rest.' }, t)).toEqual([]);
  });

  it('does not read "…, none during the day" as one', () => {
    const t = '[doctor] cough or wheeze ?\n[patient] yes , i cough and wheeze a lot at night .';
    expect(kinds({ subjective: 'Cough and wheezing, none during the day.' }, t)).toEqual([]);
  });

  it('does not read "…, absent at the moment" as one', () => {
    const t = '[doctor] any palpitations ?\n[patient] yes , my heart was racing on and off last week .';
    expect(kinds({ subjective: 'Palpitations, absent at the moment.' }, t)).toEqual([]);
  });

  it('still reads an unqualified closing denial', () => {
    const t = '[doctor] any palpitations ?\n[patient] yes , my heart was racing on and off last week .';
    expect(kinds({ subjective: 'Palpitations, absent.' }, t)).toEqual(['negation']);
  });
});
