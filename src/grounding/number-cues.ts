/**
 * What a note's words say about its numbers: a statement about the next visit ("follow up in 2 weeks", GP "Review
 * 1/52", "F/U 2 wks", "RTC 3 months"), a limit rather than a value ("<14 units/week", "more than 2 hours"), and GP
 * shorthand for what a time is about, in the words a conversation says it ("LMP" is the period, "sx" the symptoms).
 */

/** A note statement about the next visit or call. */
const NOTE_FOLLOW_UP_RE = /\b(?:follow(?:ing)?[- ]?up|f\/u|fu|rtc|appt|see again|review|reviewed|return|recheck|re-?check|see (?:him|her|them|you|the patient)|come back|revisit|reassess|appointment|touch base|call|phone|telephone)\b/i;
/** Words right before a time that make it the next visit's: "review 1/52", "f/u 2 wks", "rtc 3 months". */
const FOLLOW_UP_LEAD_RE = /(?:^| )(?:review|f \/ u|fu|rtc|follow up|followup|recheck|again|revisit|reassess|appointment|appt)(?: in| after| for)?$/;
/** Words before a number that make it a limit: "<14", "more than 2", "at least 3", "up to 5". */
const BOUND_BEFORE = new Set(['<', '>', '≤', '≥']);
const BOUND_PHRASES = new Set(['less than', 'more than', 'greater than', 'fewer than', 'at least', 'up to', 'no more', 'at most']);

/** GP shorthand in a note and the words a conversation says it in, so "LMP 2/52 ago" is about the period. */
const TOPIC_SHORTHAND: Readonly<Record<string, readonly string[]>> = {
  lmp: ['period', 'periods', 'menstrual'], sob: ['breath', 'breathless', 'breathing'], soboe: ['breath', 'breathless', 'breathing'],
  sx: ['symptoms'], si: ['sexually', 'sex', 'intercourse'], upsi: ['sexually', 'sex', 'intercourse', 'unprotected'], etoh: ['alcohol', 'drink', 'drinking'],
  abdo: ['abdominal', 'tummy', 'stomach', 'belly'], bo: ['bowels', 'bowel', 'stool', 'stools'], cp: ['chest'], ha: ['headache', 'headaches'],
  pu: ['urine', 'urinating', 'peeing', 'wee'], uti: ['urine', 'water', 'infection'], urti: ['cold', 'cough', 'throat'],
  pv: ['vaginal', 'discharge', 'bleeding'], ex: ['stopped', 'quit'],
};

export function isFollowUpStatement(statement: string): boolean {
  return NOTE_FOLLOW_UP_RE.test(statement);
}

/**
 * Whether a future time of a follow-up statement is the next visit's: not when another time stands between it and
 * the follow-up word before it ("see him in 4 weeks …, and we'll repeat the HbA1c in 3 months": the 3 months are the
 * blood test's). With no follow-up word before it ("in 2 weeks, review") the statement's cue counts.
 */
export function isNextVisitTime(tokens: readonly string[], at: number, timeIndexes: readonly number[]): boolean {
  for (let k = at - 1; k >= 0; k -= 1) {
    if (timeIndexes.includes(k)) return false;
    if (NOTE_FOLLOW_UP_RE.exec(tokens.slice(k, k + 4).join(' '))?.index === 0) return true;
  }
  return true;
}

/** A time right after a follow-up word ("Review 1/52") looks ahead even without an "in". */
export function isLedByFollowUp(tokens: readonly string[], at: number): boolean {
  return FOLLOW_UP_LEAD_RE.test(tokens.slice(Math.max(0, at - 3), at).join(' '));
}

export function isBound(tokens: readonly string[], at: number): boolean {
  return BOUND_BEFORE.has(tokens[at - 1] ?? '') || BOUND_PHRASES.has(`${tokens[at - 2] ?? ''} ${tokens[at - 1] ?? ''}`);
}

/** The note's tokens with the conversation's words for its shorthand added. */
export function expandShorthand(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => [t, ...(TOPIC_SHORTHAND[t] ?? [])]);
}
