import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const numberFindings = (note: { objective?: string; subjective?: string; plan?: string }, transcript: string) => checkGrounding(note, transcript).filter((f) => f.kind === 'number');

describe('a count of things the conversation counts otherwise', () => {
  const sutures = ['Nurse: Let us get these stitches out. Hold still.', 'Nurse: There we go, that is 8 stitches out, all healed nicely.', 'Patient: Felt nothing.'].join('\n');
  const scope = ['Doctor: The colonoscopy went well. We found two polyps and removed them both.', 'Patient: Are they cancer?', 'Doctor: They looked harmless, we will send them off.'].join('\n');
  const kids = ['GP: Who is at home with you?', 'Patient: My husband and our 3 children, all under ten.'].join('\n');

  it('catches the count the note changes', () => {
    expect(numberFindings({ objective: 'All 10 stitches removed; wound healed.' }, sutures)).toHaveLength(1);
    expect(numberFindings({ plan: '3 polyps removed and sent for histology.' }, scope)).toHaveLength(1);
    expect(numberFindings({ subjective: 'Lives with husband and 4 children.' }, kids)).toHaveLength(1);
  });

  it('supports the count said, in digits or in words', () => {
    expect(numberFindings({ objective: 'All 8 stitches removed; wound healed.' }, sutures)).toEqual([]);
    expect(numberFindings({ plan: '2 polyps removed and sent for histology.' }, scope)).toEqual([]);
  });

  it('leaves alone a count the conversation never makes, and one said in the next line', () => {
    expect(numberFindings({ objective: '3 skin tags on the neck.' }, sutures)).toEqual([]);
    const counted = ['Nurse: Counting the staples as I go.', 'Nurse: Twelve. That is all the staples out.'].join('\n');
    expect(numberFindings({ objective: '12 staples removed.' }, `${counted}\nNurse: 2 staples were loose already.`)).toEqual([]);
  });
});
