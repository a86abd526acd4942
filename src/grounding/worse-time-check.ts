/**
 * The time of day a complaint is worse: "worse first thing in the morning" where the patient, asked whether it is
 * worse at any time of day, said "Evenings." The parts of the day the conversation gives the worsening (in a clause
 * that says "worse" or "worst", or in the reply to a question that asks when it is worse) are the ones a note may
 * write; evening and night are one part, as people use them. A note's part the conversation never gives, where it
 * gives another, is not the one said.
 */
import { findReply, listTurnClauses, type TranscriptModel } from './transcript-model.js';
import { splitTokens } from './tokenize.js';

type DayPart = 'morning' | 'afternoon' | 'evening';

const WORSE = new Set(['worse', 'worst', 'worsens', 'worsening']);
const DENIALS = new Set(['no', 'not', "n't", 'never', 'nor', 'neither']);

/** The parts of the day some words name: "mornings", "first thing", "when I wake", "at night", "bedtime". */
function readDayParts(tokens: readonly string[]): Set<DayPart> {
  const text = ` ${tokens.join(' ')} `;
  const parts = new Set<DayPart>();
  if (/ (?:mornings?|first thing|on waking|when i wake|wake up|waking up|get(?:ting)? up|getting out of bed|am) /.test(text)) parts.add('morning');
  if (/ afternoons? /.test(text)) parts.add('afternoon');
  if (/ (?:evenings?|nights?|night-time|nighttime|overnight|bedtime|in bed|end of the day|after work) /.test(text)) parts.add('evening');
  return parts;
}

/** Every part of the day the conversation says the complaint is worse at, with the lines that say so. */
export function readWorseTimes(model: TranscriptModel): { parts: Set<DayPart>; lines: number[] } {
  const parts = new Set<DayPart>();
  const lines: number[] = [];
  const add = (found: ReadonlySet<DayPart>, line: number) => {
    for (const p of found) parts.add(p);
    if (found.size > 0) lines.push(line);
  };
  for (const clause of model.clauses) {
    if (!clause.tokens.some((t) => WORSE.has(t))) continue;
    if (!clause.question) add(readDayParts(clause.tokens), clause.line);
    else if (clause.role === 'clinician') {
      // "Is it worse at any time of day?" — "Evenings.": the reply names the part.
      const reply = findReply(model, clause);
      if (reply) for (const k of listTurnClauses(model, reply)) add(readDayParts(k.tokens), k.line);
    }
  }
  return { parts, lines };
}

export function checkWorseTimes(statement: string, heard: { parts: ReadonlySet<DayPart>; lines: readonly number[] }): { phrase: string; reason: string; lines: number[] }[] {
  if (heard.parts.size === 0) return [];
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const sentence of statement.toLowerCase().split(/[.;]/)) {
    const tokens = splitTokens(sentence);
    if (!tokens.some((t) => WORSE.has(t)) || tokens.some((t) => DENIALS.has(t))) continue;
    const claimed = [...readDayParts(tokens)].filter((p) => !heard.parts.has(p));
    if (claimed.length === 0 || readDayParts(tokens).size > claimed.length) continue;
    problems.push({ phrase: `worse in the ${claimed[0]}`, reason: `the note has the complaint worse in the ${claimed[0]}, but the transcript gives the ${[...heard.parts].join(' and ')}`, lines: [...new Set(heard.lines)] });
  }
  return problems;
}
