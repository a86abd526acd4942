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

describe('a complaint with a circumstance of its own, then a denial held to a moment, is affirmed', () => {
  const denied = '[doctor] any thoughts of suicide ?\n[patient] no , never , not even when things were at their worst .';

  it('reads "thoughts of self-harm during the bad months, none currently" as thoughts had', () => {
    expect(kinds({ subjective: 'Risk: reports suicidal thoughts during the bad months, none currently.' }, denied)).toEqual(['negation']);
  });

  it('reads "wheeze after running, none at rest" as wheeze had', () => {
    const t = '[doctor] any wheezing when you go running ?\n[patient] no , never .';
    expect(kinds({ subjective: 'Wheezing after running, none at rest.' }, t)).toEqual(['negation']);
  });

  it('reads "cough in cold air, absent at night" as cough had', () => {
    const t = '[doctor] any cough ?\n[patient] no cough at all .';
    expect(kinds({ subjective: 'Cough in cold air, absent at night.' }, t)).toEqual(['negation']);
  });

  it('reads a risk screen\'s answer in a history, and leaves a denial matching the transcript', () => {
    expect(kinds({ subjective: 'Safety: denies suicidal thoughts, even at the worst.' }, denied)).toEqual([]);
    expect(kinds({ subjective: 'Safety: reports suicidal thoughts.' }, denied)).toEqual(['negation']);
  });
});
