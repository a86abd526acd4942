/**
 * How often a course of visits runs: "Fortnightly sessions for 6 weeks" where the practitioner said "weekly sessions
 * for six weeks", "monthly reviews" where the nurse said "I'll see you every two weeks". A note's interval word for its
 * sessions, visits or reviews must be one the conversation gives for visits; judged only where the conversation gives
 * some interval for visits at all (an interval never said of visits is the chart's).
 */
import { normaliseTokens, NUMBER_RE } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

export interface VisitIntervalProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

interface Interval {
  days: number;
  text: string;
  line: number;
}

const DAYS_IN: Readonly<Record<string, number>> = { day: 1, days: 1, week: 7, weeks: 7, wk: 7, wks: 7, month: 30, months: 30 };
const WORDS: Readonly<Record<string, number>> = { daily: 1, weekly: 7, fortnightly: 14, monthly: 30, quarterly: 91 };
const COUNT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, other: 2, second: 2, third: 3 };

/** "weekly", "fortnightly", "every other week", "every 2 weeks", "every three months", "once a fortnight". */
const INTERVAL_RE = /(?:^| )(?:(daily|weekly|fortnightly|monthly|quarterly)|every (?:(\S+) )?(day|days|week|weeks|wk|wks|month|months|fortnight)|once a (fortnight|week|month))(?= |$)/g;

/** Words that make a line or a statement about a course of visits. */
const VISIT_RE = /\b(?:sessions?|visits?|appointments?|reviews?|treatments?|check-?ins?|consultations?|follow-?ups?|see (?:you|him|her|them)|come (?:back|in)|book(?:ed|ing)? (?:you|him|her|them|in))\b/;

function countOf(word: string | undefined): number {
  if (word === undefined) return 1;
  return COUNT_WORDS[word] ?? (NUMBER_RE.test(word) ? Number(word) : NaN);
}

/** The interval words of a text, each with where it stands (in characters). */
export function readIntervals(text: string, line: number): (Interval & { at: number })[] {
  const found: (Interval & { at: number })[] = [];
  for (const m of text.matchAll(INTERVAL_RE)) {
    const [, word, count, unit, onceUnit] = m;
    const per = (u: string | undefined) => (u === 'fortnight' ? 14 : DAYS_IN[u ?? ''] ?? NaN);
    const days = word ? (WORDS[word] as number) : onceUnit ? per(onceUnit) : countOf(count) * per(unit);
    if (Number.isFinite(days)) found.push({ days, text: m[0].trim(), line, at: m.index ?? 0 });
  }
  return found;
}

/** Whether a visit word stands within a few words of the interval: "weekly sessions", "see you every two weeks". */
function isOfVisits(text: string, at: number, length: number): boolean {
  const before = text.slice(0, at).split(' ').slice(-4).join(' ');
  const after = text.slice(at, at + length).concat(text.slice(at + length).split(' ').slice(0, 4).join(' '));
  return VISIT_RE.test(`${before} ${after}`);
}

/** The intervals the conversation gives on lines about visits. */
function readHeardIntervals(model: TranscriptModel): Interval[] {
  return model.lines.flatMap((l) => {
    const text = normaliseTokens(l.text).join(' ');
    return VISIT_RE.test(text) ? readIntervals(text, l.line) : [];
  });
}

export function checkVisitIntervals(statement: string, model: TranscriptModel): VisitIntervalProblem[] {
  const text = normaliseTokens(statement).join(' ');
  const claims = readIntervals(text, 0).filter((c) => isOfVisits(text, c.at, c.text.length + 1));
  if (claims.length === 0) return [];
  const heard = readHeardIntervals(model);
  if (heard.length === 0) return [];
  const problems: VisitIntervalProblem[] = [];
  for (const claim of claims) {
    if (heard.some((h) => h.days === claim.days)) continue;
    const said = [...new Set(heard.map((h) => h.text))].slice(0, 3).join(', ');
    problems.push({ phrase: claim.text, reason: `"${claim.text}" is not how often the transcript says the visits run (it says ${said})`, lines: heard.map((h) => h.line) });
  }
  return problems;
}
