import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const history = (subjective: string, transcript: string) => checkGrounding({ subjective }, transcript).filter((f) => f.kind === 'history');

describe('the side of the family a relative is on', () => {
  const dads = ['Doctor: Any bowel cancer in the family?', 'Patient: My dad\'s brother, Uncle Mick, had it at 60.', 'Doctor: Anyone on your mum\'s side?', 'Patient: Not that I know of.'].join('\n');
  const mums = ['Counsellor: Who else has had cancer?', 'Patient: Nana, that is my mum\'s mum, had ovarian cancer.'].join('\n');
  const sided = ['Nurse: Any heart trouble in the family?', 'Patient: On my father\'s side, my grandad and two cousins had heart attacks young.'].join('\n');

  it('catches the side swapped', () => {
    expect(history('Maternal uncle had bowel cancer at 60.', dads)).toHaveLength(1);
    expect(history('Paternal grandmother had ovarian cancer.', mums)).toHaveLength(1);
    expect(history('Maternal grandfather and two cousins with early MI.', sided)).toHaveLength(1);
  });

  it('supports the side said in other words', () => {
    expect(history('Paternal uncle had bowel cancer at 60.', dads)).toEqual([]);
    expect(history('Maternal grandmother had ovarian cancer.', mums)).toEqual([]);
    expect(history('Paternal grandfather and two cousins with early MI.', sided)).toEqual([]);
  });

  it('takes the side from the answer, not from the question that offers both', () => {
    const t = ['Doctor: Any cancer in the family?', 'Patient: My grandfather had pancreatic cancer.', 'Doctor: Was that your mum or dad\'s father?', 'Patient: Mum\'s.'].join('\n');
    expect(history('Maternal grandfather: pancreatic cancer.', t)).toEqual([]);
  });

  it('leaves alone a relative the conversation never places', () => {
    const t = ['Doctor: Family history?', 'Patient: My aunt had breast cancer.'].join('\n');
    expect(history('Maternal aunt had breast cancer.', t)).toEqual([]);
  });
});
