import { spelledPhraseToDigits } from '../text/spelled-numbers.js';

/**
 * Reads spoken numbers ("fifty five", "one twenty", "ninety eight point six") so measurements can be written
 * with digits. Returns undefined whenever the words are not unambiguously a number.
 */

const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const BY_LENGTH = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
const WORDS = [...Object.keys(UNITS).filter((w) => w !== 'oh'), ...Object.keys(TENS)].sort(BY_LENGTH);
const HEAD = `(?:${['a hundred', 'hundred', 'thousand', ...WORDS].sort(BY_LENGTH).join('|')}|\\d+(?:\\.\\d+)?)`;
const TAIL = `(?:${[...WORDS, 'hundred', 'thousand', 'point', 'oh'].sort(BY_LENGTH).join('|')})`;
/** A run of number words or digits, e.g. "one hundred and twenty", "98.6", "ninety eight point six". */
export const NUMBER_PHRASE = `(?:${HEAD}(?:[\\s-]+(?:and\\s+)?${TAIL})*)(?![a-z0-9])`;

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
