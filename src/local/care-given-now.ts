/**
 * Care the clinician gives with their own hands during the visit, narrated as it is done: "I'm cleaning the wound
 * with saline", "I'm using a foam dressing and a crepe bandage over it", "Tubigrip, I'm putting it on now",
 * "Irrigated with saline and packed", "Here's a spacer to take home". A nurse's, a trainer's or a pharmacist's visit
 * is full of these, and none of them is said as a plan ("we'll…", "I'm going to…"), so they were dropped. What was
 * done for the patient is the note's plan (the treatment given), whatever its tense.
 */
import { caseless } from '../text/caseless-pattern.js';

const LEAD = String.raw`^(?:(?:okay|ok|so|and|now|right|alright|then|next|first),?\s+)*`;

/** What is put on, in or round a patient as treatment: dressings, supports, creams, cold. */
const CARE_ITEM = String.raw`(?:dressings?|bandag\w*|wraps?|compression|strapping|tape|taping|splints?|braces?|slings?|boots?|collars?|casts?|creams?|ointments?|emollients?|gels?|barrier|steri-?strips?|plasters?|gauze|pads?|ice|cold packs?|ice packs?|stockings?|tubigrip|saline|foam|alginate|hydrocolloid|silver|honey)`;
const ITEM = caseless(String.raw`\b${CARE_ITEM}\b`);

/** "I'm cleaning…", "we're strapping…", "I've just dressed…": a verb that is itself a piece of care. */
const CARING = caseless(String.raw`${LEAD}(?:[^,.?!]{2,40},\s*)?(?:i|we)(?:'m| am|'re| are)? (?:just |now |also )?(?:washing|cleaning|cleansing|irrigating|debriding|dressing|re-?dressing|bandaging|wrapping|strapping|taping|packing|splinting|applying)\b|${LEAD}(?:i|we)(?:'ve| have) (?:just |now |also )?(?:washed|cleaned|cleansed|irrigated|debrided|re-?dressed|bandaged|wrapped|applied)\b`);

/** "I'm using a foam dressing", "I'm putting it on now", "we're fitting the boot": a general verb with the care named. */
const USING = caseless(String.raw`${LEAD}(?:[^,.?!]{2,40},\s*)?(?:i|we)(?:'m| am|'re| are) (?:just |now |also )?(?:using|putting|fitting|placing|giving you)\b`);

/** "Cleaned with saline, pat dry", "Irrigated and packed": the care said as a participle, the way it is charted. */
const CHARTED = caseless(/^(?:(?:wound |ulcer |leg |area )?(?:washed|cleaned|cleansed|irrigated|debrided|re-?dressed|bandaged|packed|strapped|taped))\b(?: (?:with|and|using|then)\b)/);

/** "Here's a spacer to take home", "This is your alert card to carry": an item handed over for the patient to keep. */
const HANDED_ITEM = caseless(String.raw`${LEAD}(?:here's|here is|here are|this is|these are) (?:a |an |your |the |some )?[\w -]{0,30}?\b(?:card|leaflet|booklet|sheet|diary|organi[sz]er|spacer|pill box|dosette|chart|voucher|letter|splint|brace|crutches|stick|sling|${CARE_ITEM})\b[^?]{0,40}\b(?:to (?:keep|carry|take|use|wear|read|fill)|for (?:you|your|home|later))\b`);

/** Not care given now: the patient's own ("my hands"), what was done before, or what might be done. */
const NOT_NOW = caseless(/\b(?:my hands?|if|unless|when you|at home|usually|normally|last (?:time|week|visit)|yesterday|ago|have you|did you|do you)\b/);

/** True for care the clinician carries out during the visit, or an item handed over to keep. */
export function isCareGivenNow(text: string): boolean {
  if (/\?\s*$/.test(text) || NOT_NOW.test(text)) return false;
  if (CHARTED.test(text) || HANDED_ITEM.test(text)) return true;
  if (CARING.test(text)) return true;
  return USING.test(text) && ITEM.test(text);
}
