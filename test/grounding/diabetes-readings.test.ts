import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';
import { extractNumberClaims } from '../../src/grounding/number-check.js';

// A diabetes review in our own words: glucose shorthand and target ranges, and lows asked about.
const note = (s: Partial<Record<'subjective' | 'plan', string>>) => ({ subjective: '', objective: '', assessment: '', plan: '', ...s });
const kinds = (n: ReturnType<typeof note>, t: string) => checkGrounding(n, t).map((f) => f.kind);

const REVIEW = [
  'Nurse: What are the morning readings like?',
  "Patient: Usually 150 to 170 before breakfast.",
  'Nurse: Any hypos, sweating, feeling wobbly?',
  "Patient: No, I've not had a hypo in months.",
  'Nurse: We want your fasting sugar between 90 and 140, so add one unit of the Tresiba every three days until you get there.',
].join('\n');

describe('glucose shorthand and ranges', () => {
  it('reads FBG and BSL as glucose, and both ends of a range with a unit as glucose', () => {
    expect(extractNumberClaims('Titrate until FBG 90-140.').map((c) => c.key)).toEqual(['glucose']);
    expect(extractNumberClaims('BSL target 90-140 mg/dL.').map((c) => c.key)).toEqual(['glucose', 'glucose']);
  });
  it('flags a target the nurse did not give, passes the one she did', () => {
    expect(kinds(note({ plan: 'Tresiba +1 unit q3 days until FBG 110-160.' }), REVIEW)).toContain('number');
    expect(kinds(note({ plan: 'Tresiba +1 unit q3 days until FBG 90-140.' }), REVIEW)).toEqual([]);
  });
});

describe('hypoglycemia asked about', () => {
  it('flags hypoglycemia reported where the patient denied hypos', () => {
    expect(kinds(note({ subjective: 'Reports occasional hypoglycemia overnight.' }), REVIEW)).toContain('negation');
  });
  it('passes the denial', () => {
    expect(kinds(note({ subjective: 'Denies hypoglycemia.' }), REVIEW)).toEqual([]);
  });
});
