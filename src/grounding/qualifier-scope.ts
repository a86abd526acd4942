/**
 * The conditions a mention is said under: "with nectar thick liquids there's no cough" denies a cough on nectar-thick
 * liquids only, not the cough on thin liquids a note reports; "on teaspoons of thin fluids … a cough" does not speak
 * to the mildly thick fluid a note says passed with no cough. A qualifier is the phrase after "with", "on", "over",
 * "during" …; a mention is out of the note's scope when a qualifier shares a word with the note's statement (the
 * same kind of thing: liquids, fluids) and adds one the statement does not say (another consistency, test or time).
 */
import { isSiteWord } from './sites.js';
import { splitTokens } from './tokenize.js';
import { stemToken } from './word-index.js';

const QUALIFYING = new Set(['with', 'on', 'over', 'during', 'after', 'before', 'while', 'when']);
/** Words that end a qualifier phrase: the clause goes on to its own subject or verb. */
const PHRASE_ENDS = new Set([
  'there', "there's", 'is', 'are', 'was', 'were', 'and', 'or', 'but', 'he', 'she', 'i', 'you', 'it', "it's", 'they', 'we',
  'has', 'have', 'had', 'does', 'did', 'do', 'that', "that's", 'which', 'so', 'then', 'no', 'not', 'any',
]);
/** Words that say nothing of which condition is meant ("on exam", "with the", "over time"). */
const PLAIN = new Set([
  'a', 'an', 'the', 'of', 'his', 'her', 'your', 'my', 'their', 'some', 'this', 'these', 'those', 'each', 'every', 'all',
  'exam', 'examination', 'palpation', 'today', 'now', 'time', 'times', 'at', 'to', 'in', 'for', 'by', 'from', 'least',
  'me', 'him', 'them', 'us', 'just', 'only', 'still', 'also', 'too', 'very', 'really', 'bit', 'little', 'lot',
  // Sides and places are compared by sites.ts.
  'right', 'left', 'side', 'sided', 'hand', 'both', 'bilateral', 'bilaterally', 'lower', 'upper',
]);

function isTelling(token: string): boolean {
  return /^[a-z][a-z'-]+$|^\d+$/.test(token) && !PLAIN.has(token) && !QUALIFYING.has(token) && !isSiteWord(stemToken(token));
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred']);

/** "two over six systolic murmur", "128 over 88": a grade or a pressure, not a condition. */
function isRatio(tokens: readonly string[], at: number): boolean {
  const before = tokens[at - 1] ?? '';
  return tokens[at] === 'over' && (/^\d/.test(before) || NUMBER_WORDS.has(before));
}

/**
 * The telling words of the qualifier phrases around a mention (stems), each phrase up to five words. The clause's
 * symptoms and findings are what is qualified, not qualifiers ("presents with a cough"), and they bound the reach: in
 * "… a left adnexal mass and there is no masses on the right", what qualified the mass before does not qualify these.
 */
export function readQualifiers(tokens: readonly string[], hits: readonly { index: number; length: number }[], hit: { index: number; length: number }): string[][] {
  const termAt = new Set(hits.flatMap((h) => Array.from({ length: h.length }, (_, k) => h.index + k)));
  const from = Math.max(0, ...hits.filter((h) => h.index < hit.index).map((h) => h.index + h.length));
  const to = Math.min(tokens.length, ...hits.filter((h) => h.index > hit.index).map((h) => h.index));
  const phrases: string[][] = [];
  tokens.forEach((token, i) => {
    if (!QUALIFYING.has(token) || i < from || i >= to || isRatio(tokens, i)) return;
    const words: string[] = [];
    for (let k = i + 1; k < tokens.length && k <= i + 5; k += 1) {
      const t = tokens[k] as string;
      if (PHRASE_ENDS.has(t) || !/[a-z0-9]/.test(t) || QUALIFYING.has(t) || termAt.has(k)) break;
      if (isTelling(t)) words.push(stemToken(t));
    }
    if (words.length > 0) phrases.push(words);
  });
  return phrases;
}

/** The telling words of a note's statement (stems), which its qualifiers and its setting are among. */
export function readStatementWords(statement: string): Set<string> {
  return new Set(splitTokens(statement).filter(isTelling).map(stemToken));
}

/**
 * The mention is said under another condition of the same kind than the note's statement speaks of: one of its
 * qualifiers shares a word with the statement and adds another ("nectar thick liquids" against "thin liquids"), and
 * none is the statement's own ("on teaspoons of thin fluids … after the second teaspoon" is said of thin fluids).
 */
export function isScopedElsewhere(statementWords: ReadonlySet<string>, qualifiers: readonly (readonly string[])[] | undefined): boolean {
  if (!qualifiers || qualifiers.length === 0) return false;
  const said = (phrase: readonly string[]) => phrase.filter((w) => statementWords.has(w)).length;
  if (qualifiers.some((phrase) => said(phrase) === phrase.length)) return false;
  return qualifiers.some((phrase) => said(phrase) > 0);
}
