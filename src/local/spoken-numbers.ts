import { spelledPhraseToDigits } from '../text/spelled-numbers.js';

/**
 * Reads spoken numbers ("fifty five", "one twenty", "ninety eight point six") so measurements can be written
 * with digits. Returns undefined whenever the words are not unambiguously a number.
 */

// The words a spoken number is made of; their values are the parser's business (src/text/spelled-numbers.ts).
const UNIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// Plain code-unit order, not localeCompare: these are lower-case ASCII words, and the first localeCompare in a process
// loads ICU's collation data, which cost the offline note about a tenth of its start-up.
const BY_LENGTH = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const WORDS = [...UNIT_WORDS, ...TENS_WORDS].sort(BY_LENGTH);
const HEAD = `(?:${['a hundred', 'hundred', 'thousand', ...WORDS].sort(BY_LENGTH).join('|')}|\\d+(?:\\.\\d+)?)`;
const TAIL = `(?:${[...WORDS, 'hundred', 'thousand', 'point', 'oh'].sort(BY_LENGTH).join('|')})`;
/** A run of number words or digits, e.g. "one hundred and twenty", "98.6", "ninety eight point six". */
// "ibuprofen four hundred three times a day": after "hundred" a count of times is how often, not part of the dose.
const NOT_A_COUNT = `(?!(?<=(?:hundred|thousand)[\\s-]+)(?:${WORDS.join('|')})[\\s-]+times\\b)`;
export const NUMBER_PHRASE = `(?:${HEAD}(?:[\\s-]+(?:and\\s+)?${NOT_A_COUNT}${TAIL})*)(?![a-z0-9])`;
/** What a number phrase cut short is followed by ("one hundred| and ten"): a lookahead to refuse the shorter match. */
export const NUMBER_GOES_ON = `[\\s-]+(?:and[\\s-]+)?${TAIL}(?![a-z])`;

/** Measurements only: "one twenty" is 120, but "nineteen ninety" is never a year here. */
const MEASUREMENT = { maxGluedHead: 9 };

/** Parses a spoken or written number with the parser the grounding checker uses, so every value stays traceable. */
export function parseSpokenNumber(phrase: string): number | undefined {
  const digits = spokenNumberToDigits(phrase);
  return digits === undefined ? undefined : Number(digits);
}

/** Like parseSpokenNumber but keeps spoken decimals as said ("thirty seven point oh" → "37.0"). */
export function spokenNumberToDigits(phrase: string): string | undefined {
  return spelledPhraseToDigits(phrase, MEASUREMENT);
}
