/**
 * Days of the week: "RTC next Thursday" where the clinician said "see you next Tuesday", "bloods on Monday" where the
 * conversation said Friday. A weekday in the note must be one the conversation names; it is judged only when the
 * conversation names some weekday, so a note's own scheduling ("booked for Thursday" from the front desk) is left alone
 * when the visit never spoke of days.
 */
import type { TranscriptModel } from './transcript-model.js';

export interface WeekdayProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const SHORT: Readonly<Record<string, string>> = { mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };
const NOTE_DAY_RE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)s?\b\.?/gi;

/** The weekdays a text names, full names only (the note's "Tue" read as "tuesday"). */
function readNoteDays(statement: string): { day: string; phrase: string }[] {
  return [...statement.matchAll(NOTE_DAY_RE)]
    // "Sat 96%" is a saturation, "sun exposure" the sun: short forms count only with a capital and not before a number,
    // and never in the plural ("Sats are 94%").
    .filter((m) => m[1]!.length > 4 || (/^[A-Z]/.test(m[1]!) && !/s\.?$/i.test(m[0].slice(m[1]!.length)) && !/^\s*\d/.test(statement.slice(m.index + m[0].length))))
    .map((m) => ({ day: SHORT[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase(), phrase: m[0].replace(/\.$/, '') }));
}

export function checkWeekdays(statement: string, model: TranscriptModel): WeekdayProblem[] {
  const claimed = readNoteDays(statement);
  if (claimed.length === 0) return [];
  const said = new Map<string, number[]>();
  for (const line of model.lines) {
    // "Monday's visit" names Monday as much as "on Monday" does.
    const words = line.tokens.map((t) => t.replace(/['’]s$/, ''));
    for (const day of DAYS) if (words.some((t) => t === day || t === `${day}s`)) said.set(day, [...(said.get(day) ?? []), line.line]);
  }
  if (said.size === 0) return [];
  return claimed.filter((c) => !said.has(c.day)).map((c) => ({
    phrase: c.phrase,
    reason: `"${c.phrase}" is not a day the transcript names (it says ${[...said.keys()].map((d) => d.charAt(0).toUpperCase() + d.slice(1)).join(', ')})`,
    lines: [...said.values()].flat(),
  }));
}
