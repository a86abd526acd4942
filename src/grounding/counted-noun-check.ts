/**
 * Counts of things that have no unit: "All 24 clips removed" where the nurse counted "all 22 clips", "3 polyps
 * removed" where the endoscopist said "two polyps". A number written right before a plural noun counts that noun;
 * where the conversation counts the same noun, and never with the note's number near it, the note's count is not
 * the one said. A noun the conversation never counts is left alone: the clinician may have counted it themselves.
 * A count may stand a word before its thing ("3 ear infections"), and "both" counts two ("both big toenails").
 */
import { extractQuantities } from './quantities.js';
import { normaliseTokens, NUMBER_RE } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';
import { stemToken } from './word-index.js';

export interface CountedNouns {
  /** For each counted noun (stemmed), the counts said right before it and the lines that say them. */
  counts: ReadonlyMap<string, readonly { value: number; line: number }[]>;
  /** For each noun (stemmed), every number said on the lines that name it and the lines either side. */
  nearby: ReadonlyMap<string, ReadonlySet<number>>;
}

/** Plural words after a number that count no thing: times, kinds of unit, and the words of a range or a rate. */
const NOT_THINGS = new Set(['times', 'years', 'days', 'weeks', 'months', 'hours', 'minutes', 'seconds', 'mins', 'hrs', 'yrs', 'units', 'points', 'others', 'ones', 'percents', 'goes', 'lots', 'bits', 'kids', 'plus', 'less', 'was', 'has', 'is', 'this', 'yes', 'kilos', 'pounds', 'stones', 'inches', 'feet', 'metres', 'meters', 'miles', 'degrees', 'beats', 'breaths']);

/** Plurals without an s: "3 children", "2 teeth". */
const IRREGULAR_PLURALS = new Set(['children', 'people', 'teeth', 'women', 'men']);

function isPlural(word: string): boolean {
  return IRREGULAR_PLURALS.has(word) || (/^[a-z]{4,}s$/.test(word) && !/ss$/.test(word));
}

/** A word that may stand between a count and the thing it counts ("3 ear infections", "2 big toenails"). */
const MODIFIER = /^[a-z]{3,}$/;
/** Words that are no modifier of a counted thing: units, periods, and the words of a rate or a comparison. */
const NOT_MODIFIERS = new Set(['times', 'time', 'more', 'less', 'fewer', 'other', 'out', 'and', 'or', 'to', 'of', 'per', 'the', 'for', 'in', 'at', 'on', 'with', 'from', 'than', 'each', 'every', 'all', 'weekly', 'daily', 'monthly', 'hourly', 'nightly', 'yearly', 'old', 'ago', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/**
 * The position of the plural thing a count at `i` counts: the next word, or the one after a single modifier
 * ("3 ear infections"), or -1.
 */
function findCountedNoun(tokens: readonly string[], i: number): number {
  const next = tokens[i + 1] ?? '';
  if (isPlural(next)) return i + 1;
  const after = tokens[i + 2] ?? '';
  return MODIFIER.test(next) && !isPlural(next) && !NOT_MODIFIERS.has(next) && isPlural(after) ? i + 2 : -1;
}

/** The plural thing a number at `i` counts, stemmed, or undefined when the words after it count nothing. */
function readCountedNoun(tokens: readonly string[], i: number): string | undefined {
  const number = tokens[i] ?? '';
  const at = findCountedNoun(tokens, i);
  const noun = tokens[at] ?? '';
  if (!NUMBER_RE.test(number) || at < 0 || NOT_THINGS.has(noun)) return undefined;
  const value = Number(number);
  if (!Number.isInteger(value) || value < 2 || value >= 1000) return undefined;
  // A dose, a time or a serving ("2 tablets", "3 cups", "5 mg tablets") is the number check's.
  if (extractQuantities(tokens.slice(i, at + 1)).some((q) => q.unit !== null)) return undefined;
  return stemToken(noun);
}

/** "Both big toenails", "both knees": a pair counted in a word, at most one modifier between. */
function readPairNoun(tokens: readonly string[], i: number): string | undefined {
  if (tokens[i] !== 'both') return undefined;
  const at = findCountedNoun(tokens, i);
  return at < 0 || NOT_THINGS.has(tokens[at] ?? '') ? undefined : stemToken(tokens[at]!);
}

export function indexCountedNouns(model: TranscriptModel): CountedNouns {
  const counts = new Map<string, { value: number; line: number }[]>();
  const lines = model.lines.map((l) => ({ line: l.line, tokens: normaliseTokens(l.text, { lenient: true }) }));
  for (const { line, tokens } of lines) {
    tokens.forEach((_, i) => {
      const noun = readCountedNoun(tokens, i);
      if (noun) counts.set(noun, [...(counts.get(noun) ?? []), { value: Number(tokens[i]), line }]);
      const pair = readPairNoun(tokens, i);
      if (pair) counts.set(pair, [...(counts.get(pair) ?? []), { value: 2, line }]);
    });
  }
  const nearby = new Map<string, Set<number>>();
  lines.forEach(({ tokens }, k) => {
    const stems = new Set(tokens.map(stemToken).filter((s) => counts.has(s)));
    if (stems.size === 0) return;
    // "Counting as I go … that's all 22 clips": the number may be said in the line before or after the noun.
    const numbers = lines.slice(Math.max(0, k - 1), k + 2).flatMap((l) => l.tokens.filter((t) => NUMBER_RE.test(t)).map(Number));
    for (const s of stems) nearby.set(s, new Set([...(nearby.get(s) ?? []), ...numbers]));
  });
  return { counts, nearby };
}

export function checkCountedNouns(statement: string, index: CountedNouns): { phrase: string; reason: string; lines: number[] }[] {
  const tokens = normaliseTokens(statement);
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  tokens.forEach((_, i) => {
    const noun = readCountedNoun(tokens, i);
    const heard = noun ? index.counts.get(noun) : undefined;
    if (!noun || !heard) return;
    const value = Number(tokens[i]);
    if (heard.some((h) => h.value === value) || index.nearby.get(noun)?.has(value)) return;
    const at = findCountedNoun(tokens, i);
    const phrase = tokens.slice(i, at + 1).join(' ');
    const said = [...new Set(heard.map((h) => `${h.value} ${tokens[at]}`))].slice(0, 3).join(', ');
    problems.push({ phrase, reason: `"${phrase}" is not the count the transcript gives (it says ${said})`, lines: heard.map((h) => h.line).filter((n) => n > 0) });
  });
  return problems;
}
