import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { convertSpelledNumbers } from '../../src/text/spelled-numbers.js';

describe('a dose said before how many times a day', () => {
  it('never runs "four hundred three times a day" into 403', () => {
    const n = generateLocalNote(['doctor: have you been taking anything for it', 'patient: ibuprofen four hundred three times a day and paracetamol one thousand two times a day'].join('\n'));
    expect(n.subjective).not.toMatch(/403|1002/);
    expect(n.subjective).toMatch(/3 times a day/);
    expect(convertSpelledNumbers('four hundred three times a day'.split(' '))).toEqual(['400', '3', 'times', 'a', 'day']);
  });

  it('still reads numbers that are one value', () => {
    expect(convertSpelledNumbers('a hundred and two fever'.split(' '))).toEqual(['102', 'fever']);
    expect(convertSpelledNumbers('fifty five times'.split(' '))).toEqual(['55', 'times']);
    const n = generateLocalNote('doctor: your blood pressure is one hundred twenty over eighty and pulse fifty five');
    expect(n.objective).toMatch(/120\/80 mmHg and pulse 55/);
  });
});

describe('a pain score asked in lower-case ASR without a question mark', () => {
  it('reads "okay and out of ten how bad is it" — "like an eight" as the score', () => {
    const n = generateLocalNote(['doctor: and is it there all the time', "patient: it's like throbbing constant throbbing", 'doctor: okay and out of ten how bad is it', 'patient: like an eight'].join('\n'));
    expect(n.subjective).toMatch(/Pain 8\/10/);
  });
});
