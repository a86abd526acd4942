/**
 * Counts of things that have no unit: "All 24 clips removed" where the nurse counted "all 22 clips", "3 polyps
 * removed" where the endoscopist said "two polyps". A number written right before a plural noun counts that noun;
 * where the conversation counts the same noun, and never with the note's number near it, the note's count is not
 * the one said. A noun the conversation never counts is left alone: the clinician may have counted it themselves.
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

/** The plural thing a number at `i` counts, stemmed, or undefined when the next word counts nothing. */
function readCountedNoun(tokens: readonly string[], i: number): string | undefined {
  const number = tokens[i] ?? '';
  const noun = tokens[i + 1] ?? '';
  const plural = IRREGULAR_PLURALS.has(noun) || (/^[a-z]{4,}s$/.test(noun) && !/ss$/.test(noun));
  if (!NUMBER_RE.test(number) || !plural || NOT_THINGS.has(noun)) return undefined;
  const value = Number(number);
  if (!Number.isInteger(value) || value < 2 || value >= 1000) return undefined;
  // A dose, a time or a serving ("2 tablets", "3 cups") is the number check's.
  if (extractQuantities([number, noun]).some((q) => q.unit !== null)) return undefined;
  return stemToken(noun);
}

export function indexCountedNouns(model: TranscriptModel): CountedNouns {
  const counts = new Map<string, { value: number; line: number }[]>();
  const lines = model.lines.map((l) => ({ line: l.line, tokens: normaliseTokens(l.text, { lenient: true }) }));
  for (const { line, tokens } of lines) {
    tokens.forEach((_, i) => {
      const noun = readCountedNoun(tokens, i);
      if (noun) counts.set(noun, [...(counts.get(noun) ?? []), { value: Number(tokens[i]), line }]);
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
    const phrase = `${tokens[i]} ${tokens[i + 1]}`;
    const said = [...new Set(heard.map((h) => `${h.value} ${tokens[i + 1]}`))].slice(0, 3).join(', ');
    problems.push({ phrase, reason: `"${phrase}" is not the count the transcript gives (it says ${said})`, lines: heard.map((h) => h.line).filter((n) => n > 0) });
  });
  return problems;
}
