/**
 * Turns spelled-out numbers into digits — "one twenty over eighty" → 120 / 80, "a hundred and two" → 102 — for both
 * the offline engine (which writes measurements with digits) and the grounding checker (which compares a note's
 * numbers with the transcript's), so that what one writes the other can always trace.
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

interface Parsed {
  value: number;
  next: number;
  twoDigit: boolean;
}

function readDigitWord(token: string | undefined): number | undefined {
  const value = token === undefined ? undefined : SMALL[token];
  return value !== undefined && value < 10 ? value : undefined;
}

/** Reads "ninety eight", "twenty", "seven", "fifteen" — one group below a hundred. */
function readBelowHundred(tokens: readonly string[], i: number): Parsed | null {
  const token = tokens[i];
  if (token === undefined) return null;
  const tens = TENS[token];
  if (tens !== undefined) {
    const unit = readDigitWord(tokens[i + 1]);
    if (unit !== undefined && unit > 0) return { value: tens + unit, next: i + 2, twoDigit: true };
    return { value: tens, next: i + 1, twoDigit: true };
  }
  const small = SMALL[token];
  if (small !== undefined) return { value: small, next: i + 1, twoDigit: small >= 10 };
  return null;
}

/** Reads a second group that speakers glue on colloquially: "one TWENTY", "one OH two", "nineteen NINETY six". */
function readColloquialTail(tokens: readonly string[], i: number): Parsed | null {
  // "one oh four", "one zero four": a pulse read digit by digit off a meter.
  if (tokens[i] === 'oh' || tokens[i] === 'zero') {
    const digit = readDigitWord(tokens[i + 1]);
    return digit === undefined ? null : { value: digit, next: i + 2, twoDigit: true };
  }
  const group = readBelowHundred(tokens, i);
  return group && group.twoDigit ? group : null;
}

function readDecimals(tokens: readonly string[], i: number): { digits: string; next: number } {
  if (tokens[i] !== 'point') return { digits: '', next: i };
  let digits = '';
  let j = i + 1;
  for (;;) {
    const token = tokens[j];
    const digit = token === 'oh' ? 0 : readDigitWord(token);
    if (digit === undefined) break;
    digits += String(digit);
    j += 1;
  }
  return digits ? { digits, next: j } : { digits: '', next: i };
}

export interface SpelledNumberOptions {
  /**
   * Largest first group that glues onto a following two-digit group: 20 reads "nineteen ninety six" as a year
   * (1996); 9 keeps only "one twenty"-style readings, for measurements where a year is never meant.
   */
  maxGluedHead?: number;
}

/** Parses one spelled number starting at i, or returns null when tokens[i] does not start one. */
function readSpelledNumber(tokens: readonly string[], i: number, maxGluedHead: number): { text: string; next: number } | null {
  let j = i;
  let total = 0;
  let current = 0;
  let sawScale = false;
  let groups = 0;
  let firstGroup: Parsed | null = null;
  for (;;) {
    const token = tokens[j];
    if (token === 'a' && groups === 0 && (tokens[j + 1] === 'hundred' || tokens[j + 1] === 'thousand')) {
      current = 1;
      groups = 1;
      j += 1;
      continue;
    }
    if ((token === 'hundred' || token === 'thousand') && groups > 0) {
      if (token === 'hundred') current = (current || 1) * 100;
      else {
        total += (current || 1) * 1000;
        current = 0;
      }
      sawScale = true;
      j += 1;
      if (tokens[j] === 'and' && readBelowHundred(tokens, j + 1)) j += 1;
      continue;
    }
    const group = groups === 0 || sawScale ? readBelowHundred(tokens, j) : null;
    if (!group || (sawScale && current % 100 !== 0)) break;
    // "ibuprofen four hundred three times a day": after a scale word a count of times is how often, not part of a dose.
    if (sawScale && tokens[j - 1] !== 'and' && tokens[group.next] === 'times') break;
    if (groups === 0) firstGroup = group;
    current += group.value;
    groups += 1;
    j = group.next;
  }
  if (groups === 0) {
    const decimals = readDecimals(tokens, j);
    return decimals.digits ? { text: `0.${decimals.digits}`, next: decimals.next } : null;
  }
  // Only "one twenty"/"nineteen ninety"-style heads (1–19) or a year's "twenty" glue on; "ninety ninety seven" is a stutter.
  if (!sawScale && firstGroup && groups === 1 && firstGroup.value > 0 && firstGroup.value <= maxGluedHead) {
    const tail = readColloquialTail(tokens, j);
    if (tail) {
      current = firstGroup.value * 100 + tail.value;
      j = tail.next;
    }
  }
  const decimals = readDecimals(tokens, j);
  const whole = String(total + current);
  return { text: decimals.digits ? `${whole}.${decimals.digits}` : whole, next: decimals.next };
}

/** Replaces every run of number words by one digit token; other tokens pass through unchanged. */
export function convertSpelledNumbers(tokens: readonly string[], options: SpelledNumberOptions = {}): string[] {
  const maxGluedHead = options.maxGluedHead ?? 20;
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const parsed = readSpelledNumber(tokens, i, maxGluedHead);
    if (parsed) {
      out.push(parsed.text);
      i = parsed.next;
    } else {
      out.push(tokens[i] as string);
      i += 1;
    }
  }
  return out;
}

/** A whole phrase read as one number in digits ("ninety eight point six" → "98.6"), or undefined if it is not one. */
export function spelledPhraseToDigits(phrase: string, options: SpelledNumberOptions = {}): string | undefined {
  const tokens = phrase.toLowerCase().trim().split(/[\s-]+/).filter((t) => t !== '');
  const [only, ...rest] = convertSpelledNumbers(tokens, options);
  return rest.length === 0 && only !== undefined && /^\d+(\.\d+)?$/.test(only) ? only : undefined;
}
