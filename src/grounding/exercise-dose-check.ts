/**
 * An exercise's dose: "3x10 daily" where the therapist said "3 sets of 15, once a day". Sets, repetitions and how
 * often are said once, on the line that prescribes the exercise, and their numbers are said elsewhere in the visit
 * for other things ("10 minutes of ice", "three times a day" for a gel), so the number and frequency checks find
 * them supported. Here they are compared with the lines that give sets: the note's sets and repetitions must be a
 * pair the conversation gives, and its frequency one those lines give when they give any.
 */
import { readFrequencies } from './frequency-check.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

export interface ExerciseDoseProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** "3 sets of 15", "15 reps , 3 sets", "3 x 15 reps" in normalised tokens. */
const SETS_RE = /\b(\d+) sets? of (\d+)\b|\b(\d+) (?:reps|repetitions) , (\d+) sets?\b|\b(\d+) x (\d+) (?:reps|repetitions)\b/g;

function readSets(text: string): { sets: number; reps: number; phrase: string }[] {
  return [...text.matchAll(SETS_RE)].map((m) => ({
    sets: Number(m[1] ?? m[4] ?? m[5]),
    reps: Number(m[2] ?? m[3] ?? m[6]),
    phrase: m[0],
  }));
}

/** Per day, when the text gives a daily count ("once a day", "every day", "daily"). */
function readDailyCounts(tokens: readonly string[]): number[] {
  const counted = readFrequencies(tokens, 0).filter((f) => f.period === 'day' && !f.uncounted).map((f) => f.low);
  if (counted.length > 0) return counted;
  return / (?:every day|daily|each day)(?= |$)/.test(` ${tokens.join(' ')}`) ? [1] : [];
}

export function checkExerciseDose(statement: string, model: TranscriptModel): ExerciseDoseProblem[] {
  const tokens = normaliseTokens(statement);
  const written = readSets(tokens.join(' '));
  if (written.length === 0) return [];
  const prescribing = model.lines
    .map((l) => ({ line: l.line, tokens: normaliseTokens(l.text) }))
    .map((l) => ({ ...l, sets: readSets(l.tokens.join(' ')) }))
    .filter((l) => l.sets.length > 0);
  if (prescribing.length === 0) return [];
  const problems: ExerciseDoseProblem[] = [];
  for (const w of written) {
    if (prescribing.some((l) => l.sets.some((s) => s.sets === w.sets && s.reps === w.reps))) continue;
    const said = prescribing.flatMap((l) => l.sets.map((s) => `${s.sets} sets of ${s.reps}`));
    problems.push({ phrase: w.phrase, reason: `the note gives ${w.sets} sets of ${w.reps}, but the transcript gives ${said.join(', ')}`, lines: prescribing.map((l) => l.line) });
  }
  const noteCounts = readDailyCounts(tokens);
  const saidCounts = prescribing.flatMap((l) => readDailyCounts(l.tokens));
  if (noteCounts.length > 0 && saidCounts.length > 0 && !noteCounts.some((c) => saidCounts.includes(c))) {
    problems.push({ phrase: `${noteCounts[0]} a day`, reason: `the note gives the exercise ${noteCounts[0]} time(s) a day, but the transcript prescribes it ${saidCounts[0]} time(s) a day`, lines: prescribing.map((l) => l.line) });
  }
  return problems;
}
