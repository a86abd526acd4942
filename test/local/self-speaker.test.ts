import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

describe('a named patient who talks about her baby, with her partner there', () => {
  const n = generateLocalNote([
    'Midwife: Hello Aisha, what brings you in tonight?',
    "Aisha: I'm 32 weeks. Since lunchtime he's been much quieter, he's hardly kicked.",
    'Ravi: She was worried all afternoon, she made me drive her in.',
    'Midwife: Any pain or bleeding? And is this your first pregnancy?',
    "Aisha: No bleeding, no pain, and I don't think my waters have gone. Yes, my first, and I'm on iron tablets.",
    'Midwife: Your blood pressure is 112/70 and your bump is soft and not tender.',
    'Midwife: These sound like Braxton Hicks tightenings. Call us if they get stronger or closer together.',
  ].join('\n'));

  it('reads the one who speaks of herself as the patient, the partner as other', () => {
    expect(n.speakers).toEqual({ Midwife: 'clinician', Aisha: 'patient', Ravi: 'other' });
    expect(n.subjective).not.toMatch(/Per Aisha/);
  });
});

describe('a pregnancy says who the patient is', () => {
  it('writes her, not their', () => {
    const n = generateLocalNote([
      'Midwife: Is this your first pregnancy?',
      'Patient: No, my first was a normal delivery three years ago.',
      'Midwife: And any problems so far in this one?',
      'Patient: Just low iron, I take ferrous sulphate.',
      'Midwife: Your bump measures 30 centimetres, which is right for 30 weeks.',
    ].join('\n'));
    expect(n.subjective).toMatch(/\bher first was a normal delivery/i);
    expect(`${n.subjective}\n${n.objective}`).not.toMatch(/\btheir\b/);
  });
});

describe('two parents who both speak of their child', () => {
  it('leaves both as companions', () => {
    const n = generateLocalNote([
      "Doctor: Hi both, what's been happening with Leo?",
      "Mum: He's had a cough for a week and he's off his food. I've been giving him Calpol.",
      "Dad: He was up coughing all night, I don't think he slept.",
      'Doctor: His chest is clear and his temperature is 37.6. This is a viral cough.',
    ].join('\n'));
    expect(n.speakers).toEqual({ Doctor: 'clinician', Mum: 'other', Dad: 'other' });
  });
});

describe('an antenatal visit that never says "pregnancy"', () => {
  it('writes her, not their, once the baby\'s movements are asked about', () => {
    const n = generateLocalNote([
      'Midwife: How are the baby\'s movements?',
      'Patient: Kicking loads, same as usual.',
      'Patient: My ankles are swollen by the evening and my shoes feel tight.',
      'Midwife: Your blood pressure is 118/76.',
    ].join('\n'));
    expect(n.subjective).toMatch(/\bher (?:ankles|shoes)\b/i);
    expect(n.subjective).not.toMatch(/\btheir\b/);
  });
});
