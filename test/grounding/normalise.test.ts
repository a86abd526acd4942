import { describe, expect, it } from 'vitest';
import { normaliseTokens } from '../../src/grounding/tokenize.js';
import { readCsvRecords as parseCsv } from '../eval/parse-csv.js';
import { splitStatements } from '../../src/grounding/split-statements.js';

describe('normaliseTokens', () => {
  it.each([
    ['one twenty over eighty', '120/80'],
    ['a hundred and two', '102'],
    ['ninety eight point six', '98.6'],
    ['ninety-eight point six', '98.6'],
    ['one oh two', '102'],
    ['twenty milligrams', '20 milligrams'],
    ['two thousand five hundred units', '2500 units'],
    ['nineteen ninety six', '1996'],
    ['twenty nineteen', '2019'],
    ['pain six out of ten', 'pain 6/10'],
    ['one plus pitting edema', '1+ pitting edema'],
    ['5mg', '5 mg'],
    ['ninety ninety seven', '90 97'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseTokens(input).join(' ')).toBe(expected);
  });

  it('applies support-only expansions to the transcript side', () => {
    expect(normaliseTokens('a couple of weeks , two . five of norvasc , a . 5 centimeter stone', { lenient: true }).join(' ')).toBe(
      'a 2 - 3 weeks , 2.5 of norvasc , a 0.5 centimeter stone',
    );
  });

  it('keeps dates whole and vitamin names intact', () => {
    expect(normaliseTokens('seen 12/05/2020 for low b12 and a1c').join(' ')).toBe('seen date:12/05/2020 for low b12 and a1c');
  });
});

describe('splitStatements', () => {
  it('splits sentences and bullet or numbered lines, keeping abbreviations and decimals', () => {
    expect(splitStatements('Seen by Dr. Smith. Temp 98.6 °F.\n- BP 120/80\n2) Follow up in 2 wks.')).toEqual([
      'Seen by Dr. Smith.',
      'Temp 98.6 °F.',
      'BP 120/80',
      'Follow up in 2 wks.',
    ]);
  });
});

describe('parseCsv', () => {
  it('handles quoted fields with commas, doubled quotes and line breaks', () => {
    const csv = 'id,dialogue,note\r\n1,"[doctor] hi , ""sam"" .\n[patient] hi .","A\nB"\n2,plain,x\n';
    expect(parseCsv(csv)).toEqual([
      { id: '1', dialogue: '[doctor] hi , "sam" .\n[patient] hi .', note: 'A\nB' },
      { id: '2', dialogue: 'plain', note: 'x' },
    ]);
  });
});
