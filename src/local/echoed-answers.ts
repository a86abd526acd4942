/**
 * "…racing thoughts?" — "No racing thoughts.", "…or any plan?" — "No plan.": a short denial that takes up the
 * clinician's own words answers that question, so it is a pertinent negative of the history, though the words it
 * shares (a plan, racing thoughts) are none the clinical lexicon knows. A short answer that only agrees or places
 * ("On the left side.") says little without its question and is left out; one in the question's own words ("Indoor
 * only.") is read too, below. A denial to a safety question ("…thoughts of ending your life, or any plan?" — "No
 * plan.") is the risk assessment's.
 */
import type { Turn, Utterance } from './types.js';
import { normalizeAsrText } from './normalize-asr-text.js';
import { splitSentences } from './split-sentences.js';
import { RISK_TOPIC } from './read-topic-answer.js';

const MAX_WORDS = 8;
/** Words any question and answer share without sharing a topic. */
const COMMON = new Set('about after again also always anything been before being could does doing done ever from going have just know like more much need never other really since some something still than that their them then there these they thing things think this those time very want well were what when where which while will with would your yours today lately recently okay'.split(' '));

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4 && !COMMON.has(w)));
}

/** The denial, short and no question itself, repeats a word the clinician's last question turned on: its block. */
export function readEchoedDenial(u: Utterance, turns: Turn[]): 'history' | 'risk' | undefined {
  if (u.role === 'clinician' || u.question || u.text.split(/\s+/).length > MAX_WORDS || !/^(?:(?:and|but|oh|um),?\s+)?(?:no|not|never|none)\b/i.test(u.text)) return undefined;
  const before = turns[u.turn - 1];
  if (!before || before.role !== 'clinician') return undefined;
  const sentences = splitSentences(normalizeAsrText(before.text));
  if (!/\?\s*$/.test(sentences.at(-1) ?? '')) return undefined;
  // "Any missed doses? Any doubled up?" — "No missed doses.": the turn's questions run on to its end, and the denial
  // may take up any of them, not only the last.
  const asked = sentences.slice(lastStatement(sentences) + 1).reverse().find((q) => echoes(u.text, q));
  if (asked === undefined) return undefined;
  return RISK_TOPIC.test(asked) ? 'risk' : 'history';
}

/** The index of the turn's last sentence that is no question (-1 when it only asks). */
function lastStatement(sentences: string[]): number {
  for (let k = sentences.length - 1; k >= 0; k--) if (!/\?\s*$/.test(sentences[k]!)) return k;
  return -1;
}

function echoes(answer: string, question: string): boolean {
  const topic = contentWords(question);
  return [...contentWords(answer)].some((w) => topic.has(w) || topic.has(w.replace(/(?:ed|s)$/, '')) || [...topic].some((t) => t.replace(/(?:ed|s)$/, '') === w.replace(/(?:ed|s)$/, '')));
}

const MAX_ECHO_WORDS = 6;
/**
 * "Is she indoor only? Any other pets?" — "Indoor only.": a short answer that takes up the question's own words states
 * what was asked, so it stands without the question (unlike "On the left side.", which says little alone). Yes and no
 * are left to the yes/no readers and denials to readEchoedDenial.
 */
export function readEchoedStatement(u: Utterance, turns: Turn[]): boolean {
  const words = u.text.split(/\s+/).length;
  if (u.role === 'clinician' || u.question || words < 2 || words > MAX_ECHO_WORDS || /^(?:(?:and|but|oh|um|well),?\s+)?(?:yes|yeah|yep|no|not|never|none|nope|maybe|i think|i don't|sure|okay)\b/i.test(u.text)) return false;
  const before = turns[u.turn - 1];
  if (!before || before.role !== 'clinician') return false;
  const sentences = splitSentences(normalizeAsrText(before.text));
  if (!/\?\s*$/.test(sentences.at(-1) ?? '')) return false;
  return sentences.slice(lastStatement(sentences) + 1).some((q) => echoes(u.text, q) && !RISK_TOPIC.test(q));
}
