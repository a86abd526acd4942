import { describe, expect, it } from 'vitest';
import { normalizeMeasurements } from '../../src/local/normalize-measurements.js';
import { parseSpokenNumber } from '../../src/local/spoken-numbers.js';

describe('parseSpokenNumber', () => {
  it.each([
    ['one twenty', 120], ['one thirty two', 132], ['eighty', 80], ['a hundred and twenty', 120],
    ['ninety eight point six', 98.6], ['fifty five', 55], ['two hundred', 200], ['seven', 7],
  ])('%s → %d', (words, value) => expect(parseSpokenNumber(words)).toBe(value));

  it('refuses sequences that are not one number', () => {
    expect(parseSpokenNumber('one two')).toBeUndefined();
    expect(parseSpokenNumber('twenty twenty')).toBeUndefined();
  });
});

describe('normalizeMeasurements', () => {
  it.each([
    ['blood pressure is one twenty over eighty', 'blood pressure is 120/80 mmHg'],
    ['bp 132/84', 'bp 132/84 mmHg'],
    ['heart rate is seventy two', 'heart rate is 72 bpm'],
    ['pulse 88 beats per minute', 'pulse 88 bpm'],
    ['temperature of ninety eight point six degrees', 'temperature of 98.6 °F'],
    // No unit said, none written: the grounding checker must be able to trace every unit.
    ['temperature of ninety eight point six', 'temperature of 98.6'],
    ['temperature 37 degrees celsius', 'temperature 37.0 °C'],
    ['oxygen saturation is ninety eight percent', 'oxygen saturation is 98%'],
    ['respiratory rate sixteen', 'respiratory rate 16 /min'],
    ['she weighs one hundred seventy six pounds', 'she weighs 176 lb'],
    ['weight 80 kilograms', 'weight 80 kg'],
    ['continue lisinopril twenty milligrams daily', 'continue lisinopril 20 mg daily'],
    ['pain is a four out of ten', 'pain is a 4/10'],
    ['about five weeks ago', 'about 5 weeks ago'],
  ])('%s', (input, expected) => expect(normalizeMeasurements(input)).toBe(expected));

  it('reads a bare "X over Y" as blood pressure only in a blood-pressure sentence', () => {
    expect(normalizeMeasurements('your blood pressure looks good, it is one thirty over eighty'))
      .toBe('your blood pressure looks good, it is 130/80 mmHg');
    expect(normalizeMeasurements('we went one over the other')).toBe('we went one over the other');
  });

  it('leaves implausible or non-numeric phrases alone', () => {
    expect(normalizeMeasurements('blood pressure was nine over two')).toBe('blood pressure was nine over two');
    expect(normalizeMeasurements('one of those days')).toBe('one of those days');
    expect(normalizeMeasurements('no one knows')).toBe('no one knows');
  });
});

describe('pounds of money and pounds of weight', () => {
  it('writes a weight in pounds as lb', () => {
    expect(normalizeMeasurements('She lost ten pounds since spring.')).toBe('She lost 10 lb since spring.');
  });

  it('leaves a price in pounds as pounds', () => {
    expect(normalizeMeasurements('About 200 pounds for the course.')).toBe('About 200 pounds for the course.');
    expect(normalizeMeasurements('It costs about twenty pounds a month.')).toBe('It costs about 20 pounds a month.');
  });
});

describe('normalising twice', () => {
  it('writes a respiratory rate unit once when the text is normalised again', () => {
    const once = normalizeMeasurements('Resps eighteen, sats ninety six percent.');
    expect(once).toBe('Resps 18 /min, sats 96%.');
    expect(normalizeMeasurements(once)).toBe(once);
  });
});
