/**
 * What the clinician asks for while examining is the exam being done, not the plan: "Let's look at the knee first",
 * "let's watch you walk to the door and back", "I'd like to have a little look if that's okay", and its ending, "You
 * can close your mouth", "you can sit back up". A video visit says these aloud because the clinician cannot touch.
 * The plan's requests say when or what is ordered ("let's check your bloods in three months"), so those stay.
 */
import { caseless } from '../text/caseless-pattern.js';

// ("Since you're on the pill and going to altitude, I'll just check your blood pressure": a reason said first.)
const LEAD = String.raw`^(?:(?:okay|ok|now|right|so|and|first|next|then|alright|lovely|great|good|(?:socks|shoes|shoes and socks|top|shirt|jumper|coat|boots?) off),?\s+)*(?:(?:since|because|as|given)\b[^,.?!]{3,80},\s*)?`;
const LOOK_REQUEST = caseless(new RegExp(`${LEAD}(?:let's|let us|let me|i'd like to|i would like to|i want to|can i|could i|i'll just|we'll just)\\s+(?:just\\s+|quickly\\s+|now\\s+)?(?:(?:have|take) a (?:quick |little |closer |proper )?(?:look|feel|listen)|look at|listen to (?:the|your|his|her|their|baby's|the baby's) (?:[a-z]+ ){0,2}?(?:heart(?:beat)?|chest|lungs?|breathing|tummy|belly|abdomen|bowel sounds|back)\\b|watch (?:you|him|her|them)|see (?:you|him|her|them) (?:walk|stand|move|bend|squat|hop)|do (?:one|a|another|a quick|one more) (?:more |quick |little )?(?:test|check))\\b([^.?!]{0,60})[.!]?$`));
const FINISHES_EXAM = caseless(new RegExp(`${LEAD}(?:you can|you may)\\s+(?:now\\s+)?(?:close your mouth|sit (?:back )?up|sit back|get dressed|relax|come back up|lie back|put your (?:top|shirt|clothes|shoes|socks?|trousers|glasses) back on|pop your \\w+ back on|stand down)\\b[^.?!]{0,25}[.!]?$`));
/** A look at results, a test or a later visit is plan or results talk, not a request at the couch. */
const NOT_AT_THE_COUCH = /\b(?:results?|bloods?|blood tests?|x-?rays?|scans?|mri|ct|ultrasound|urine|letter|notes|chart|options|medications?|tablets|plan|next (?:week|time|visit)|in (?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)|again|at home|tomorrow)\b/i;

/** "Let's watch you walk to the door": the clinician asks to examine now, so the exam has begun. */
export function asksToExamine(text: string): boolean {
  const look = LOOK_REQUEST.exec(text);
  return look !== null && !NOT_AT_THE_COUCH.test(text) && !/\d/.test(look[1] ?? '');
}

/** "Let me measure.", "I'll test strength now.", "I want to time you.": a measurement announced, whose result follows. */
const TEST_ANNOUNCED = caseless(new RegExp(`${LEAD}(?:i'll|i will|i'm going to|i am going to|let me|let's|we'll|we will|i want to|i'd like to)\\s+(?:just\\s+|quickly\\s+|now\\s+|also\\s+)?(?:test|check|measure|time|assess|recheck|remeasure)(?:\\s+(?:your|his|her|their|the))?(?:\\s+(?:strength|power|reflexes|sensation|range(?: of (?:motion|movement))?|balance|grip|movement|flexibility|that|it|you|him|her|them))?(?:\\s+(?:now|again|first|quickly|today|on (?:both|each) sides?|there|again now))?[.!]?$`));
const MOVE_STEP = /^(?:and\s+|then\s+|now\s+)*(?:stand(?: up)?|sit(?: down| back)?|walk|turn(?: around)?|come back|go back|lie(?: down| back)?|get up|bend|squat|hop|step|march|reach|touch|lift|raise|lower|hold|relax|rise)\b/i;
/** A session's home exercises say how often; a test run done now does not. */
const PRESCRIBED = /\b(?:times? a (?:day|week)|reps?|repetitions|sets?|each (?:side|day|morning|evening)|daily|every (?:day|morning|evening|night)|at home|twice|per day|seconds?|minutes?)\b/i;

/**
 * "Stand up from the chair, walk to the line, turn around, come back, sit down.": the steps of a test done now (the
 * timed up and go), said as commands, whose result the clinician reads out after.
 */
export function isTestRun(text: string): boolean {
  const steps = text.replace(/[.!]+$/, '').split(/,\s*|\s+and then\s+|\s+then\s+/i).map((p) => p.trim()).filter((p) => p !== '');
  return steps.length >= 3 && steps.every((p) => MOVE_STEP.test(p) && p.split(/\s+/).length <= 6) && !PRESCRIBED.test(text);
}

/** "I'm going to touch you with this little nylon thread, say yes when you feel it": a sensation test about to be done. */
const TOUCH_TEST = caseless(new RegExp(`${LEAD}(?:i'm going to|i am going to|i'll|i will|let me)\\s+(?:just\\s+)?(?:touch|tap|prick|press on) (?:you|your [a-z]+|his [a-z]+|her [a-z]+|the [a-z]+)(?: [a-z]+){0,3} with (?:this|a|the|my)\\b`));

/** True for a request made while examining, or its ending, that says nothing the note needs. */
export function isExamRequest(text: string): boolean {
  return asksToExamine(text) || FINISHES_EXAM.test(text) || TEST_ANNOUNCED.test(text) || TOUCH_TEST.test(text) || isTestRun(text);
}
