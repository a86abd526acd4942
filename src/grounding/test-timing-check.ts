/**
 * When a test is done: "preg test next week" where the doctor asked for a pregnancy test today, "bloods in 2 weeks"
 * where they were to be taken now. A plan that puts off what was to be done at once changes the plan; it is reported
 * only when every line that speaks of the test with a time says it is now, and none puts it later.
 */
import type { TranscriptModel } from './transcript-model.js';

export interface TimingProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

/** Tests a plan times, as a note writes them and as a conversation says them. */
const TESTS: readonly { written: RegExp; said: RegExp }[] = [
  { written: /\b(?:preg(?:nancy)? test|hcg|upt)\b/i, said: /\bpregnancy test\b/ },
  { written: /\b(?:bloods|blood tests?|blood work)\b/i, said: /\bblood(?:s| tests?| work)\b/ },
  { written: /\b(?:urine (?:test|sample|dip)|msu|urinalysis)\b/i, said: /\burine (?:test|sample)\b|\bwee sample\b|\bpee sample\b/ },
  { written: /\b(?:x-?ray|xr)\b/i, said: /\bx ?-? ?rays?\b/ },
  { written: /\b(?:ecg|ekg)\b/i, said: /\b(?:ecg|ekg|e c g|heart tracing)\b/ },
];
/** Later than now, in a note: "next week", "in 2 weeks", "tomorrow", "at the next visit". */
const NOTE_LATER_RE = /\b(?:next (?:week|month|visit|appointment)|in (?:\d+|a|one|two|three|four|six) (?:days?|weeks?|months?)|tomorrow|at follow-?up)\b/i;
/** Now, in speech. */
const SAID_NOW_RE = /\b(?:today|now|straight away|right away|this morning|this afternoon|as soon as possible|immediately)\b/;
/** Later, in speech. */
const SAID_LATER_RE = /\b(?:next (?:week|month|time)|tomorrow|in (?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a few|a couple of|\d+) (?:days?|weeks?|months?)|later|before (?:your|the) next|at your next)\b/;

export function checkTestTiming(statement: string, section: string, model: TranscriptModel): TimingProblem[] {
  if (section !== 'plan' && section !== 'assessment') return [];
  const later = NOTE_LATER_RE.exec(statement);
  if (!later) return [];
  const problems: TimingProblem[] = [];
  for (const test of TESTS) {
    const m = test.written.exec(statement);
    // The time belongs to the test only when it follows it closely: "preg test next week", "bloods in 2 weeks".
    if (!m || later.index < m.index || later.index - (m.index + m[0].length) > 12) continue;
    const timed = model.lines.filter((l) => l.role === 'clinician' && test.said.test(l.tokens.join(' ')) && (SAID_NOW_RE.test(l.tokens.join(' ')) || SAID_LATER_RE.test(l.tokens.join(' '))));
    if (timed.length === 0 || timed.some((l) => SAID_LATER_RE.test(l.tokens.join(' ')))) continue;
    problems.push({ phrase: `${m[0]} ${later[0]}`, reason: `the ${section} puts the ${m[0]} off ("${later[0]}"), but the transcript has it done now`, lines: timed.map((l) => l.line) });
  }
  return problems;
}
