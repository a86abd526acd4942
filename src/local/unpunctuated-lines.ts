/**
 * A visit pasted a turn a line with no labels and almost no closing marks, as a live-captioning app or a speech
 * recogniser saves it ("did you black out at all" / "no" / "any neck pain" / "no neck pain"). The readers of an
 * unlabelled dialogue find its questions by their question marks, so with none it was read as one long dictation and
 * every answer became the clinician's. Where most lines end on no mark at all, a line whose last sentence is shaped
 * as a question (an auxiliary or a question word first, "any …") is given the question mark its speaker's voice gave
 * it, and each line is given a speaker by what it says: the line after the clinician's question answers it, a short
 * line in the first person is the patient's, and the rest (findings called out, advice) the clinician's. A coach or a
 * parent beside the patient cannot be told from the patient here; their answers are still answers.
 */
import type { Turn } from './types.js';
import { isQuestion } from './extract-utterances.js';
import { splitSentences } from './split-sentences.js';
import { readAlternatingLines, scoreSpeaker } from './alternating-lines.js';

/** Fewer lines than this, or fewer questions answered, is too little to call a conversation. */
const MIN_LINES = 8;
const MIN_ANSWERED = 3;
/** The share of lines that must end on no mark. */
const MIN_UNMARKED = 0.7;
/** Longer than this, a line in the first person is the clinician's explaining ("I can't say yet, a doctor does that…"). */
const MAX_OWN_WORDS = 12;

const CLOSED = /[.?!…:;]["')\]]?\s*$/;

/** True when the turns are lines of their own, most of them ending on no mark. */
function isUnpunctuatedLines(turns: readonly Turn[]): boolean {
  if (turns.length < MIN_LINES || new Set(turns.map((t) => t.line)).size !== turns.length) return false;
  return turns.filter((t) => !CLOSED.test(t.text)).length >= turns.length * MIN_UNMARKED;
}

/** The turns with each unmarked line that asks a question closed on a question mark; other texts unchanged. */
export function markUnpunctuatedQuestions(turns: readonly Turn[]): Turn[] {
  if (!isUnpunctuatedLines(turns)) return [...turns];
  return turns.map((t) => {
    if (CLOSED.test(t.text)) return t;
    const last = splitSentences(t.text).at(-1) ?? t.text;
    return isQuestion(last.trim()) ? { ...t, text: `${t.text.trimEnd()}?` } : t;
  });
}

function asks(text: string): boolean {
  return /\?\s*$/.test(text);
}

/**
 * The unlabelled turns of such a visit with a speaker given to each line, or undefined when the text is not one (too
 * few lines, most closed by marks, or too few questions answered on the next line: a dictation said a sentence a line).
 */
export function readUnpunctuatedLines(turns: readonly Turn[]): Turn[] | undefined {
  if (!isUnpunctuatedLines(turns)) return undefined;
  const marked = markUnpunctuatedQuestions(turns);
  const answered = marked.filter((t, k) => asks(t.text) && marked[k + 1] !== undefined && !asks(marked[k + 1]!.text)).length;
  if (answered < MIN_ANSWERED) return undefined;
  const alternating = readAlternatingLines(marked);
  if (alternating) return alternating;
  const out: Turn[] = [];
  for (const t of marked) {
    const before = out.at(-1);
    const vote = scoreSpeaker(t.text);
    const answers = before?.role === 'clinician' && asks(before.text) && vote <= 0 && !asks(t.text);
    const own = vote < 0 && t.text.split(/\s+/).length <= MAX_OWN_WORDS;
    out.push({ ...t, role: answers || own ? 'patient' : 'clinician' });
  }
  return out;
}
