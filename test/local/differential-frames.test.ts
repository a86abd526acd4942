import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isDiagnosisStatement } from '../../src/local/clinical-vocabulary.js';

describe('a differential said as a possibility', () => {
  it('reads "the other possibility is", "may well be", "my main thought is" and "possibly" as naming a condition', () => {
    expect(isDiagnosisStatement('The other possibility is, migraine as well.')).toBe(true);
    expect(isDiagnosisStatement('It may well be a tension-type headache.')).toBe(true);
    expect(isDiagnosisStatement('My main thought is a chest infection.')).toBe(true);
    expect(isDiagnosisStatement('So, possibly a sinus infection.')).toBe(true);
    expect(isDiagnosisStatement('The other possibility is that we wait and see.')).toBe(false);
  });

  it('places the differential in the Assessment of a consultation', () => {
    const n = generateLocalNote([
      'Doctor: What can I do for you?',
      'Patient: I keep getting headaches at the front, most afternoons, for about a month.',
      'Doctor: Any vomiting or problems with your vision?',
      'Patient: No.',
      'Doctor: So it may well be a tension-type headache. The other possibility is, migraine as well.',
      'Doctor: I would try ibuprofen first and keep a headache diary, and come back in four weeks.',
    ].join('\n'));
    expect(n.assessment).toMatch(/tension-type headache/);
    expect(n.assessment).toMatch(/migraine/);
  });
});
