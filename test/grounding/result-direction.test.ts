import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Sentences in the ACI-Bench and PriMock57 styles the checker is measured on.
describe('a result said in words is compared with the level the conversation gives it', () => {
  const transcript = [
    "[doctor] so i looked at your labs , your kidney function is normal , your creatinine was fine .",
    "[doctor] your hemoglobin a1c is elevated at eight , so we need to do better with the sugars .",
    "[doctor] and your vitamin d was a little low , so keep taking the high dose vitamin d .",
  ].join('\n');

  it('catches a level flipped in words', () => {
    expect(kinds({ objective: 'Kidney function is normal.' }, transcript)).toEqual([]);
    expect(kinds({ objective: 'Kidney function is elevated.' }, transcript)).toEqual(['number']);
    expect(kinds({ objective: 'Hemoglobin A1c is elevated at 8.' }, transcript)).toEqual([]);
    expect(kinds({ objective: 'Hemoglobin A1c is low at 8.' }, transcript)).toEqual(['number']);
    expect(kinds({ objective: 'Low vitamin D.' }, transcript)).toEqual([]);
    expect(kinds({ objective: 'Vitamin D is normal.' }, transcript)).toEqual(['number']);
    expect(checkGrounding({ objective: 'Kidney function is elevated.' }, transcript)[0]?.reason).toBe('egfr is high in the note, but the transcript says it is normal');
  });

  it('reads "not elevated" as normal and a level word before a diet or a dose as no result', () => {
    expect(kinds({ objective: 'Kidney function not elevated.' }, transcript)).toEqual([]);
    expect(kinds({ subjective: 'She is taking her high dose Vitamin D as prescribed.' }, transcript)).toEqual([]);
    expect(kinds({ plan: 'Advised a low carbohydrate, low cholesterol, and reduced fatty foods diet.' }, '[doctor] your cholesterol is high .')).toEqual([]);
  });

  it('decides nothing when the conversation gives no level, and a question asserts none', () => {
    expect(kinds({ objective: 'Potassium is low.' }, '[doctor] we checked your potassium today .')).toEqual([]);
    expect(kinds({ objective: 'Blood pressure is normal today.' }, '[doctor] is your blood pressure high at home ?\n[patient] i have not checked it .')).toEqual([]);
  });
});
