/**
 * A short answer no reader took, kept with the question it answers, as said: "What does the pain feel like?" —
 * "Throbbing."; "Taking anything for it?" — "Naproxen."; "Did you hear anything?" — "Like a pop." Alone the answer
 * says nothing, and turning a question into a statement takes a reader for each way of asking, so the pair is quoted
 * (the rule: quote rather than paraphrase when a rewrite would not be grammatical).
 */
import type { Utterance } from './types.js';
import { describeSpeaker } from './describe-speaker.js';
import { caseless } from '../text/caseless-pattern.js';

/** A reply that means nothing without reading the question for a yes or no: left to the yes/no readers. */
const BARE_REPLY = caseless(/^(?:(?:yes|yeah|yep|yup|no|nope|nah|okay|ok|sure|mm+|mhm|uh(?:-huh)?|um+|right|fine|maybe|not really|i think so|i don't know|don't know|not sure|thanks?|thank you|sorry|pardon|what|sometimes|a bit|a little)\b[\s,.!?]*)+$/);
const MAX_QUESTION_WORDS = 25;
/** An answer that only points ("Right here.", "These.", "That's."): what it points at is not in the words. */
const POINTS_ONLY = caseless(/^(?:(?:right|just|over|down|up|in|out|about)\s+)?(?:here|there|these|those|this|that|that's|this one|that one|these ones|those ones)[\s,.!?]*$/);
/** Questions about the visit's business, not the patient: a photo, a phone number, a form, the next appointment. */
const ADMIN = caseless(/\b(?:photos?|pictures?|numbers?|phone|mobile|address|e-?mail|file|forms?|consent|sign|appointments?|parking|booking|letter)\b/);

/** The clinician's question the utterance at `i` answers: the one just before it, in an earlier turn. */
export function findAskedQuestion(utterances: readonly Utterance[], i: number): Utterance | undefined {
  const u = utterances[i];
  const before = utterances[i - 1];
  if (!u || !before || u.role === 'clinician' || before.role !== 'clinician' || !before.question || before.turn === u.turn) return undefined;
  return before.text.split(/\s+/).length <= MAX_QUESTION_WORDS && !ADMIN.test(before.text) ? before : undefined;
}

/** True for an answer that says something of its own, short as it is ("Naproxen.", "Like a pop."). */
export function isContentAnswer(text: string): boolean {
  return !BARE_REPLY.test(text.trim()) && !POINTS_ONLY.test(text.trim());
}

/** `Asked "What does the pain feel like?", the patient said "Throbbing."` */
export function quoteAnswer(question: Utterance, answer: Utterance): string {
  const who = answer.role === 'patient' ? 'the patient' : (answer.label ? describeSpeaker(answer.label) : undefined) ?? 'a companion';
  return `Asked "${question.text.trim()}", ${who} said "${answer.text.trim()}"`;
}
