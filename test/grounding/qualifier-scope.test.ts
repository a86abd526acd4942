import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

describe('a denial scoped by a qualifier speaks only for what it qualifies', () => {
  const bedside = [
    'Daughter: Dad had his stroke three weeks ago, and he coughs every time he drinks water.',
    "SLP: Okay, let's do a bedside swallow. He's coughing with thin liquids on every trial. With nectar thick liquids there's no cough and his voice stays clear.",
  ].join('\n');

  it('a cough on thin liquids is not denied by "with nectar thick liquids there\'s no cough"', () => {
    expect(kinds({ objective: "He's coughing with thin liquids on every trial." }, bedside)).toEqual([]);
    expect(kinds({ objective: 'With nectar thick liquids there is no cough.' }, bedside)).toEqual([]);
  });

  it('still catches the flip said of the same consistency', () => {
    expect(kinds({ objective: 'He coughs with nectar thick liquids.' }, bedside)).toEqual(['exam']);
    expect(kinds({ objective: 'No cough with thin liquids on any trial.' }, bedside)).toEqual(['exam']);
  });

  const swallow = [
    'SLT: On teaspoons of thin fluids there\'s a delayed swallow, a wet voice and a cough after the second teaspoon.',
    "SLT: Now some mildly thick fluid, level 2. That's a clear voice and no cough over five sips.",
  ].join('\n');

  it('no cough over five sips of thick fluid is not contradicted by the cough on thin fluids', () => {
    expect(kinds({ objective: "Some mildly thick fluid, level 2: that's a clear voice and no cough over five sips." }, swallow)).toEqual([]);
    expect(kinds({ objective: 'Thin fluids on teaspoons: no cough.' }, swallow)).toEqual(['exam']);
  });

  it('a grade or a pressure said "over" is no qualifier', () => {
    const t = '[doctor] your heart is regular in rate and rhythm i do however still appreciate that two over six systolic murmur that we talked about in the past';
    expect(kinds({ objective: 'Auscultation of Heart: Regular rate. No systolic ejection murmur.' }, t)).toEqual(['exam']);
  });
});
