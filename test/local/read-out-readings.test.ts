import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { readMeasureAnswer } from '../../src/local/read-measure-answer.js';

describe('readings the patient reads out when asked', () => {
  it('reads the value at the end of a long look and a value given by when it was taken', () => {
    const temp = { name: 'Temperature', unit: '' };
    expect(readMeasureAnswer(temp, 'Hold on, my son is finding it... right, it says thirty-eight point two.')).toBe('Temperature 38.2.');
    const sugar = { name: 'Blood glucose', unit: '' };
    expect(readMeasureAnswer(sugar, 'Tuesday before lunch, seven point two.')).toBe('Blood glucose 7.2 tuesday before lunch.');
    expect(readMeasureAnswer(sugar, 'I felt awful on Tuesday.')).toBeUndefined();
  });

  it('keeps a reading asked for open while the clinician only lets the patient go on', () => {
    const n = generateLocalNote([
      'Nurse: Morning. Did you bring your blood pressure readings from home?',
      'Patient: I did, they are in my diary. Shall I read them?',
      'Nurse: Yes please.',
      'Patient: Saturday one forty-four over eighty-eight. Sunday one thirty-nine over eighty-six.',
      'Nurse: Thank you. And have you got your sugar meter there?',
      'Patient: Let me switch it on. Do you want the last few?',
      'Nurse: Go on.',
      'Patient: This morning before breakfast, eight point one.',
      'Nurse: Your blood pressure is well controlled on the ramipril. Carry on with it and I will see you in three months.',
    ].join('\n'));
    expect(n.objective).toMatch(/144\/88 mmHg/);
    expect(n.objective).toMatch(/139\/86 mmHg/);
    expect(n.objective).toMatch(/Blood glucose 8\.1 this morning before breakfast/);
    expect(n.subjective).not.toMatch(/eight point one|one forty-four/);
  });

  it('leaves a reading the patient recalls unasked in the history', () => {
    const n = generateLocalNote([
      'Doctor: How has the fever been?',
      'Patient: Last night it was thirty-eight point five, I took paracetamol.',
      'Doctor: Your chest is clear. This is a viral infection. Rest and fluids.',
    ].join('\n'));
    expect(n.subjective).toMatch(/thirty-eight point five|38\.5/);
    expect(n.objective).not.toMatch(/38\.5/);
  });
});

describe('a weight read off the scales after a word to the animal or child', () => {
  it('reads "Let\'s pop her on the scales first. Good girl... 34.2 kilos." as the weight', () => {
    const n = generateLocalNote([
      'Vet: How old is she now?',
      'Owner: Seven in March.',
      "Vet: Great. Let's pop her on the scales first. Good girl... 34.2 kilos. She was 31 this time last year, so she's put a bit on.",
      "Owner: That'll be the kids.",
      "Vet: Temperature... 38.6, that's normal.",
    ].join('\n'));
    expect(n.objective).toMatch(/Weight 34\.2 kg\./);
  });
});
