/**
 * Times of day: "found at about 7 am" where the daughter said she came round "at about two o'clock". A clock time in
 * the note must be an hour the conversation gives a time of day; morning and afternoon aside ("two o'clock" supports
 * "2 pm" and "14:00"), since speech rarely says which. It is judged only where the conversation tells some time of
 * day, so a time from the record ("seen 14:30") is left alone when the visit never spoke of the clock.
 */
import type { TranscriptModel } from './transcript-model.js';

const WORD_HOURS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
/** "2 pm", "7:30 a.m.", "14:00", "9 o'clock" in a note. */
const NOTE_TIME_RE = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\b\.?|p\.?m\b\.?|o'clock)|\b(\d{1,2}):(\d{2})\b(?!\s*(?:ratio|mmhg))/gi;
/** Words after an hour that make it a time of day: "two pm", "two o'clock", "seven in the morning". */
const MARKERS = new Set(['am', 'pm', "o'clock", 'oclock', 'ish']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'tonight']);
const AT_WORDS = new Set(['at', 'by', 'till', 'until', 'since', 'before', 'after']);
/** What may follow a bare hour that is a time: a pause or the day ("at eight , twenty-four units"; "at ten tomorrow"). */
const BARE_ENDS = new Set([',', '.', '?', '!', ';', 'and', 'or', 'then', 'today', 'tomorrow', 'yesterday', 'tonight', 'this', 'last', 'on']);

function readHour(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const digits = /^(\d{1,2})(?:[.:]\d{2})?$/.exec(token);
  const hour = digits ? Number(digits[1]) : WORD_HOURS[token];
  return hour !== undefined && hour >= 0 && hour <= 24 ? hour : undefined;
}

/** Hours, on a twelve-hour face, that a line of the conversation gives a time of day. */
function readSaidHours(tokens: readonly string[]): number[] {
  const hours: number[] = [];
  tokens.forEach((t, i) => {
    if (t === 'noon' || t === 'midday' || t === 'midnight') hours.push(0);
    const hour = readHour(t);
    if (hour === undefined) return;
    const next = tokens[i + 1] ?? '';
    // "2 p . m .", "seven in the morning", "fourteen hundred", "14 : 00"
    const marked = MARKERS.has(next) || (['p', 'a'].includes(next) && tokens[i + 2] === '.' && tokens[i + 3] === 'm')
      || (next === 'in' && tokens[i + 2] === 'the' && DAY_PARTS.has(tokens[i + 3] ?? '')) || (DAY_PARTS.has(next) && hour <= 12)
      || (next === 'hundred' && hour > 12) || (next === ':' && /^\d{2}$/.test(tokens[i + 2] ?? '')) || /^\d{1,2}[.:]\d{2}$/.test(t) && MARKERS.has(next);
    // "half past two", "quarter to three" (a quarter to three is in the second hour too).
    const past = ['past', 'to', 'after'].includes(tokens[i - 1] ?? '') && ['half', 'quarter', 'ten', 'twenty', 'five'].includes(tokens[i - 2] ?? '');
    // "she did it at eight , …", "by about ten ." — an hour after "at" that no unit follows.
    const lead = ['about', 'around', 'roughly'].includes(tokens[i - 1] ?? '') ? tokens[i - 2] : tokens[i - 1];
    const bare = AT_WORDS.has(lead ?? '') && (next === '' || BARE_ENDS.has(next));
    if (marked || past || bare) hours.push(hour % 12);
    if (past && tokens[i - 1] === 'to') hours.push((hour + 11) % 12);
  });
  return hours;
}

export function checkClockTimes(statement: string, model: TranscriptModel): { phrase: string; reason: string; lines: number[] }[] {
  const claimed = [...statement.matchAll(NOTE_TIME_RE)];
  if (claimed.length === 0) return [];
  const said = new Map<number, number[]>();
  for (const line of model.lines) for (const h of readSaidHours(line.tokens)) said.set(h, [...(said.get(h) ?? []), line.line]);
  if (said.size === 0) return [];
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const m of claimed) {
    const hour = Number(m[1] ?? m[4]) % 12;
    if (said.has(hour) || problems.some((p) => p.phrase === m[0].trim())) continue;
    problems.push({ phrase: m[0].trim(), reason: `"${m[0].trim()}" is not a time of day the transcript gives`, lines: [...said.values()].flat() });
  }
  return problems;
}
