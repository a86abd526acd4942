import { describe, expect, it } from 'vitest';
import { findDrugs } from '../../src/local/clinical-vocabulary.js';

describe("the engine's drug names", () => {
  it.each([
    ['Start carbimazole 20 mg once a day.', 'carbimazole'],
    ['She takes Microgynon.', 'Microgynon'],
    ['Use the mometasone nasal spray every morning.', 'mometasone'],
    ['Co-careldopa 25/100 three times a day.', 'Co-careldopa'],
    ['I have switched him to Entresto.', 'Entresto'],
    ["For now I'm going to give her Metacam, it's an anti-inflammatory for dogs.", 'Metacam'],
    ["So I'd suggest Malarone, one tablet a day with food.", 'Malarone'],
    ['Some people take a tablet called acetazolamide to help prevent it.', 'acetazolamide'],
    ['Pyridium eases the stinging while the antibiotic works.', 'Pyridium'],
    ['You could add phenazopyridine for a day or two.', 'phenazopyridine'],
  ])('reads the checker\'s lexicon too: %s', (sentence, drug) => {
    expect(findDrugs(sentence)).toContain(drug);
  });

  it('does not read ordinary words as drugs', () => {
    expect(findDrugs('As a rule the pain comes and goes, and the iron gate was heavy to push.')).toEqual(['iron']);
    expect(findDrugs('She walked to the shop and back without stopping.')).toEqual([]);
  });
});
