/**
 * A conversation a dictation or phone app wrote as one punctuated paragraph: no labels, no line breaks, many short
 * turns ("Any numbness down the arm? No numbness, no. Did you fall? No, just the lifting."). Read as dictation, every
 * word would be the clinician's. It is cut into sentences and each is given a voice by what it says, the way a reader
 * follows such a text:
 *   - a question is the clinician's, unless only a patient would ask it ("Should I keep going?");
 *   - the sentence after a question is the other voice's answer;
 *   - otherwise a sentence with a clinician's or a patient's marks (an instruction, "your shoulder is…", "I'll…";
 *     "my back", "I've had…") is theirs, and one with neither goes on in the voice before it.
 * The turns are written as `Clinician:` and `Patient:` lines (a companion answering is read as the patient's side).
 * A dictated narrative, with long sentences and hardly a question, is not such a text; nor is any labelled one.
 */
import { isLayQuestion, scoreClinicianLikeness } from './infer-speaker-roles.js';

const MIN_SENTENCES = 20;
const MIN_QUESTIONS = 5;
/** A conversation asks often: a question at least every eight sentences. */
const MIN_QUESTION_SHARE = 1 / 8;
/** Turns of talk are short; a dictation's sentences are long. */
const MAX_MEAN_WORDS = 12;
const MAX_PARAGRAPHS = 3;
/** A speaker's label before a colon at a line's or a sentence's start: the text is labelled, not run on. */
const LABEL = /(?:^|[.?!]\s+)[\p{Lu}][\p{L}.'’-]*(?: [\p{L}.'’-]+){0,2}:\s/gmu;
/** A title or an initial whose full stop ends no sentence. */
const ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|vs|etc|e\.g|i\.e|approx)\.$/i;
/** An instruction or an announcement of what the clinician does: a clinician's sentence. */
const INSTRUCTION = /^(?:(?:okay|ok|right|alright|so|now|and|good|then),?\s+)*(?:take|breathe|drink|hold|turn|lie|sit|open|bite|show|point|swallow|cough|say|stand|keep|try|come|book|call|use|avoid|stop|put|relax|bend|lift|push|pull|squeeze|look|follow|rest|please|make sure|remember|don't|if you|tell me|let me|let's|i'm going to|i'll|we'll|we're going to|i'm (?:just )?(?:doing|going|checking)|(?:just )?going to)\b|^(?:(?:okay|ok|right|alright|so|now|and),?\s+)*(?:your|you're|you have|you've got)\b|\bfor me\b/i;
/** "Will it hurt?", "Is it going to scar?": a question of what the care will do to the asker is a patient's. */
const WORRY = /^(?:and |but |so )?(?:will|would|does|is|could|can) (?:it|that|this|the \w+) (?:hurt|sting|scar|be (?:sore|painful|long|okay)|take long|come back|go away|need)\b|^(?:is|was) (?:it|that) (?:normal|bad|serious)\b/i;

const ANSWER_OPENING = /^(?:yes|yeah|yep|no|nope|sure|okay|ok|fine)\b/i;

/** The sentences of a paragraph, cut after a full stop, question or exclamation mark that ends one. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.?!]+["'’)]?(?=\s+["'‘(]?[\p{Lu}\d])/gu)) {
    const end = m.index + m[0].length;
    // ("No. 4 bus" numbers; "No. Not at all." answers.)
    if (ABBREVIATION.test(text.slice(start, end)) || (/\bNo\.$/.test(text.slice(start, end)) && /^\s+\d/.test(text.slice(end)))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

const isQuestion = (s: string) => /\?["'’)]?$/.test(s);

/** True when the text is one run-on paragraph of talk (see above). */
function isRunOnConversation(text: string, sentences: readonly string[]): boolean {
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim() !== '');
  if (paragraphs.length > MAX_PARAGRAPHS || sentences.length < MIN_SENTENCES || (text.match(LABEL) ?? []).length >= 2) return false;
  const questions = sentences.filter(isQuestion).length;
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  return questions >= MIN_QUESTIONS && questions >= sentences.length * MIN_QUESTION_SHARE && words / sentences.length <= MAX_MEAN_WORDS;
}

type Voice = 'Clinician' | 'Patient';
const other = (v: Voice): Voice => (v === 'Clinician' ? 'Patient' : 'Clinician');

/** The voice of each sentence, by what it says and what came before it. */
function assignVoices(sentences: readonly string[]): Voice[] {
  const voices: Voice[] = [];
  sentences.forEach((s, i) => {
    const before = i > 0 ? sentences[i - 1]! : undefined;
    const last = voices.at(-1) ?? 'Clinician';
    const answers = before !== undefined && isQuestion(before);
    // "Yes please, same time?": a question that opens with an answer is the other voice's, however it ends.
    if (isQuestion(s) && !(answers && ANSWER_OPENING.test(s))) voices.push(isLayQuestion(s) || WORRY.test(s) ? 'Patient' : 'Clinician');
    else if (answers) voices.push(other(last));
    else if (s.split(/,\s+/).some((clause) => INSTRUCTION.test(clause))) voices.push('Clinician');
    else {
      const score = scoreClinicianLikeness([s]);
      voices.push(score >= 2 ? 'Clinician' : score <= -2 ? 'Patient' : last);
    }
  });
  return voices;
}

/** The paragraph as `Clinician:` and `Patient:` turns, one a line, or undefined when it is not such a text. */
export function readRunOnConversation(text: string): string | undefined {
  const sentences = splitSentences(text.replace(/\s+/g, ' ').trim());
  if (!isRunOnConversation(text, sentences)) return undefined;
  const voices = assignVoices(sentences);
  const turns: string[] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && voices[i] === voices[i - 1]) turns[turns.length - 1] += ` ${s}`;
    else turns.push(`${voices[i]}: ${s}`);
  });
  return turns.join('\n');
}
