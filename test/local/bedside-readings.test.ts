import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { normalizeMeasurements } from '../../src/local/normalize-measurements.js';
import { DIAGNOSIS_TERM } from '../../src/local/clinical-vocabulary.js';

describe('bedside readings said by a colleague', () => {
  it('writes a spoken glucose, lactate or ketone reading in digits', () => {
    expect(normalizeMeasurements("Sugar's two point one.")).toBe("Sugar's 2.1.");
    expect(normalizeMeasurements('lactate was three point four')).toBe('lactate was 3.4');
    expect(normalizeMeasurements('His sugar is one point eight, and ketones zero point six.')).toBe('His sugar is 1.8, and ketones 0.6.');
    // A count said in passing is not a reading.
    expect(normalizeMeasurements('I had a couple of sugars in my tea, maybe two.')).toBe('I had a couple of sugars in my tea, maybe two.');
  });

  it("puts a technician's two-word reading in the examination, and it opens the examination", () => {
    const n = generateLocalNote([
      'Paramedic: Ola, can you get a BM on him straight away please?',
      'Wife: He has type 2 diabetes, on gliclazide.',
      "Tech: Sugar's two point one.",
      'Paramedic: Dennis, can you squeeze my hand? GCS 13.',
    ].join('\n'));
    expect(n.objective).toMatch(/Sugar's 2\.1/);
    expect(n.subjective).not.toMatch(/2\.1|two point one/);
  });

  it('knows British spellings of blood sugar and salt disorders as diagnoses', () => {
    for (const term of ['hypoglycaemia', 'hypoglycaemic', 'hyperglycaemia', 'hyperkalaemia', 'hyponatraemia', 'hypoglycemia', 'haemorrhoids', 'piles', 'glue ear']) expect(DIAGNOSIS_TERM.test(`this is ${term}`)).toBe(true);
    expect(DIAGNOSIS_TERM.test('other options than insulin that dont cause hypos')).toBe(false);
  });
});
