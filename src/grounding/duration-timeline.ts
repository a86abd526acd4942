/**
 * A complaint's timeline: the times the conversation gives each symptom of the concept table (in either register),
 * looking back, against which a history's duration is checked. The times are tied to their concepts when the
 * transcript is indexed (transcript-quantities.ts); this module picks the note statement's concepts and judges.
 */
import { doUnitsAgree, isWithinRange, type Quantity } from './quantities.js';
import { findAllTerms } from './site-pains.js';
import type { HeardQuantity, QuantityIndex } from './transcript-quantities.js';

/** What the timeline needs of a note's number. */
interface TimedClaim extends Quantity {
  followUp?: boolean;
  bound?: boolean;
  approximate?: boolean;
}

const SEGMENT_BREAKS = new Set([',', ';', ':', '-', '–', 'but', '.']);
/** Words after which a stretch names what comes with the complaint, not the complaint the time is of. */
const COMPANION_WORDS = new Set(['with', 'w/', 'associated', 'accompanied', 'along', 'mainly', 'including', 'incl', 'plus']);

/**
 * The concepts a history's duration is said of: the symptoms in its own stretch of the statement, between commas or
 * semicolons, after a "with" before the time and before any "with" after it ("Numbness of the left arm for 2 weeks"; not the list after "4/7 hx of generally
 * unwell, mainly …", nor the cough of "5/7 hx of generally unwell with cough"). Takes the statement's normalised
 * tokens and a number's position among them.
 */
const PAIR_JOINS = new Set(['&', '+', '/']);
const PAIR_FIRSTS: Readonly<Record<string, string>> = { d: 'diarrhoea', n: 'nausea' };

/** GP shorthand for two complaints: "3/7 hx of D&V", "N/V x2/7" are "diarrhoea or vomiting", "nausea or vomiting". */
function expandPairShorthand(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = PAIR_FIRSTS[tokens[i] as string];
    if (first && PAIR_JOINS.has(tokens[i + 1] ?? '') && tokens[i + 2] === 'v') {
      out.push(first, 'or', 'vomiting');
      i += 2;
    } else out.push(tokens[i] as string);
  }
  return out;
}

export function readDurationConcepts(tokens: readonly string[], at: number, section: string | undefined): Set<string> {
  if (section !== 'subjective') return new Set();
  let start = at;
  while (start > 0 && !SEGMENT_BREAKS.has(tokens[start - 1] as string)) start -= 1;
  let end = at;
  while (end < tokens.length && !SEGMENT_BREAKS.has(tokens[end] as string)) end += 1;
  const head = expandPairShorthand(tokens.slice(start, end));
  // "58-year-old man with 5 days of cough": a "with" before the time opens the stretch the time is of.
  const rel = at - start;
  const from = head.slice(0, rel).findLastIndex((t) => COMPANION_WORDS.has(t)) + 1;
  const companion = head.findIndex((t, i) => i > rel && COMPANION_WORDS.has(t));
  return new Set(findAllTerms(head.slice(from, companion >= 0 ? companion : head.length)).map((h) => h.term));
}

/**
 * The complaint's timeline: the times the conversation gives the statement's own symptoms (in either register), looking
 * back. When it gives any, the note's duration must be one of them: "numbness of the left arm for 3 weeks" is not
 * supported by the three weeks someone was sick after a party when the numbness was "at least two weeks".
 */
export function readTimeline(claim: TimedClaim, index: QuantityIndex, concepts: ReadonlySet<string>): HeardQuantity[] {
  if (claim.cls !== 'time' || claim.direction === 'future' || claim.followUp || claim.bound || claim.approximate || concepts.size === 0) return [];
  return index.quantities.filter((q) => q.cls === 'time' && q.den === undefined && !q.frequency && !q.followUp && q.direction !== 'future'
    && (q.role === 'patient' || q.direction === 'past') && q.concepts !== null && [...q.concepts].some((c) => concepts.has(c)));
}

/**
 * The complaint's times when the note's duration is none of them (each reading of it — the same time in neighbouring
 * units, either end of a range — checked); undefined when the timeline has no times for it or one agrees. A range is
 * met by a time at either of its ends ("3-4 days" for "two to three days" is rounding).
 */
export function isOffTimeline(claim: TimedClaim, readings: readonly Quantity[], index: QuantityIndex, concepts: ReadonlySet<string>): HeardQuantity[] | undefined {
  const timeline = readTimeline(claim, index, concepts);
  if (timeline.length === 0) return undefined;
  const agrees = (c: Quantity, q: HeardQuantity) => (isWithinRange(c, q) || (c.rangeEnd !== undefined && q.rangeEnd !== undefined && c.value === q.value)) && doUnitsAgree(c, q);
  return timeline.some((q) => readings.some((c) => agrees(c, q))) ? undefined : timeline;
}
