/**
 * A course of sessions the visit is part of: a physiotherapist's "Continue PT twice a week for 4 more weeks" where the
 * therapist said "we'll keep going twice a week for another four weeks". Nobody names the service they are giving,
 * so the note's name for it is never said; that the sessions go on, and how often, is.
 */

/** Services given as a course of sessions by the clinician who runs the visit. */
export const SESSION_SERVICES = new Set(['physical therapy', 'occupational therapy', 'chiropractic care', 'acupuncture']);

/** The note carries the course on. */
const CARRY_ON_NOTE_RE = /\b(?:continue|continuing|ongoing|resume|keep)\b/i;
/** The clinician says the sessions go on: "keep going", "carry on", "another four weeks", "six more sessions". */
const CARRY_ON_SAID_RE = /\b(?:keep (?:going|coming|seeing you|at it)|carry on|continue|another (?:\w+ )?(?:weeks?|sessions?|visits?|months?)|more (?:weeks|sessions|visits|months))\b/i;
/** How often sessions run: "twice a week", "three times a week", "weekly", "every week", "sessions". */
const SESSION_RATE_RE = /\b(?:(?:once|twice|one|two|three|four|\d) (?:times? )?(?:a|per|each) week|weekly|every (?:other )?week|sessions?)\b/i;

/** Whether the statement continues a course the clinician said goes on, at a rate of sessions. */
export function isCourseCarriedOn(statement: string, lines: readonly { role: string; text: string }[]): boolean {
  if (!CARRY_ON_NOTE_RE.test(statement)) return false;
  return lines.some((l) => l.role === 'clinician' && CARRY_ON_SAID_RE.test(l.text) && SESSION_RATE_RE.test(l.text));
}
