/**
 * Forms pasted as text — a pre-visit questionnaire, an online consultation, a nurse line's protocol record — put a
 * question and its answer on one line: "When did it start? About 3 weeks ago", "Fever?: Yes, up to 38.9". Read as
 * dictation, the answers lose their questions ("About 3 weeks ago.") and a yes or no says nothing. A run of such lines
 * is rewritten as the form asking and the patient answering, `Q: … A: …` on the line as given, so each answer is read
 * with its question as in a conversation. Form fields answered yes or no in the same run ("Smoking: No") are questions
 * too; other fields ("Current medications: …") stay as they are, for the dictation headings that read them.
 */
import { letters } from './letter-pattern.js';

/** A question that opens the line (no sentence or speaker's label before it), then its answer, with or without a colon. */
const QUESTION_LINE = letters(String.raw`^\s*(\p{Lu}[^?:.!\n]{1,140}\?)\s*:?\s+(\S[^?]*)$`);
/** "Smoking: No", "Alcohol: yes, socially": a form's field answered yes or no. */
const YES_NO_FIELD = /^\s*(\p{Lu}[\p{L} /'-]{1,40}?)\s*:\s+((?:yes|no|none|never|n\/a)\b[^?]*)$/iu;
/** The fewest question lines a run needs, and the fewest answered lines, so one "Any fever? No." in a dictation stays. */
const MIN_QUESTIONS = 2;
const MIN_ANSWERED = 3;
const MAX_ANSWER_WORDS = 40;

function readQuestion(line: string): [question: string, answer: string] | undefined {
  const m = QUESTION_LINE.exec(line);
  if (!m || m[2]!.split(/\s+/).length > MAX_ANSWER_WORDS) return undefined;
  return [m[1]!.trim(), m[2]!.trim()];
}

function readYesNoField(line: string): [question: string, answer: string] | undefined {
  const m = YES_NO_FIELD.exec(line);
  return m ? [`${m[1]!.trim()}?`, m[2]!.trim()] : undefined;
}

/** Runs of non-blank lines, as [first, end) index pairs. */
function listRuns(lines: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const start = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    runs.push([start, i]);
  }
  return runs;
}

/** The lines with each questionnaire run rewritten as `Q: … A: …`; a text without one comes back unchanged. */
export function unfoldQuestionnaire(lines: readonly string[]): string[] {
  const out = [...lines];
  for (const [start, end] of listRuns(lines)) {
    const run = lines.slice(start, end);
    const questions = run.map(readQuestion);
    const pairs = run.map((line, k) => questions[k] ?? readYesNoField(line));
    if (questions.filter(Boolean).length < MIN_QUESTIONS || pairs.filter(Boolean).length < MIN_ANSWERED) continue;
    pairs.forEach((pair, k) => {
      if (pair) out[start + k] = `Q: ${pair[0]} A: ${pair[1]}`;
    });
  }
  return out;
}
