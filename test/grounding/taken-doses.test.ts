import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Made-up encounters: a dose taken as several tablets of one strength is written as the product.
describe('a dose said as a count of tablets of one strength', () => {
  it('reads "the 200s, three of them" as 600 mg of the drug named before', () => {
    const t = [
      '[doctor] what have you been taking for the knee ?',
      '[patient] ibuprofen . the 200s , i take three tablets at a time .',
      '[doctor] okay , no more than twelve hundred milligrams a day then .',
    ].join('\n');
    expect(kinds({ subjective: 'Takes ibuprofen 600 mg at a time for the knee.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Takes ibuprofen 800 mg at a time for the knee.' }, t)).toEqual(['number']);
  });

  it('reads "two 250 milligram capsules" as 500 mg', () => {
    const t = [
      '[doctor] how are you taking the amoxicillin ?',
      '[patient] two 250 milligram capsules three times a day , like the pharmacist said .',
      '[doctor] and the paracetamol , four grams at most in a day .',
    ].join('\n');
    expect(kinds({ subjective: 'Taking amoxicillin 500 mg three times a day.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Taking amoxicillin 1000 mg three times a day.' }, t)).toEqual(['number']);
  });

  it('reads "the five milligram ones, two of them" as 10 mg', () => {
    const t = [
      '[doctor] and the blood pressure tablet ?',
      '[patient] amlodipine , the 5 milligram ones , i take 2 of them every morning .',
      '[doctor] good , and the statin is still forty milligrams ?',
    ].join('\n');
    expect(kinds({ subjective: 'Amlodipine 10 mg every morning.' }, t)).toEqual([]);
    expect(kinds({ subjective: 'Amlodipine 20 mg every morning.' }, t)).toEqual(['number']);
  });

  it('keeps puffs apart from the strength they give: "100 mcg, two puffs" is not 200 mcg', () => {
    const t = [
      '[doctor] restart the beclomethasone inhaler , 100 micrograms , 2 puffs twice a day .',
      '[patient] okay , and i rinse after ?',
    ].join('\n');
    expect(kinds({ plan: 'Beclomethasone 100 mcg, 2 puffs twice daily.' }, t)).toEqual([]);
    expect(kinds({ plan: 'Beclomethasone 200 mcg, 2 puffs twice daily.' }, t)).toEqual(['number']);
  });
});
