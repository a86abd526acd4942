/**
 * A screen's outcome the note turns over: "passed the hearing screen" where the nurse said "she failed the hearing
 * screen on the left", "Timed stand test: fail" where the physio said "you passed that one". A pass or a fail has no
 * number or name to catch. Judged only where the conversation says the named screen's outcome on a line that names
 * it, and never the note's outcome.
 */
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';

type Outcome = 'pass' | 'fail';

/** The kinds of check a pass or a fail is given to. */
const CHECKS = new Set(['screen', 'screening', 'test', 'challenge', 'trial', 'assessment', 'check']);
const OUTCOMES: Readonly<Record<string, Outcome>> = { pass: 'pass', passed: 'pass', passes: 'pass', passing: 'pass', fail: 'fail', failed: 'fail', fails: 'fail', failing: 'fail' };
const FLIPPED: Readonly<Record<Outcome, Outcome>> = { pass: 'fail', fail: 'pass' };
/** Words before the check that do not say which one. */
const VAGUE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'your', 'this', 'that', 'full', 'first', 'second', 'bedside', 'formal', 'today', "today's"]);

/** The check a line names: the word before "screen", "test" etc. that says which ("water screen" → "water"). */
function readCheckNames(tokens: readonly string[]): string[] {
  return tokens.flatMap((t, i) => {
    const name = tokens[i - 1] ?? '';
    return CHECKS.has(t) && /^[a-z][a-z0-9-]{2,}$/.test(name) && !VAGUE.has(name) && !OUTCOMES[name] ? [name] : [];
  });
}

/** The outcomes a clause gives, turned over by a denial just before ("didn't pass", "not failed"). */
function readOutcomes(tokens: readonly string[]): Outcome[] {
  return tokens.flatMap((t, i) => {
    const outcome = OUTCOMES[t];
    if (!outcome) return [];
    const denied = tokens.slice(Math.max(0, i - 2), i).some((w) => w === 'not' || w === 'never' || w.endsWith("n't"));
    return [denied ? FLIPPED[outcome] : outcome];
  });
}

export function checkPassFail(statement: string, model: TranscriptModel): { phrase: string; reason: string; lines: number[] }[] {
  const problems: { phrase: string; reason: string; lines: number[] }[] = [];
  for (const clause of statement.split(/[;.]\s+/)) {
    const tokens = normaliseTokens(clause);
    const names = readCheckNames(tokens);
    const outcomes = new Set(readOutcomes(tokens));
    if (names.length === 0 || outcomes.size !== 1) continue;
    const [claimed] = [...outcomes] as [Outcome];
    for (const name of names) {
      const said = model.lines.filter((l) => readCheckNames(normaliseTokens(l.text)).includes(name));
      const heard = said.flatMap((l) => readOutcomes(normaliseTokens(l.text)).map((outcome) => ({ outcome, line: l.line })));
      if (heard.length === 0 || heard.some((h) => h.outcome === claimed)) continue;
      problems.push({ phrase: `${claimed}ed ${name}`, reason: `the note says the ${name} check was ${claimed}ed but the transcript says it was ${FLIPPED[claimed]}ed`, lines: heard.map((h) => h.line) });
    }
  }
  return problems;
}
