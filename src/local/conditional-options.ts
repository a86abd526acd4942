/**
 * Two sentence shapes said at either end of a visit that were dropped or misplaced for want of an order verb:
 * - a treatment offered for when it is needed, "If he needs more, you can add ibuprofen in between", "and if the
 *   itch is bad at night she can have a dab of the cream": the plan, though it opens on "if";
 * - the visit's purpose named by the clinician, "So this is our follow-up for the depression", "you're here today
 *   for your review of the asthma": the reason for the visit (history), though it names a follow-up and a condition.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs } from './clinical-vocabulary.js';

/** "If <condition>, <someone> can (also) <take/add/use…>": the permission after a condition. */
const OFFERED_IF = caseless(/^(?:(?:and|so|but|also|then),?\s+)*if [^,.;?!]{2,70},?\s+(?:then\s+)?(?:you|he|she|they|we|mum|mom|dad)(?: can| could| may|'re welcome to| are welcome to| is welcome to)(?: also| always| then| just| still)? (?:add|take|use|have|give|try|apply|put on|rub in|top up with|double up (?:on|with)|switch to|go up to|increase to)\b/);
/** What is offered must be a treatment: a named drug, a dose, or a remedy's form. */
const REMEDY = caseless(/\b\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|milligrams?|ml|millilitres?|milliliters?|grams?|g|%)\b|\b(?:puffs?|drops?|spray|gel|cream|ointment|lotion|balm|ice|heat|hot pack|cold pack|inhaler|nebuli[sz]er|tablets?|pills?|capsules?|sachets?|lozenges?|patch(?:es)?|dose|dressing|bandage|splint|brace|support)\b/);

export function offersTreatmentIfNeeded(text: string): boolean {
  if (/\?\s*$/.test(text)) return false;
  const m = OFFERED_IF.exec(text);
  if (!m) return false;
  const offered = text.slice(m[0].length);
  return findDrugs(offered).length > 0 || REMEDY.test(offered);
}

/** "This is our follow-up for…", "today's visit is a review of…", "you're here for your check-up on…". */
const PURPOSE = caseless(/^(?:(?:so|and|okay|ok|right|now|well|alright|hi|hello|good morning|good afternoon),?\s+)*(?:(?:this|today|today's (?:visit|appointment|call))(?:'s| is)|(?:you're|you are|we're|we are) (?:here|seeing you|speaking|talking|meeting)(?: today| again| now)?(?: for| about)?) (?:just )?(?:our|your|the|a|an|his|her|their) (?:[a-z0-9-]+ ){0,2}?(?:follow[- ]?up|review|check[- ]?up|check[- ]?in|recheck|reassessment|appointment)(?: (?:visit|appointment|consultation|call))? (?:for|of|on|about|regarding)\s+(?:the |your |his |her |their |my )?[a-z]/);

export function namesVisitPurpose(text: string): boolean {
  // (A purpose asked back, "today is your asthma review, isn't it?", waits for the patient's yes.)
  return PURPOSE.test(text) && !/\b(?:will|'ll|next|book|booking|schedule|arrange|want|would|should|need)\b/i.test(text)
    && !/(?:\?|\b(?:isn't it|is it|right|yes|correct|wasn't it))\W*$/i.test(text);
}
