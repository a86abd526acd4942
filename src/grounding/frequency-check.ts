/**
 * Frequencies: "ice 6 times daily" where the clinician said "two to three times a day". A count per period the note
 * gives must overlap one the conversation gives for the same period; a note's frequency is judged only when the
 * conversation gives some frequency for that period (a plan's "ice it regularly" says no number to compare with).
 */
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

export interface FrequencyProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

export interface Frequency {
  low: number;
  high: number;
  period: string;
  text: string;
  line: number;
  /** Said without a count ("daily", "on saturdays"): supports a once, and judges nothing. */
  uncounted?: boolean;
}

const PERIODS: Readonly<Record<string, string>> = { day: 'day', daily: 'day', days: 'day', night: 'day', nightly: 'day', week: 'week', weekly: 'week', wk: 'week', month: 'month', monthly: 'month', hour: 'hour', hourly: 'hour', year: 'year', yearly: 'year', annually: 'year' };
const WORD_COUNTS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/**
 * "2 to 3 times a day", "6 times daily", "2 - 3 x / day", "3 or 4 times a week", "4 days a week", "twice a day", and the
 * count of a period just gone: "twice this week", "3 times in the past month".
 */
const FREQUENCY_RE =
  /(?:^| )(?:(\d+(?:\.\d+)?)(?: (?:-|to|or) (\d+(?:\.\d+)?))? (?:times|x|days|nights)|(once|twice|thrice)) (?:a |per |\/ |each |every |in a |this |last |(?:in )?the (?:last |past ))?(day|daily|night|nightly|week|weekly|wk|month|monthly|hour|hourly|year|yearly|annually)(?= |$)/g;

export function readFrequencies(tokens: readonly string[], line: number): Frequency[] {
  const text = tokens.join(' ');
  const found: Frequency[] = [];
  for (const m of text.matchAll(FREQUENCY_RE)) {
    const [, low, high, word, period] = m;
    // "4 days a week" counts days of a week; "2 days daily" is no frequency.
    if (/ (?:days|nights) /.test(m[0]) && !/week/.test(period ?? '')) continue;
    const from = word ? (WORD_COUNTS[word] as number) : Number(low);
    const to = high ? Number(high) : from;
    found.push({ low: Math.min(from, to), high: Math.max(from, to), period: PERIODS[period as string] as string, text: m[0].trim(), line });
  }
  return found;
}

/** Said without a count: "take that daily", "every morning", "on saturdays", "weekly", "sachets, one a day" — once per period. */
const ONCE_RE = /(?:^| )(?:(daily|every day|each day|(?:one|1) (?:a|per|each) day|every morning|every night|each morning|each night|every evening|at night|in the morning|at bedtime|nightly)|(weekly|every week|each week|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends))|(monthly|every month|each month))(?= |$)/g;

export function readOnces(tokens: readonly string[], line: number): Frequency[] {
  const text = tokens.join(' ');
  // "3 times every day" is a count per day, read above.
  return [...text.matchAll(ONCE_RE)].filter((m) => !/(?:times|x|once|twice|thrice|\d)$/.test(text.slice(0, m.index).trim())).map((m) => ({ low: 1, high: 1, period: m[1] ? 'day' : m[2] ? 'week' : 'month', text: m[0].trim(), line, uncounted: true }));
}

const heardCache = new WeakMap<TranscriptModel, Frequency[]>();

export function readTranscriptFrequencies(model: TranscriptModel): Frequency[] {
  const cached = heardCache.get(model);
  if (cached) return cached;
  const heard = model.lines.flatMap((l) => {
    const tokens = normaliseTokens(l.text);
    return [...readFrequencies(tokens, l.line), ...readOnces(tokens, l.line)];
  });
  heardCache.set(model, heard);
  return heard;
}

export function checkFrequencies(statement: string, model: TranscriptModel): FrequencyProblem[] {
  const claims = readFrequencies(normaliseTokens(statement), 0);
  if (claims.length === 0) return [];
  const heard = readTranscriptFrequencies(model);
  const problems: FrequencyProblem[] = [];
  for (const claim of claims) {
    const same = heard.filter((h) => h.period === claim.period);
    // Only counts said with a number are compared with: "daily", "on saturdays" support a once, and judge nothing.
    if (!same.some((h) => !h.uncounted) || same.some((h) => h.low <= claim.high && claim.low <= h.high)) continue;
    const said = [...new Set(same.filter((h) => !h.uncounted).map((h) => h.text))].slice(0, 3).join(', ');
    problems.push({ phrase: claim.text, reason: `"${claim.text}" is not a frequency the transcript gives (it says ${said})`, lines: same.map((h) => h.line).filter((n) => n > 0) });
  }
  return problems;
}

