/**
 * When the next contact is, said by the day: "RN to call next week" where the nurse said "I'll call you tomorrow",
 * "see you tomorrow" for "I'll see you next week". The number check reads counted intervals ("in 2 weeks"); these
 * have no number. Judged only against the clinician's own words naming a contact and a day, and only for the same
 * kind of contact (a call is not a visit).
 */
import type { TranscriptModel } from './transcript-model.js';

export interface ContactDayProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

const CALL_RE = /\b(?:call|calls|calling|phone|ring|telephone|message|text)\b/i;
const VISIT_RE = /\b(?:see (?:you|him|her|them)|seen|visit|appointment|clinic|(?:come|pop|pop back|back) in|come back|return|recheck|review|follow[- ]?up)\b/i;
/** Days a contact is given by: the nearer ones people name rather than count. */
const DAY_RE = /\b(today|tonight|tomorrow|this week|next week|this month|next month|the day after tomorrow)\b/gi;
/** A safety net or a condition names a contact that may never happen: "call today if it spreads". */
const CONDITIONAL_RE = /\b(?:if|unless|should|911|999|emergency|a&e|er)\b/i;

type Contact = 'call' | 'visit';

function readContact(text: string): Contact | null {
  if (CALL_RE.test(text)) return 'call';
  if (VISIT_RE.test(text)) return 'visit';
  return null;
}

function readDays(text: string): string[] {
  return [...text.matchAll(DAY_RE)].map((m) => (m[1] as string).toLowerCase());
}

/** A text's clauses: a contact's day is said within its clause ("I'll message you this week, and we'll see you next month"). */
function splitClauses(text: string): string[] {
  return text.split(/[.!?;]|,\s*(?:and|but|then)\b/).map((c) => c.trim()).filter((c) => c.length > 0);
}

export function checkContactDays(statement: string, section: string, model: TranscriptModel): ContactDayProblem[] {
  if (section !== 'plan' || CONDITIONAL_RE.test(statement)) return [];
  const problems: ContactDayProblem[] = [];
  for (const clause of splitClauses(statement)) {
    const contact = readContact(clause);
    const days = readDays(clause);
    if (contact === null || days.length === 0) continue;
    // The clinician's clauses that give the same kind of contact a day.
    const said = model.lines.filter((l) => l.role === 'clinician' && l.line > 0).flatMap((l) => splitClauses(l.text)
      .filter((c) => readContact(c) === contact && readDays(c).length > 0 && !CONDITIONAL_RE.test(c)).map((c) => ({ line: l.line, clause: c, days: readDays(c) })));
    if (said.length === 0) continue;
    const named = new Set(said.flatMap((c) => c.days));
    const other = days.find((d) => !named.has(d));
    if (other === undefined) continue;
    problems.push({ phrase: other, reason: `the plan gives the next ${contact} "${other}", but the clinician said "${said[0]?.clause.slice(0, 80)}"`, lines: said.map((c) => c.line) });
  }
  return problems;
}
