/**
 * A grade or stage: "grade 3 sprain" where the clinician said "I'd call it grade two". A note's grade is compared with
 * the grades the conversation names of the same thing (a line sharing a word with the statement: a tumour's grade is
 * not a performance status), and reported only when it names some and never this one; a bare number said anywhere
 * else ("one, two, three steps") says nothing of a grade, and a visit that names none leaves it to the chart.
 */
import { contentStems } from './attribution-check.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

const SCALES = new Set(['grade', 'stage']);
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

/** Each "grade N" / "stage N" (also "grade-3", "grade II", "grade 2-3") in the tokens, by its scale word. */
function readGrades(tokens: readonly string[]): { scale: string; values: number[]; at: number }[] {
  const found: { scale: string; values: number[]; at: number }[] = [];
  tokens.forEach((t, i) => {
    if (!SCALES.has(t)) return;
    const from = tokens[i + 1] === '-' ? i + 2 : i + 1;
    const first = readValue(tokens[from]);
    if (first === undefined) return;
    const values = [first];
    // "grade 2 to 3", "grade 2-3", "grade two or three": a range names both.
    if (['-', 'to', 'or'].includes(tokens[from + 1] ?? '')) {
      const second = readValue(tokens[from + 2]);
      if (second !== undefined) values.push(second);
    }
    found.push({ scale: t, values, at: i });
  });
  return found;
}

function readValue(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (/^\d$/.test(token)) return Number(token);
  return ROMAN[token];
}

export function checkGrades(statement: string, model: TranscriptModel): { phrase: string; reason: string }[] {
  const claimed = readGrades(normaliseTokens(statement));
  if (claimed.length === 0) return [];
  const topic = new Set(contentStems(statement).filter((w) => !SCALES.has(w)));
  const heard = model.lines.flatMap((l) => {
    const shares = contentStems(l.text).some((w) => topic.has(w));
    return readGrades(normaliseTokens(l.text)).map((g) => ({ ...g, shares }));
  });
  const problems: { phrase: string; reason: string }[] = [];
  for (const { scale, values } of claimed) {
    const said = heard.filter((h) => h.scale === scale && h.shares);
    if (said.length === 0 || values.every((v) => said.some((h) => h.values.includes(v)))) continue;
    const others = [...new Set(said.flatMap((h) => h.values))].map((v) => `${scale} ${v}`).join(', ');
    problems.push({ phrase: `${scale} ${values.join('-')}`, reason: `"${scale} ${values.join('-')}" is not the ${scale} the transcript gives (it says ${others})` });
  }
  return problems;
}
