/**
 * A part of a whole: "diary kept 7 of 7 days" where the patient said "four out of seven days", "2 of 3 sessions
 * attended" where the therapist said "one of the three". The whole is the anchor: where the conversation counts a
 * part of the same whole, and never the note's part of it, the note's count is not the one said. Adherence, attendance
 * and ratings are given this way and have no other number to catch.
 */
import { normaliseTokens, NUMBER_RE } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

interface Part {
  part: number;
  whole: number;
  text: string;
  line: number;
}

/** Words allowed between "of" and the whole: "4 of the last 7 days", "3 out of the past 5 nights". */
const BETWEEN = new Set(['the', 'last', 'past', 'previous', 'next']);

/** A part and its whole that make sense as a count: "2 of 3", not "1 of 100" (a rank) or "120/80" (a pressure). */
function isPartOfWhole(p: number, w: number): boolean {
  return Number.isInteger(p) && Number.isInteger(w) && p <= w && w <= 31 && w >= 2;
}

/** Parts the note writes ("4 of 7 days", "3 out of the last 5 nights"); the conversation's spoken "out of" is also read as "3/5". */
function readParts(tokens: readonly string[], line: number, slashed = false): Part[] {
  const parts: Part[] = [];
  tokens.forEach((token, i) => {
    const slash = slashed ? /^(\d+)\/(\d+)$/.exec(token) : null;
    if (slash && isPartOfWhole(Number(slash[1]), Number(slash[2]))) parts.push({ part: Number(slash[1]), whole: Number(slash[2]), text: token.replace('/', ' of '), line });
    if (!NUMBER_RE.test(token)) return;
    let at = i + 1;
    if (tokens[at] === 'out') at += 1;
    if (tokens[at] !== 'of') return;
    at += 1;
    while (BETWEEN.has(tokens[at] ?? '')) at += 1;
    const whole = tokens[at] ?? '';
    if (!NUMBER_RE.test(whole)) return;
    const [p, w] = [Number(token), Number(whole)];
    if (!isPartOfWhole(p, w)) return;
    parts.push({ part: p, whole: w, text: tokens.slice(i, at + 1).join(' '), line });
  });
  return parts;
}

export function checkPartCounts(statement: string, model: TranscriptModel): { phrase: string; reason: string; lines: number[] }[] {
  const claims = readParts(normaliseTokens(statement), 0);
  if (claims.length === 0) return [];
  const heard = model.lines.flatMap((l) => readParts(normaliseTokens(l.text), l.line, true));
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const claim of claims) {
    const same = heard.filter((h) => h.whole === claim.whole);
    if (same.length === 0 || same.some((h) => h.part === claim.part)) continue;
    const said = [...new Set(same.map((h) => h.text))].slice(0, 3).join(', ');
    problems.push({ phrase: claim.text, reason: `"${claim.text}" is not the part the transcript counts (it says ${said})`, lines: same.map((h) => h.line) });
  }
  return problems;
}
