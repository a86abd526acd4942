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

describe('a dose worked out for the patient', () => {
  it("places 'for her weight that's two milligrams' in the plan, not the examination", () => {
    const n = generateLocalNote(['Doctor: The nurse weighed her at triage, 12.4 kilos.', 'Doctor: So this is croup.', "Doctor: I'm going to give her a single dose of dexamethasone. For her weight that's two milligrams, as a liquid."].join('\n'));
    expect(n.plan).toMatch(/For her weight, that's 2 mg/);
    expect(n.objective).not.toMatch(/2 mg/);
  });
});

describe('segments without speakers', () => {
  it('reads a line that opens on yes or no after the clinician as the answer', () => {
    const WHISPER = [
      "[00:00.000 --> 00:03.200]  Hello, come on in. And who's this?",
      "[00:03.200 --> 00:06.880]  This is Ruby. She's two.",
      "[00:06.880 --> 00:10.400]  Hi Ruby. I'm Dr Osei. I heard that cough from the waiting room.",
      "[00:10.400 --> 00:14.920]  Yeah, it's like a seal. It started last night about eleven.",
      '[00:14.920 --> 00:18.120]  Is she drinking okay?',
      '[00:18.120 --> 00:21.000]  Drinking, not eating much.',
      '[00:21.000 --> 00:23.000]  Wet nappies?',
      '[00:23.000 --> 00:26.000]  Yeah, wet nappies, changed one just before we came.',
      '[00:26.000 --> 00:29.000]  No judgement from me. Any allergies?',
      '[00:29.000 --> 00:30.000]  No.',
    ].join('\n');
    const n = generateLocalNote(WHISPER);
    expect(n.subjective).toMatch(/started last night/);
    expect(n.subjective).toMatch(/wet nappies/i);
  });
});

describe('a ward handover said without punctuation', () => {
  it("reads 'this is mr carter in bay four he came in overnight with a chest infection' as history", () => {
    const n = generateLocalNote([
      'spk_0: right so this is mr carter in bay four he came in overnight with a chest infection',
      'spk_1: morning mr carter how are you feeling',
      "spk_2: rough to be honest i'm shivery and i can't catch my breath",
      'spk_1: okay this is sepsis from a pneumonia, he needs blood cultures then iv antibiotics',
    ].join('\n'));
    expect(n.subjective).toMatch(/came in overnight with a chest infection/i);
  });
});
