import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

// A risk screen asks about suicidal thoughts in lay words ("ending your life", "wanting to die", "not wanting to be
// alive"); a note that turns the denied answer into a reported thought is caught whichever words either side uses.
describe('risk screen in lay words', () => {
  const spoken = 'Dr: Have you had any thoughts of ending your life?\nPt: No, never. Nothing like that.';
  const typed = '[09:14] Counsellor: Any thoughts about wanting to die lately?\n[09:15] Sam: no, none';

  it('reports a denied thought that the note affirms', () => {
    expect(checkGrounding({ subjective: 'Reports fleeting thoughts of not wanting to be alive.' }, spoken)).toEqual([expect.objectContaining({ kind: 'negation' })]);
    expect(checkGrounding({ subjective: 'Has had thoughts of killing himself, no plan.' }, typed)).toEqual([expect.objectContaining({ kind: 'negation' })]);
  });

  it('keeps the denial the note repeats', () => {
    expect(checkGrounding({ subjective: 'Denies thoughts of ending her life.' }, spoken)).toEqual([]);
    expect(checkGrounding({ subjective: 'No thoughts of wanting to die.' }, typed)).toEqual([]);
  });
});
