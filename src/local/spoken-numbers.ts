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

function parseWholeWords(words: string[]): number | undefined {
  if (words.length === 0) return undefined;
  if (words.every((w) => /^\d+$/.test(w))) return words.length === 1 ? Number(words[0]) : undefined;
  let total = 0;
  let current = 0;
  let lastKind: 'unit' | 'tens' | 'hundred' | 'none' = 'none';
  const groups: number[] = [];
  for (const w of words) {
    if (w === 'and' || w === 'a') continue;
    if (w in UNITS && !(w === 'oh' && lastKind === 'none')) {
      if (lastKind === 'unit' || (lastKind === 'tens' && UNITS[w]! >= 10)) { groups.push(current); current = 0; }
      current += UNITS[w]!;
      lastKind = 'unit';
    } else if (w in TENS) {
      if (lastKind === 'tens' || (lastKind === 'unit' && current >= 10) || (lastKind === 'unit' && current < 10 && current > 0)) {
        groups.push(current);
        current = 0;
      }
      current += TENS[w]!;
      lastKind = 'tens';
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      lastKind = 'hundred';
    } else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      lastKind = 'none';
    } else if (/^\d+$/.test(w)) {
      return undefined;
    } else return undefined;
  }
  if (groups.length === 0) return total + current;
  // "one twenty" = 120, "one thirty two" = 132: a leading 1-2 digit group followed by a two-digit group.
  if (total === 0 && groups.length === 1 && groups[0]! >= 1 && groups[0]! <= 9 && current >= 10 && current <= 99) {
    return groups[0]! * 100 + current;
  }
  return undefined;
}

/** Parses a spoken or written number; "point" introduces decimals read digit by digit. */
export function parseSpokenNumber(phrase: string): number | undefined {
  const digits = spokenNumberToDigits(phrase);
  return digits === undefined ? undefined : Number(digits);
}

/** Like parseSpokenNumber but keeps spoken decimals as said ("thirty seven point oh" → "37.0"). */
export function spokenNumberToDigits(phrase: string): string | undefined {
  const words = phrase.toLowerCase().trim().split(/[\s-]+/).filter((w) => w !== '');
  if (words.length === 1 && /^\d+(\.\d+)?$/.test(words[0]!)) return words[0];
  const pointAt = words.indexOf('point');
  if (pointAt < 0) return parseWholeWords(words)?.toString();
  const whole = pointAt === 0 ? 0 : parseWholeWords(words.slice(0, pointAt));
  const decimals = words.slice(pointAt + 1).map((w) => (/^\d$/.test(w) ? Number(w) : UNITS[w]));
  if (whole === undefined || decimals.length === 0 || decimals.some((d) => d === undefined || d > 9)) return undefined;
  return `${whole}.${decimals.join('')}`;
}
