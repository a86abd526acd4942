/**
 * Counts per period of things with no unit: "panic attacks 3 per day" where the client said "three this week",
 * "1 coffee a day" where the patient said "four a day". The general frequency check reads "N times a day"; this one
 * reads a bare count before a rate ("5 a week", "2 per day", "3 this week"), with the counted thing between in a word
 * or two ("4 coffees a day", "2 fizzy drinks a day"). A count the conversation gives with another period only, or a count of a thing the
 * conversation counts per that period with other numbers only, is not the one said. Doses, volumes and times have
 * units and are the number check's.
 */
import { readFrequencies } from './frequency-check.js';
import { extractQuantities } from './quantities.js';
import { normaliseTokens, NUMBER_RE } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';
import { stemToken } from './word-index.js';

interface Rate {
  value: number;
  period: string;
  /** The counted word written between the count and the rate ("coffee"), stemmed. */
  thing?: string;
  text: string;
  line: number;
}

const PERIODS: Readonly<Record<string, string>> = { day: 'day', night: 'day', week: 'week', month: 'month', year: 'year' };
/** The words that make a count a rate: "a day", "per week", "each night", "this week", "last month". */
const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every', '/', 'this', 'last']);
/** Words after a count that are a unit or a span rather than a thing counted. */
const NOT_THINGS = new Set(['times', 'time', 'x', 'days', 'day', 'weeks', 'week', 'months', 'nights', 'hours', 'hour', 'minutes', 'mins', 'years', 'year', 'more', 'or', 'to', 'and', 'of', 'out', 'point', 'once', 'twice', 'thrice', 'the', 'for', 'in', 'at', 'on']);

function isThingWord(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && !RATE_WORDS.has(word) && !NOT_THINGS.has(word);
}

/**
 * The words a count at `i` counts before its rate: "coffees" in "4 coffees a day", or "energy drinks" in "2 energy
 * drinks a day" (a thing named in two words, the last of them the thing, in the plural).
 */
function countedWords(tokens: readonly string[], i: number): string[] {
  const [first, second] = [tokens[i + 1] ?? '', tokens[i + 2] ?? ''];
  if (!isThingWord(first)) return [];
  if (isThingWord(second) && /s$/.test(second) && !/s$/.test(first) && RATE_WORDS.has(tokens[i + 3] ?? '') && PERIODS[tokens[i + 4] ?? '']) return [first, second];
  return [first];
}

function readRates(tokens: readonly string[], line: number): Rate[] {
  const rates: Rate[] = [];
  tokens.forEach((token, i) => {
    if (!NUMBER_RE.test(token) || !Number.isInteger(Number(token)) || Number(token) > 99) return;
    // "every 4 hours", "x 3 a day": a number that is itself the span, or a multiplier, counts no thing.
    if (['every', 'x', '/'].includes(tokens[i - 1] ?? '')) return;
    const words = countedWords(tokens, i);
    if (words.length > 0 && extractQuantities([token, ...words]).some((q) => q.unit !== null)) return;
    const word = words.at(-1) ?? '';
    const hasThing = words.length > 0;
    const at = i + 1 + words.length;
    const period = PERIODS[tokens[at + 1] ?? ''];
    if (!RATE_WORDS.has(tokens[at] ?? '') || !period) return;
    rates.push({ value: Number(token), period, thing: hasThing ? stemToken(word) : undefined, text: tokens.slice(i, at + 2).join(' '), line });
  });
  return rates;
}

/** Every rate the conversation gives, with the words of its line and the line before (the thing asked about). */
function readHeardRates(model: TranscriptModel): { rate: Rate; near: Set<string> }[] {
  const lines = model.lines.map((l) => ({ line: l.line, tokens: normaliseTokens(l.text) }));
  return lines.flatMap(({ line, tokens }, k) => {
    const near = new Set([...(lines[k - 1]?.tokens ?? []), ...tokens].map(stemToken));
    const counted = readFrequencies(tokens, line).filter((f) => f.low === f.high).map((f) => ({ value: f.low, period: f.period, text: f.text, line }));
    return [...readRates(tokens, line), ...counted].map((rate) => ({ rate, near }));
  });
}

export function checkRateCounts(statement: string, model: TranscriptModel): { phrase: string; reason: string; lines: number[] }[] {
  const claims = readRates(normaliseTokens(statement), 0);
  if (claims.length === 0) return [];
  const heard = readHeardRates(model);
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const claim of claims) {
    if (heard.some(({ rate }) => rate.value === claim.value && rate.period === claim.period)) continue;
    // The count said per another period only: "3 this week" written "3 per day".
    const otherPeriod = heard.filter(({ rate }) => rate.value === claim.value && rate.period !== claim.period);
    // The thing counted per this period with other numbers only: "four a day" (of coffee) written "1 coffee per day".
    const otherCount = claim.thing ? heard.filter(({ rate, near }) => rate.period === claim.period && near.has(claim.thing as string)) : [];
    const against = otherPeriod.length > 0 ? otherPeriod : otherCount;
    if (against.length === 0) continue;
    const said = [...new Set(against.map(({ rate }) => rate.text))].slice(0, 3).join(', ');
    problems.push({ phrase: claim.text, reason: `"${claim.text}" is not a count the transcript gives (it says ${said})`, lines: against.map(({ rate }) => rate.line) });
  }
  return problems;
}
