import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { isSymptomRecap } from '../../src/local/symptom-recap.js';

describe('a clinician naming back symptoms without a verb', () => {
  it('keeps "So hesitancy and dribbling." as history', () => {
    const n = generateLocalNote([
      'Doctor: What has been happening?',
      'Patient: It takes ages to get going when I wee, and then it keeps leaking after I finish.',
      'Doctor: Okay, so hesitancy and dribbling. Any pain when you pass urine?',
      'Patient: No pain.',
    ].join('\n'));
    expect(n.subjective).toMatch(/Hesitancy and dribbling\./);
  });

  it('reads only symptom names as a recap, not a condition or an instruction', () => {
    expect(isSymptomRecap('Right, burning and stinging then.')).toBe(true);
    expect(isSymptomRecap('So a urine infection.')).toBe(false);
    expect(isSymptomRecap('Fluids and rest.')).toBe(false);
  });
});

describe('findings on a video visit', () => {
  const visit = [
    'Nurse: Can you point the camera at your ankle for me? Press on the outside of it. Does that hurt?',
    'Patient: Yes, that is sore.',
    'Nurse: Okay, some swelling over the outer ankle.',
    'Nurse: Good. And just for my notes, you are walking in without a limp and look comfortable.',
    'Nurse: I think this is a mild sprain.',
  ].join('\n');
  const n = generateLocalNote(visit);

  it('writes a finding named with "some" as a finding, not a thing tried next', () => {
    expect(n.objective).toMatch(/swelling over the outer ankle/);
  });

  it('drops the aside to the record and keeps what was seen', () => {
    expect(n.objective).toMatch(/without a limp and looks? comfortable/);
    expect(n.objective).not.toMatch(/for my notes/);
  });
});

describe('a urine dipstick read out', () => {
  it('places leukocytes and nitrites with their result as results', () => {
    const n = generateLocalNote([
      'Doctor: Did you bring a urine sample?', 'Patient: Yes, here it is.',
      'Doctor: Thanks. Right, leukocytes are positive and nitrites are negative.',
      'Doctor: So this could be an early urine infection.',
    ].join('\n'));
    expect(n.objective).toMatch(/RESULTS\nLeukocytes are positive and nitrites are negative/);
  });
});
