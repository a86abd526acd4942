/**
 * Said in the future tense, the visit's own agenda reads like the plan: "I'd like to do a quick physical exam", "we'll
 * look at some of his results", "the nurse will be in", "it was good to see you". It is what happens in the room in
 * the next minutes, or a courtesy, not what the patient is to do or what is ordered; a plan that keeps it says
 * nothing more, and ACI-Bench's reference plans never hold it.
 */
import { caseless } from '../text/caseless-pattern.js';

const LEAD = String.raw`^(?:(?:so|okay|ok|alright|all right|right|now|well|and|y|yeah|yes|um|uh|first|next|then),?\s+)*`;
const WE_WILL = String.raw`(?:(?:i|we)(?:'d| would) like to|(?:i|we) (?:want|need) to|(?:i|we)(?:'ll| will)|(?:i'm|we're|i am|we are) (?:going to|gonna)|let me|let's|let us)`;

/** "I'd like to do a quick physical exam", "we'll go ahead and examine you", "let me take a look at that knee". */
const ANNOUNCES_EXAM = caseless(new RegExp(
  `${LEAD}(?:${WE_WILL},?\\s+(?:go ahead(?: and)?,?\\s+)?)+(?:just\\s+|quickly\\s+|now\\s+)?(?:(?:do|have|perform|get)\\s+(?:a|an|your|his|her)?\\s*(?:quick|brief|little|short|focused)?\\s*(?:physical\\s+)?(?:exam|examination)|examine\\s+(?:you|him|her|them)|(?:take|have)\\s+a\\s+(?:quick\\s+)?look\\s+at\\s+(?:you|him|her|them|it|that|this))\\b`,
));
/** "We'll look at some of his results", "let's review your vital signs": read in the room now, not sent for. */
const REVIEWS_RESULTS_NOW = caseless(new RegExp(
  `${LEAD}(?:${WE_WILL},?\\s+(?:go ahead(?: and)?,?\\s+)?)+(?:just\\s+|quickly\\s+)?(?:look at|review|go over|go through|check)\\s+(?:some of\\s+)?(?:your|his|her|their|the)\\s+(?:results|labs|lab work|vital signs|vitals|numbers)\\b`,
));
/** When the results are looked at later ("when they come back", "next visit"), the review is a plan item. */
const LATER = caseless(/\b(?:next|when|once|after|before|in (?:a|\d+|one|two|three|four|six) (?:days?|weeks?|months?)|back|follow[- ]?up|tomorrow)\b/);
/** "The nurse will be in", "the nurse is going to come in to get you checked out": the visit going on. */
const STAFF_COMING_IN = caseless(/^(?:(?:so|okay|ok|alright|and|now),?\s+)*(?:the|my|a) (?:nurse|medical assistant|ma|assistant|tech|technician)\s+(?:will|'ll|is going to|is gonna)\s+(?:be in|come in|be (?:right )?with you|come back)\b/);
/** "It was good to see him", "thanks for coming in today", "nice to meet you": a courtesy. */
const COURTESY = caseless(/^(?:(?:so|okay|ok|alright|well|and|all right),?\s+)*(?:it was|it's been|it is|(?:it's|it is)|great|good|nice|lovely)?\s*(?:(?:good|nice|great|lovely|a pleasure) (?:to )?(?:see|meet|talk to|speak (?:to|with)|catch up with) (?:you|him|her|them|everyone)|thank(?:s| you) (?:so much |very much )?for coming in)\b/);

/** A line of the visit's agenda or a courtesy, said where the plan is read, which is no item of the plan. */
export function isVisitAgenda(text: string): boolean {
  const t = text.trim();
  if (ANNOUNCES_EXAM.test(t)) return true;
  if (REVIEWS_RESULTS_NOW.test(t) && !LATER.test(t)) return true;
  return STAFF_COMING_IN.test(t) || (COURTESY.test(t) && t.split(/\s+/).length <= 12);
}

/** The plan without the visit's agenda and courtesies; a plan that holds nothing else keeps them rather than go empty. */
export function dropVisitAgenda<T extends { text: string }>(items: T[]): T[] {
  const kept = items.filter((item) => !isVisitAgenda(item.text));
  return kept.length > 0 && kept.length < items.length ? kept : items;
}
