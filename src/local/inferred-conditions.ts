/**
 * What a clinician infers, as against what they see: "The nerve inside the tooth is inflamed" (no one sees a nerve;
 * it is the judgement that explains the lingering pain), "It's not an abscess, at least not yet" (a condition ruled
 * out). And the reverse: "No sinus tract — no little pimple on the gum that would suggest a draining infection" is a
 * finding looked for and not found, though it names what it would have meant.
 */
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM } from './clinical-vocabulary.js';

const LEAD = String.raw`^(?:(?:so|and|but|okay|now|well|basically|essentially),?\s+)*`;

/** A structure inside the body, never seen at the couch, said to be inflamed, infected or damaged. */
const INSIDE_JUDGED = caseless(new RegExp(
  `${LEAD}(?:the|your|his|her|their|that|this) (?:nerve|pulp|root|tendon|tendon sheath|bursa|joint lining|lining of the joint|cartilage|disc|disk|nerve root|sinus lining|bone(?: underneath)?)`
  + String.raw`(?: (?:inside|in|of|around|under) (?:the|your|his|her|their|that|this) [a-z-]+)? (?:is|'s|are) (?:now |probably |likely |definitely |really |quite |a bit |a little |very )*(?:inflamed|irritated|infected|dying|dead|damaged|compressed|pinched|worn|degenerat\w+|swollen)\b`,
));

/** "It's not an abscess", "this isn't a fracture": a condition ruled out is part of the judgement. */
const RULED_OUT = caseless(new RegExp(`${LEAD}(?:it's not|it is not|it isn't|this is not|this isn't|that's not|that is not|that isn't) (?:an? )?((?:[a-z-]+ ){0,2}[a-z-]+)`));

/** Read off an image or a scan, the structure's state is a result, not an inference. */
const ON_IMAGE = caseless(/\b(?:x-?ray|scan|mri|ultrasound|image|film|radiograph)s?\b|\bshows?\b/);

export function infersInsideState(text: string): boolean {
  return INSIDE_JUDGED.test(text.trim()) && !ON_IMAGE.test(text);
}

export function rulesOutCondition(text: string): boolean {
  const named = RULED_OUT.exec(text.trim())?.[1];
  return named !== undefined && DIAGNOSIS_TERM.test(named) && text.split(/\s+/).length <= 12 && !/\b(?:will|'ll|going to|need|if|worry|problem)\b/i.test(text);
}

/**
 * "No sinus tract — no little pimple … that would suggest a draining infection", "down at the root tip — no dark area,
 * so no infection at the tip of the root yet": a sign looked for and absent, with what its absence means.
 */
const ABSENT_SIGN = caseless(/^(?:(?:and|so|okay|also),?\s+)?no [a-z][a-z -]{1,30}\b[^.?!]*\b(?:that|which) (?:would|might|could|can) (?:suggest|indicate|mean|point to)\b|^(?:(?:and|but|so|okay|also),?\s+)*(?:(?:down |up |out )?(?:at|on|in|around|over|under) (?:the|its|this|that) [a-z -]{2,30}?\s*(?:\u2014|\u2013|-|,|:)\s*)?no [a-z][a-z -]{1,30},\s*so (?:no|there's no|there is no|not)\b/);

export function looksForAbsentSign(text: string): boolean {
  return ABSENT_SIGN.test(text.trim());
}
