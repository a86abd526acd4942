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
const VISIT_RATE = '(?:once|twice|one|two|three|four|five|\\d) (?:times? )?(?:a|per|each) week|weekly|every (?:other )?week';
const SESSION_RATE_RE = new RegExp(`\\b(?:${VISIT_RATE}|sessions?)\\b`, 'i');
/** A rate alone, without the bare word "sessions". */
const VISIT_RATE_RE = new RegExp(`\\b(?:${VISIT_RATE})\\b`, 'i');

/** The clinician books their own sessions: "I'll see you three times a week", "we'll see him weekly". */
const OWN_SESSIONS_SAID_RE = /\b(?:i'll|we'll|i will|we will|i'd like to|we'd like to|i want to|going to|gonna) (?:see|have) (?:you|him|her|them)\b/i;

/**
 * Whether the statement continues a course the clinician said goes on, at a rate of sessions; or gives the rate of a
 * course the clinician booked with themselves at that visit ("PT three times a week" where the therapist said "I'll
 * see you three times a week").
 */
export function isCourseCarriedOn(statement: string, lines: readonly { role: string; text: string }[]): boolean {
  const clinician = lines.filter((l) => l.role === 'clinician');
  if (CARRY_ON_NOTE_RE.test(statement) && clinician.some((l) => CARRY_ON_SAID_RE.test(l.text) && SESSION_RATE_RE.test(l.text))) return true;
  return VISIT_RATE_RE.test(statement) && clinician.some((l) => OWN_SESSIONS_SAID_RE.test(l.text) && VISIT_RATE_RE.test(l.text));
}
