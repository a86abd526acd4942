/**
 * What the clinician asks for while examining is the exam being done, not the plan: "Let's look at the knee first",
 * "let's watch you walk to the door and back", "I'd like to have a little look if that's okay", and its ending, "You
 * can close your mouth", "you can sit back up". A video visit says these aloud because the clinician cannot touch.
 * The plan's requests say when or what is ordered ("let's check your bloods in three months"), so those stay.
 */
import { caseless } from '../text/caseless-pattern.js';

// ("Since you're on the pill and going to altitude, I'll just check your blood pressure": a reason said first.)
const LEAD = String.raw`^(?:(?:okay|ok|now|right|so|and|first|next|then|alright|lovely|great|good),?\s+)*(?:(?:since|because|as|given)\b[^,.?!]{3,80},\s*)?`;
const LOOK_REQUEST = caseless(new RegExp(`${LEAD}(?:let's|let us|let me|i'd like to|i would like to|i want to|can i|could i|i'll just|we'll just)\\s+(?:just\\s+|quickly\\s+|now\\s+)?(?:(?:have|take) a (?:quick |little |closer |proper )?(?:look|feel|listen)|look at|watch (?:you|him|her|them)|see (?:you|him|her|them) (?:walk|stand|move|bend|squat|hop)|do (?:one|a|another|a quick|one more) (?:more |quick |little )?(?:test|check))\\b([^.?!]{0,60})[.!]?$`));
const FINISHES_EXAM = caseless(new RegExp(`${LEAD}(?:you can|you may)\\s+(?:now\\s+)?(?:close your mouth|sit (?:back )?up|sit back|get dressed|relax|come back up|lie back|put your (?:top|shirt|clothes|shoes|socks?|trousers|glasses) back on|pop your \\w+ back on|stand down)\\b[^.?!]{0,25}[.!]?$`));
/** A look at results, a test or a later visit is plan or results talk, not a request at the couch. */
const NOT_AT_THE_COUCH = /\b(?:results?|bloods?|blood tests?|x-?rays?|scans?|mri|ct|ultrasound|urine|letter|notes|chart|options|medications?|tablets|plan|next (?:week|time|visit)|in (?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)|again|at home|tomorrow)\b/i;

/** "Let's watch you walk to the door": the clinician asks to examine now, so the exam has begun. */
export function asksToExamine(text: string): boolean {
  const look = LOOK_REQUEST.exec(text);
  return look !== null && !NOT_AT_THE_COUCH.test(text) && !/\d/.test(look[1] ?? '');
}

/** True for a request made while examining, or its ending, that says nothing the note needs. */
export function isExamRequest(text: string): boolean {
  return asksToExamine(text) || FINISHES_EXAM.test(text);
}
