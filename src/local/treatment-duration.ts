/**
 * "So we're at roughly ten weeks on the 100 now", "you're six months into the course": the clinician tells how long a
 * treatment has run. It names no drug the lexicon knows when it says the dose alone ("the 100"), and no symptom, so it
 * was dropped; it is the medication history. ("You've been on the metformin for three months" was already read so.)
 */
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)`;
const TIME_ON = new RegExp(String.raw`^(?:(?:so|and|okay|ok|right|now|well),?\s+)*(?:we're|we are|you're|you are|he's|he is|she's|she is|they're|they are)(?: now)? (?:(?:at|about|roughly|around|nearly|almost|just over|over|coming up to|already)\s+)*${NUMBER}\s+(?:days?|weeks?|months?|years?) (?:on|into)\s+(?:the|your|his|her|their|this|that)\b`, 'i');

/** True for a statement of how long the patient has been on a treatment, said now (not planned). */
export function tellsTimeOnTreatment(text: string): boolean {
  return TIME_ON.test(text) && !/\?\s*$/.test(text) && !/\b(?:will|'ll|going to|by the time|once|when|if)\b/i.test(text);
}
