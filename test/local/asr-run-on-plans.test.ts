import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { normalizeAsrText } from '../../src/local/normalize-asr-text.js';
import { splitSentences } from '../../src/local/split-sentences.js';

describe('lower-case ASR without apostrophes or full stops', () => {
  it.each([
    ['no not yet i didnt know i had to', "no not yet i didn't know i had to"],
    ['ill see you again in four weeks', "i'll see you again in four weeks"],
    ['youre not fit to drive and thats the rule', "you're not fit to drive and that's the rule"],
    ['lets do a finger prick', "let's do a finger prick"],
    ['id like a urine sample', "i'd like a urine sample"],
  ])('restores the apostrophe a word cannot do without: %s', (said, read) => {
    expect(normalizeAsrText(said)).toBe(read);
  });

  it.each([
    'he was ill yesterday',
    'they were well and its fine',
    'give it IM today',
  ])('leaves words that are words as they are: %s', (said) => {
    expect(normalizeAsrText(said)).toBe(said);
  });

  it('cuts a plan said in one breath where it announces itself and numbers its steps', () => {
    const said = normalizeAsrText('no this is about keeping you and the passengers safe it doesnt mean forever so heres the plan first you need to tell the dvla that youre on insulin today and in the meantime im going to recommend to your manager temporary non driving duties maybe in the depot');
    const pieces = splitSentences(said);
    expect(pieces.some((p) => /^so here's the plan first you need to tell the dvla/.test(p))).toBe(true);
    expect(pieces.some((p) => /^and in the meantime i'm going to recommend/.test(p))).toBe(true);
  });

  it('does not cut what a medicine is for from the medicine', () => {
    const pieces = splitSentences("so this is the difficult bit because you're on insulin for your type 2 diabetes and you drive a bus that's a group two licence");
    expect(pieces).toHaveLength(1);
  });

  it("files a judgement of fitness to drive or work as the assessment", () => {
    const n = generateLocalNote([
      'SPEAKER_01: any numbness or tingling in your feet',
      'SPEAKER_02: no',
      'SPEAKER_01: right ill just do a couple of checks blood pressure is 142 over 88 and lets do a finger prick sugar seven point eight thats fine',
      'SPEAKER_02: so can i still drive',
      'SPEAKER_01: so this is the difficult bit because youre on insulin for your type 2 diabetes and you drive a bus thats a group two licence and the rules are much stricter so at the moment youre not fit to drive buses until the dvla have looked at it',
      'SPEAKER_02: okay',
    ].join('\n'));
    expect(n.assessment).toMatch(/on insulin for their type 2 diabetes/);
    expect(n.assessment).toMatch(/not fit to drive buses/);
  });
});
