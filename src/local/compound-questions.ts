/**
 * "How long has it been going on? Any fever or back pain?" — "2 days. No fever, no back pain.": two questions in one
 * turn answered in order in one reply. Read whole, the reply's "2 days" would answer the last question ("Fever or back
 * pain: 2 days"); split, each question gets its own answer.
 */
import type { Turn } from './types.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';
import { isQuestion } from './extract-utterances.js';
import { NEGATIVE, POSITIVE, cleanAnswer, words } from './answer-pair.js';
import { caseless } from '../text/caseless-pattern.js';

/** A question that asks for a value (how long, when, how many), not for a yes or a no. */
const VALUE_QUESTION = caseless(/^(?:(?:and|so|okay|now|also)[,\s]+)*(?:how (?:long|many|much|often|old|bad|far)|when|what|which|where)\b/);
/** A reply to a yes/no question: "No fever, no back pain", "Yes, a little", "None". */
const YES_NO_REPLY = caseless(/^(?:no|not|none|never|nope|yes|yeah|yep|a little|a bit|some|only)\b/);

export interface SubQuestion { question: string; answers: string[] }

/** The turn's last two questions paired with the reply's sentences in order, when the reply reads that way. */
export function splitCompoundAnswer(q: Turn, question: string, answers: readonly string[]): SubQuestion[] | undefined {
  if (answers.length < 2) return undefined;
  const asked = splitSentences(normalizeAsrText(q.text)).filter((s) => isQuestion(s));
  if (asked.length < 2 || !question.endsWith(asked.at(-1)!.replace(/^.*?,\s*(?=any\b)/i, ''))) return undefined;
  const earlier = asked.at(-2)!;
  const first = cleanAnswer(answers[0]!);
  const rest = cleanAnswer(answers[1]!);
  if (!VALUE_QUESTION.test(earlier) || VALUE_QUESTION.test(question)) return undefined;
  // The first sentence is a short value ("2 days", "Since Monday"), the next a yes or a no to the last question.
  if (words(first) > 5 || NEGATIVE.test(first) || POSITIVE.test(first) || !YES_NO_REPLY.test(rest)) return undefined;
  return [{ question: earlier, answers: [answers[0]!] }, { question, answers: answers.slice(1) }];
}
