import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Made-up encounters: a lung zone takes its side, and each clause of a list is judged on its own.
describe('sides given to lung zones, in lists of findings', () => {
  const t = '[doctor] listening to your lungs , i hear crackles at the left base , and breath sounds are reduced at the left base . the right lung is clear .';

  it('reads "crackles and reduced breath sounds at the right base" as the lung\'s side', () => {
    expect(kinds({ objective: 'Chest: crackles and reduced breath sounds at the left base.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Chest: crackles and reduced breath sounds at the right base.' }, t)).toEqual(['laterality']);
  });

  it('judges "…left base; right lung clear" clause by clause, both sides swapped', () => {
    expect(kinds({ objective: 'Chest: crackles at the left base; right lung clear.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Chest: crackles at the right base; left lung clear.' }, t)).toEqual(['laterality', 'laterality']);
  });

  it('reads "crackles with reduced air entry in the right lower zone" as the lung\'s side', () => {
    expect(kinds({ objective: 'Crackles with reduced air entry in the left lower zone.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Crackles with reduced air entry in the right lower zone.' }, t)).toEqual(['laterality']);
  });
});
