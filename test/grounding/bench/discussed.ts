/**
 * The benchmark's fairness rule for flipped negatives and exam findings: a variant changes a sentence the unmodified
 * note supports, so the item it flips must be discussed in the transcript. "Denies melena" in a note whose
 * conversation never touches stools is the clinician's review-of-systems form; flipping it to "Endorses melena"
 * makes a sentence no more and no less supported than the original, and no checker can tell which of the two the
 * transcript backs. Such variants are left out of the denominator (and counted apart, so the exclusion is visible).
 *
 * The rule, written for the injector alone (it shares no list with the checker, so it cannot flatter it): every
 * content word of the item is said in the transcript within a few words of the others — as the word itself (its
 * first five letters) or as one of the plain words below for the same thing.
 */
import type { TranscriptFacts } from './note-sentences.js';

/** Words that say nothing about which symptom or finding an item is. */
const GENERIC = new Set([
  'any', 'the', 'and', 'for', 'with', 'new', 'recent', 'other', 'signs', 'sign', 'symptoms', 'symptom', 'sx', 'of', 'or', 'in',
  'on', 'to', 'acute', 'mild', 'some', 'significant', 'obvious', 'associated', 'evidence', 'noted', 'present', 'bilateral',
  'left', 'right', 'lower', 'upper', 'extremity', 'extremities', 'frank', 'specific', 'further', 'episodes', 'episode',
  'test', 'tests', 'maneuver', 'appreciated', 'palpable', 'her', 'his', 'their', 'your', 'my', 'she', 'he', 'has', 'had', 'have',
  'been', 'today', 'now', 'currently',
]);

/** Plain words for clinical terms, as patients and examining clinicians say them (stems of five letters or fewer). */
const PLAIN_WORDS: Readonly<Record<string, readonly string[]>> = {
  fever: ['temp', 'febri', 'hot'], febri: ['fever', 'temp'], pyrex: ['fever', 'temp'], chill: ['shiver', 'cold'],
  dyspn: ['breat', 'winde'], sob: ['breat'], breat: ['breat', 'winde'], orthop: ['flat', 'pillo'],
  edema: ['swell', 'swoll', 'fluid', 'puffy'], oedem: ['swell', 'swoll', 'fluid', 'puffy'], swell: ['swoll', 'edema'],
  hemat: ['blood'], haema: ['blood'], melen: ['black', 'tarry', 'blood'], dysur: ['burn', 'sting', 'pee', 'urina'],
  emesi: ['vomit', 'throw'], vomit: ['throw', 'sick'], nause: ['sick', 'queas'], diarr: ['loose', 'runny', 'stool'],
  synco: ['faint', 'pass'], faint: ['pass'], myalg: ['muscl', 'ache'], arthr: ['joint'], palpi: ['racin', 'flutt', 'pound'],
  diaph: ['sweat'], tende: ['tende', 'hurt', 'sore', 'pain', 'palpa'], eryth: ['red'], redne: ['red'], ecchy: ['bruis'],
  bruis: ['bruis'], effus: ['fluid', 'swell'], crepi: ['grind', 'crunc', 'click'], lymph: ['gland', 'node'],
  adeno: ['gland', 'node', 'lymph'], pares: ['tingl', 'numb', 'pins'], tingl: ['pins'], photo: ['light'],
  rhino: ['runny', 'nose'], otalg: ['ear'], cepha: ['head'], abdom: ['stoma', 'belly', 'tummy'], abdo: ['stoma', 'belly', 'tummy', 'abdom'],
  urina: ['urin', 'pee', 'water', 'bladd'], bowel: ['stool', 'poo', 'bowel'], stool: ['stool', 'poo', 'bowel'],
  rales: ['crack', 'clear'], crack: ['clear'], rhonc: ['clear'], wheez: ['clear'], dizzi: ['dizzy', 'light', 'spinn', 'verti'],
  verti: ['dizzy', 'spinn'], fatig: ['tired', 'energ'], letha: ['tired', 'energ'], cough: ['cough'], sputu: ['phleg', 'mucus'],
  weigh: ['weigh', 'pound', 'kilo'], appet: ['eat', 'hungr'], anore: ['appet', 'eat'], dysph: ['swall'], odyno: ['swall'],
  tinni: ['ringi'], pruri: ['itch'], itchi: ['itch'], rash: ['rash', 'spot'], numbn: ['numb'], weakn: ['weak'],
  jaund: ['yello'], icter: ['yello'], cyano: ['blue'], pallo: ['pale'], hemop: ['blood'], haemo: ['blood'],
  frequ: ['often', 'toile'], ideat: ['thoug'], coryz: ['cold', 'runny', 'nose', 'snot'], loss: ['lost', 'lose', 'losin'], gain: ['gaine', 'put'],
  deform: ['defor', 'bent', 'shape'], laxit: ['loose', 'unsta', 'give'], insta: ['unsta', 'give', 'loose'], fract: ['break', 'broke'],
  disloc: ['out'], depre: ['mood', 'down', 'sad'], anxie: ['anxio', 'worri', 'nerv'], insom: ['sleep'], suici: ['harm', 'kill'],
};

/** A word's first five letters; four for long words, so a note's misspelling ("headches") still finds "headache". */
function stemOf(word: string): string {
  return word.toLowerCase().slice(0, word.length >= 7 ? 4 : 5);
}

function contentWords(item: string): string[] {
  return (item.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 3 && !GENERIC.has(w));
}

/** The ways a word of the item may be said: its own start, and the plain words for it. */
function waysToSay(word: string): string[] {
  const stem = stemOf(word);
  const plain = PLAIN_WORDS[stem] ?? PLAIN_WORDS[word.slice(0, 4)] ?? PLAIN_WORDS[word] ?? [];
  return [stem, ...plain];
}

const WINDOW = 8;

/** True when the transcript discusses the item: each content word said, near the others (see the rule above). */
export function isItemDiscussed(facts: TranscriptFacts, item: string): boolean {
  const words = contentWords(item);
  if (words.length === 0) return false;
  const tokens = facts.joined.trim().split(' ');
  const hits = (word: string) => {
    const ways = waysToSay(word);
    return tokens.flatMap((t, i) => (ways.some((w) => (w.length >= 4 ? t.startsWith(w) : t === w || t === `${w}s` || t === `${w}ing`)) ? [i] : []));
  };
  const [first, ...rest] = words.map(hits);
  return (first ?? []).some((i) => rest.every((positions) => positions.some((p) => Math.abs(p - i) <= WINDOW)));
}
