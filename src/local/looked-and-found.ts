/**
 * "I looked — rails absent by the bath", "while leaving I tried the alarm — not sounding", "he let me open the
 * cupboard: nearly bare": a clinician's note of something they looked at or tried themselves, then, after a dash or a
 * colon, what they found in a verbless phrase. A home visit's or a ward round's written notes say what was seen so; it
 * is the exam (the observation), whatever the thing looked at.
 */
import { caseless } from '../text/caseless-pattern.js';

/** The writer's act of looking or trying: a first-person verb of perceiving or testing. */
const LOOKED = caseless(/\b(?:i|me|we|us)\s+(?:(?:then|also|just|quickly|briefly|personally)\s+)?(?:looked|look|checked|check|tested|test|tried|try|opened|open|inspected|inspect|examined|examine|observed|observe|saw|see|noticed|notice|peeked|peek|glanced|glance|measured|measure|weighed|weigh|went through|walked through|went into)\b/);
/** The act clause and the finding after a dash or colon. */
const ACT_THEN_FINDING = /^([^—–:?!]{4,120}?)\s*(?:[—–]|\s-\s|:)\s*([^?]{3,160})$/;
/** A finding told in a clause of its own (a person acting, a time ahead) is not a verbless finding. */
const NOT_VERBLESS = caseless(/\b(?:i|we|you|he|she|they|will|'ll|going to|should|would|could|need to|needs to|let's|because|if)\b|\b(?:i|you|we|they)'(?:m|re|ve|d)\b/);

export function reportsLookedAndFound(text: string): boolean {
  const m = ACT_THEN_FINDING.exec(text.trim());
  if (!m) return false;
  const act = m[1]!;
  const found = m[2]!.trim();
  if (act.split(/\s+/).length > 14 || !LOOKED.test(act)) return false;
  return /\p{L}{3,}/u.test(found) && found.split(/\s+/).length >= 2 && !NOT_VERBLESS.test(found);
}
