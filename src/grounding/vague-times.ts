/**
 * Durations a note says without a number — "a few years ago", "for a couple of weeks", "for the last several
 * months", "a week ago". They carry a unit, and a unit changed ("a few months ago" for the conversation's "a few
 * years ago") is as wrong as a number changed, so they are claims too: met by a time of about that size.
 */
import { readDirection, type Quantity } from './quantities.js';
import { stemWord } from './tokenize.js';

const UNIT_DAYS: Readonly<Record<string, number>> = { minutes: 1 / 1440, hours: 1 / 24, days: 1, nights: 1, weeks: 7, months: 30.4, years: 365 };
const VAGUE_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, couple: 2, few: 3, several: 4 };
/** Words that make a vague time a duration or a time ago, not a frequency ("twice a day", "once a week"). */
const DURATION_LEADS = new Set(['for', 'since', 'past', 'last', 'about', 'around', 'approximately', 'roughly', 'almost', 'nearly', 'like', 'of', 'the']);

export interface VagueTime extends Quantity {
  vague: true;
}

/** The vague past durations of a note's tokens; a frequency or a next visit is not one. */
export function readVagueTimes(tokens: readonly string[]): VagueTime[] {
  const found: VagueTime[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i] as string;
    const count = VAGUE_COUNTS[word];
    if (count === undefined) continue;
    let j = i + 1;
    if ((word === 'a' || word === 'an') && (tokens[j] === 'couple' || tokens[j] === 'few')) continue;
    if (tokens[j] === 'of') j += 1;
    const unit = `${stemWord(tokens[j] ?? '')}s`;
    if (UNIT_DAYS[unit] === undefined) continue;
    const start = (word === 'couple' || word === 'few') && ['a', 'the'].includes(tokens[i - 1] ?? '') ? i - 1 : i;
    const lead = tokens[start - 1] ?? '';
    const direction = readDirection(tokens, start, j + 1);
    // Only a time that looks back, or one held by "for", "over the last", "about": "twice a day" is a frequency.
    if (direction !== 'past' && !DURATION_LEADS.has(lead)) continue;
    // A limit ("more than a week") or an expectation ("improve over a few weeks") is no duration.
    if (direction === 'future' || ['every', 'per', 'once', 'twice', 'times', 'x', 'than', 'over', 'within'].includes(lead)) continue;
    found.push({ value: count, unit, cls: 'time', text: tokens.slice(start, j + 1).join(' '), index: start, direction: 'past', vague: true });
    i = j;
  }
  return found;
}

/** Whether a time said is about the size of a vague one: "a few weeks" is met by 10 days or 6 weeks, not 3 months. */
export function isAboutTheSize(vague: Quantity, heard: Quantity): boolean {
  const unit = UNIT_DAYS[vague.unit ?? ''];
  const said = UNIT_DAYS[heard.unit ?? ''];
  if (unit === undefined || said === undefined) return false;
  const ends = [heard.value, heard.rangeEnd ?? heard.value].map((v) => (v * said) / unit);
  const [low, high] = vague.value === 1 ? [0.5, 2] : [0.9, 12];
  return ends.some((size) => size >= low && size < high);
}
