/**
 * "Shall we book a video call in two weeks to see how the sleep is going?", "why don't we get a kidney blood test
 * next week?": a next step the clinician offers as a question. Questions are never placed, so the follow-up or test
 * was lost; it is the plan, written as what was offered ("Offered to book a video call in 2 weeks…"), which stays
 * true whatever the answer. An offer only counts when it names a step of care or a time ahead, so "shall we sit
 * down?" or "shall we have a look?" stays the visit's talk.
 */
import { caseless } from '../text/caseless-pattern.js';

const OFFER = caseless(/^(?:(?:and|so|okay|ok|right|then|now|well),?\s+)*(?:shall we|should we|why don't we|how about we|what about we|can we|could we|do you want (?:me|us) to|would you like (?:me|us) to|shall i|should i)\s+(?:just |also |then |maybe |perhaps )?(?=[a-z])/);
const STEP = caseless(/\b(?:appointment|follow[- ]?up|review|(?:video |phone |telephone |zoom |teams )?call|check[- ]?(?:up|in)|referral|refer|blood tests?|bloods|scan|x-?ray|ultrasound|mri|ecg|swab|prescription|trial|physio\w*|therapy|counsell\w*|course|session)\b/);
const AHEAD = caseless(/\b(?:in (?:a |an |one |two |three |four |five |six |a few |a couple of |\d+ )?(?:days?|weeks?|months?|fortnight)|next (?:week|month|time|visit)|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/);
/** Steps of the exam or the visit itself, offered just as politely. */
const VISIT_ITSELF = caseless(/^(?:have a (?:look|listen|feel)|take a look|look|sit|start|begin|get started|go (?:through|over)|check (?:your|the) (?:blood pressure|pulse|temperature|weight|chest|ears?|throat)|listen|pop you|get you (?:on|up))\b/);

export function offersNextStep(text: string): boolean {
  const m = OFFER.exec(text);
  if (!m) return false;
  const step = text.slice(m[0].length);
  return !VISIT_ITSELF.test(step) && (STEP.test(step) || AHEAD.test(step)) && step.split(/\s+/).length >= 3;
}

/** The offer as the note writes it: "Offered to book a video call in 2 weeks to see how the sleep is going." */
export function restateOfferedStep(text: string): string {
  const m = OFFER.exec(text);
  if (!m || !offersNextStep(text)) return text;
  const step = text.slice(m[0].length).replace(/[?.!]*\s*$/, '');
  return `Offered to ${step}.`;
}
