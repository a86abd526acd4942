/**
 * Results said in words: "creatinine slightly elevated", "kidney function is normal", "low hemoglobin". A note that
 * turns the conversation's "your kidney function is normal" into "kidney function is elevated" changes a result as
 * surely as one that changes its number, so a lab or vital named with a direction is compared with the directions the
 * conversation gives the same analyte. An analyte the conversation names without a direction decides nothing.
 */
import { findKeys } from './claim-keys.js';
import type { TranscriptModel } from './transcript-model.js';

type ResultDirection = 'high' | 'low' | 'normal';

/** Level words only: trends ("increased", "down from") and judgements ("good", "better") say nothing of the level. */
const DIRECTION_WORDS: Readonly<Record<string, ResultDirection>> = {
  elevated: 'high', high: 'high', raised: 'high',
  low: 'low', deficient: 'low',
  normal: 'normal', unremarkable: 'normal', wnl: 'normal',
};
const NEGATORS = new Set(['not', "isn't", "wasn't", "aren't", "weren't", 'no', 'never']);
/** Words that end what a direction can be said of: "creatinine was fine but the potassium was high". */
const CLAUSE_ENDS = new Set(['.', ';', '?', '!', 'but', 'however', 'although', 'though', 'whereas', '¶']);
const READ_AFTER = 6;
const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'had', 'any', 'how', 'what', 'can', 'could', 'would', 'will']);
const READ_BEFORE = 1;
/** "a low cholesterol diet", "a low carbohydrate, low cholesterol … diet": a level word before an analyte whose clause names a diet or a dose is not a result. */
const NOT_RESULT_AFTER = new Set(['diet', 'diets', 'food', 'foods', 'dose', 'doses', 'supplement', 'supplements', 'intake', 'medication', 'medications', 'medicine', 'pill', 'pills', 'tablets', 'meals']);
/** Keys whose values are not results a note describes as high or low. */
const NOT_RESULTS = new Set(['pain', 'phq-9', 'gad-7', 'gcs', 'moca', 'height', 'weight', 'temperature']);

interface ResultMention {
  key: string;
  directions: ReadonlySet<ResultDirection>;
  at: number;
}

function readWord(tokens: readonly string[], at: number): ReadonlySet<ResultDirection> | null {
  const direction = DIRECTION_WORDS[tokens[at] ?? ''];
  if (!direction) return null;
  const negated = [tokens[at - 1], tokens[at - 2]].some((t) => NEGATORS.has(t ?? ''));
  if (!negated) return new Set([direction]);
  // "not elevated" is normal; "not normal" is high or low.
  return direction === 'normal' ? new Set<ResultDirection>(['high', 'low']) : new Set<ResultDirection>(['normal']);
}

/** Each analyte named in the tokens with the level said of it, if any: right after it in its clause, or just before. */
export function readResultMentions(tokens: readonly string[]): ResultMention[] {
  const keys = findKeys(tokens).filter((k) => !k.weak && !NOT_RESULTS.has(k.key));
  const out: ResultMention[] = [];
  keys.forEach((k, n) => {
    const next = keys[n + 1]?.index ?? tokens.length;
    let found: ReadonlySet<ResultDirection> | null = null;
    for (let i = k.index + k.length; i < Math.min(next, k.index + k.length + READ_AFTER) && !CLAUSE_ENDS.has(tokens[i] ?? '') && !found; i += 1) found = readWord(tokens, i);
    const previous = n > 0 ? (keys[n - 1] as (typeof keys)[number]).index + (keys[n - 1] as (typeof keys)[number]).length : 0;
    const rest = tokens.slice(k.index + k.length);
    const clauseEnd = rest.findIndex((t) => CLAUSE_ENDS.has(t));
    const describesOther = rest.slice(0, clauseEnd < 0 ? rest.length : clauseEnd).some((t) => NOT_RESULT_AFTER.has(t));
    for (let i = k.index - 1; i >= Math.max(previous, k.index - READ_BEFORE) && !found && !describesOther; i -= 1) found = readWord(tokens, i);
    if (found) out.push({ key: k.key, directions: found, at: k.index });
  });
  return out;
}

/** What the conversation says of each analyte's level, with the lines it says it on. */
export type ResultIndex = ReadonlyMap<string, { directions: Set<ResultDirection>; lines: number[] }>;

/** "it was high this morning", "that's normal": a level said of what was just named. */
const PRONOUN_LEVEL_RE = /\b(?:it|that|they|it's|that's|they're)(?: (?:is|was|were|are|been|has been|had been|'s))?(?: (?:really|very|a bit|quite|too|still|pretty|a little))? (elevated|high|raised|low|normal)\b/;
/** How many lines on a level said of "it" may come after the analyte it refers to. */
const PRONOUN_REACH = 2;

export function indexResultDirections(model: TranscriptModel): ResultIndex {
  const index = new Map<string, { directions: Set<ResultDirection>; lines: number[] }>();
  const record = (key: string, directions: Iterable<ResultDirection>, line: number) => {
    const entry = index.get(key) ?? { directions: new Set<ResultDirection>(), lines: [] };
    for (const d of directions) entry.directions.add(d);
    entry.lines.push(line);
    index.set(key, entry);
  };
  let named: { key: string; at: number } | undefined;
  model.lines.forEach((line, at) => {
    const keys = findKeys(line.tokens).filter((k) => !k.weak && !NOT_RESULTS.has(k.key));
    const referent = named && at - named.at <= PRONOUN_REACH ? named.key : undefined;
    if (keys.length > 0) named = { key: (keys[keys.length - 1] as (typeof keys)[number]).key, at };
    // A question asserts no level ("is your blood pressure high at home ?"); a tag question does ("it was normal , right ?").
    if (line.tokens[line.tokens.length - 1] === '?' && QUESTION_OPENERS.has(line.tokens[0] ?? '')) return;
    for (const m of readResultMentions(line.tokens)) record(m.key, m.directions, line.line);
    // "are you still having difficulties with blood sugar ? — my average is 191 , and it was high this morning".
    const level = keys.length === 0 && referent ? PRONOUN_LEVEL_RE.exec(line.tokens.join(' '))?.[1] : undefined;
    if (level && referent) record(referent, [DIRECTION_WORDS[level] as ResultDirection], line.line);
  });
  return index;
}

export interface ResultProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** Levels the note gives an analyte that the conversation, which gives it a level, never does. */
export function checkResultDirections(tokens: readonly string[], index: ResultIndex): ResultProblem[] {
  const problems: ResultProblem[] = [];
  for (const m of readResultMentions(tokens)) {
    const said = index.get(m.key);
    if (!said || [...m.directions].some((d) => said.directions.has(d))) continue;
    const claimed = [...m.directions].join(' or ');
    problems.push({ phrase: m.key, reason: `${m.key} is ${claimed} in the note, but the transcript says it is ${[...said.directions].join(' or ')}`, lines: said.lines });
  }
  return problems;
}
