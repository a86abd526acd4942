import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';

const lines = (...l: string[]) => l.join('\n');

describe('an assessment that opens with its topic', () => {
  it('sets the topic off with a comma in lower-case ASR text too', () => {
    const n = generateLocalNote(lines(
      'sw: the landlord sent you a letter in march',
      'client: yeah he wants us out by june',
      'sw: for your housing it sounds like you are at risk of losing the flat',
    ), { specialty: 'social_worker' });
    expect(n.assessment).toMatch(/^For (?:their|her|his) housing, it sounds like/m);
  });
});

describe('a heading written into a clinician turn of a dialogue', () => {
  const n = generateLocalNote(lines(
    'Dietitian: How have you been eating since the surgery?',
    'Patient: Not much, soup mostly. I have lost some weight.',
    'Dietitian: You weigh 58 kg today, down from 63 kg in June.',
    'Dietitian: For the record. Impression: moderate malnutrition after the bowel surgery. Plan: two oral nutritional supplements a day; small meals every three hours; weigh weekly at home; I will phone you in two weeks.',
    'Patient: Okay.',
  ), { specialty: 'dietitian_nutritionist' });

  it('places the sentences after "Impression:" and "Plan:" by the heading, each list item kept', () => {
    expect(n.assessment).toMatch(/moderate malnutrition after the bowel surgery/i);
    expect(n.plan).toMatch(/two oral nutritional supplements a day/i);
    expect(n.plan).toMatch(/small meals every 3 hours/i);
    expect(n.plan).toMatch(/weigh weekly at home/i);
    expect(n.plan).toMatch(/phone the patient in 2 weeks|phone (?:them|her|him) in 2 weeks/i);
    expect(n.objective).not.toMatch(/supplements|Plan:/);
  });
});
