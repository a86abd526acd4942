/**
 * Once the plan is under way, counselling is told as a list: "Fluids: water or weak squash.", "Two biscuits at a
 * time.", "No alcohol.", "Forty grams with each meal." Such items carry no verb of ordering or advising and often no
 * verb at all, so no cue marks them as plan; said in the exam they read as findings, said anywhere as nothing. Their
 * form marks them: a subject-less, verbless item, or an item under a label of its own, said after the plan has begun.
 */
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM, hasMeasuredValue } from './clinical-vocabulary.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { VITALS } from './track-phases.js';
import { MOVES_BODY } from './read-advice.js';
import { EXAM_MANEUVER } from './visit-talk-patterns.js';

/** "Fluids: …", "Activity: …", "Targets: …": an item under a short label of its own. */
const LABELLED = /^(?:(?:and|so|then|also|okay),?\s+)?([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}):\s+\S/i;
/** Labels that head a finding, a result or the judgement, not an item of the plan. */
const NOT_PLAN_LABEL = caseless(/\b(?:diagnos\w*|impression|assessment|exam\w*|history|findings?|results?|labs?|bloods?|vitals?|observations?|scan|x-?ray|report|score|differential|reading|readings|level|levels|today|weight|pressure|pulse|temperature|sats|oxygen|heart rate|question|answer|example|reason|problem)\b/);
/** A finite verb or a subject: the clause says something of someone, which an item of a list does not. */
const FINITE = caseless(/\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|i|you|we|he|she|they|it|there|this|that|these|those|let's|don't|doesn't|didn't|isn't|aren't|wasn't|can't|won't)\b|'(?:s|re|m|ll|d|ve)\b/);
/** How much, how often, when, or which instead: what makes a verbless phrase an instruction rather than a remark. */
const DOSED = caseless(/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|sixty|ninety|half|every|each|per|a day|a week|at a time|after|before|instead|rather than|only|always|never|daily|twice|once|until|today|tonight|for (?:now|the next)|for (?:(?:your |the )?main )?meals?|with (?:each |every )?meals?|at (?:breakfast|lunch|dinner|supper|bedtime))\b/);
/** "Like an apple with peanut butter", "for example yoghurt": an example of an item, not an item. */
const EXAMPLE = caseless(/^(?:(?:and|so|or),?\s+)?(?:like|such as|for example|for instance|e\.g\.|say)\b/);
/** "Because of the weight loss", "from the stroke": a reason given for what was said, not an item. */
const REASON = caseless(/^(?:(?:and|so),?\s+)?(?:because|since|due to|from|as a result|thanks to|trouble|problems?|difficulty)\b/);
/** "Make a fist and tap on each side", "closer to the camera": the examiner's request, late in a video visit. */
const EXAMINER_ASKS = caseless(/\b(?:for me|gently|(?:each|either|both|the other) side|camera|screen)\b/);
/** "No worries.", "for now, yes": talk around the plan, not an item of it. */
const SMALL_TALK = caseless(/^(?:(?:and|so|okay),?\s+)?no (?:questions?|worries|problems?|rush|hurry|pressure|need|idea|way|judg(?:e)?ment)\b|\b(?:yes|yeah|no|okay|ok|sure|right|thanks|please)$/);
/** "No fever.", "no swelling, no redness": symptoms denied, said back, not things to go without. */
/** "No fruit juice, have the whole fruit instead.": a thing to go without, then (in the imperative) what to do instead. */
const RULED_OUT_INSTEAD = caseless(/^(?:(?:and|so|also),?\s+)?no\s+[a-z]+(?:[\s-]+[a-z]+){0,2}\s*,\s*(?:have|use|try|take|drink|eat|swap|switch|choose|go for|stick to|pick)\b/);
const DENIED_SYMPTOM = caseless(/^(?:(?:and|so),?\s+)?no\s+(?:\w+\s+)?(?:fever|pain|cough|swelling|redness|bleeding|vomiting|nausea|rash|discharge|dizziness|headache|shortness of breath)\b/);

/** The head of an item: what comes before its first comma, dash, colon or condition ("brown rice if you can, …"). */
function headOf(text: string): string {
  return text.split(/\s*(?:,|;|\s[\u2014\u2013-]\s|\bif\b|\bwhen\b|\bunless\b)\s*/i)[0]!.trim();
}

/**
 * The item without its asides: a dashed aside, and a condition, reason or relative clause up to the next comma
 * ("brown rice if you can, or mix half and half" keeps "brown rice, or mix half and half"). What is left of a
 * sentence with a main clause ("Last time, four weeks ago, your level was 2.4") still has its verb.
 */
function withoutAsides(text: string): string {
  return text
    .replace(/\s[\u2014\u2013-]\s[^\u2014\u2013]*?(?:\s[\u2014\u2013-]\s|$)/g, ' ')
    .replace(/\b(?:if|when|whenever|unless|because|while|which|so that|as long as|since)\b[^,;]*/gi, ' ');
}

/** An item the clinician lists once the plan is under way (only called then, of a clinician's statement). */
export function isPlanListItem(text: string): boolean {
  const t = text.replace(/[.!]+\s*$/, '').trim();
  const words = t.split(/\s+/).length;
  if (words < 2 || words > 30 || EXAMPLE.test(t) || REASON.test(t) || DENIED_SYMPTOM.test(t) || SMALL_TALK.test(t)) return false;
  if (MOVES_BODY.test(t) || EXAM_MANEUVER.test(t) || EXAMINER_ASKS.test(t)) return false;
  if (RULED_OUT_INSTEAD.test(t)) return true;
  // "Blood pressure 128 over 80", "oxygen 96%": a reading taken late in the visit stays a reading.
  const measured = normalizeMeasurements(t);
  if (VITALS.test(t) && hasMeasuredValue(measured) && !/\b(?:under|below|above|over|less than|more than|target|aim|goal|keep)\b/i.test(t)) return false;
  const label = LABELLED.exec(t);
  // ("Putting it together: I think this is…": what follows a label must itself read as an item.)
  if (label) {
    const rest = t.slice(label[0].length - 1);
    return !NOT_PLAN_LABEL.test(label[1]!) && !DIAGNOSIS_TERM.test(label[1]!) && !FINITE.test(withoutAsides(rest));
  }
  const head = headOf(t);
  // "3.8, confirmed on the printout": a value read out on its own is a reading, not an item. ("If you get breathless,
  // call 999" opens on its condition: a safety net, which the plan reads as such.)
  if (head === '' || FINITE.test(head) || FINITE.test(withoutAsides(t)) || head.split(/\s+/).length > 12 || /^[\d.,/%]+$/.test(head)) return false;
  // "A mild anaemia.": a condition named on its own is the judgement, read elsewhere.
  // ("To sum up, the picture fits familial hypercholesterolaemia": a verb the test above cannot see, with a condition.)
  if (DIAGNOSIS_TERM.test(t) && !DOSED.test(head) && !/^(?:(?:and|so|also),?\s+)?no\s/i.test(t)) return false;
  // "No straws.", "no sweets, no juice": what to go without.
  if (/^(?:(?:and|so|also),?\s+)?no\s+[a-z]/i.test(t)) return true;
  // "Eggs are great. Or a pot of yoghurt with fruit.": the alternative offered to the item before is an item too.
  if (/^or\s+(?:a |an |some |the )?[a-z]/i.test(t)) return true;
  // "Water, squash or weak tea": a choice listed.
  const commas = t.match(/,/g)?.length ?? 0;
  const listed = (commas >= 2 || (commas >= 1 && /\bor\b/i.test(t))) && !FINITE.test(t);
  return DOSED.test(t) || listed;
}

/**
 * "A realistic goal is to lose a stone by the summer", "the aim for now is to get you walking": a goal set for the
 * patient is the plan, though it names a weight or a measure the exam would otherwise claim.
 */
const SETS_GOAL = caseless(/^(?:(?:so|and|okay|now|then),?\s+)*(?:(?:over|in|for|by) (?:the )?[a-z0-9 ]{1,30}?,?\s+)?(?:a |an |the |your |our |my |his |her )?(?:(?:realistic|reasonable|first|main|short[- ]term|long[- ]term|initial|overall|next) )?(?:goal|aim|target)(?: for (?:now|you|him|her|them|the next [a-z ]+))? (?:is|would be|will be|should be) (?:to|for (?:you|him|her|them) to) [a-z]/);
export function setsGoal(text: string): boolean {
  return SETS_GOAL.test(text.trim());
}

const HOME_EXERCISE = caseless(/\b(?:reps|repetitions|sets of|exercises?|stretch(?:es|ing)?|extensions|press-?ups|holds?)\b/);
const EXERCISE_SCHEDULE = caseless(/\bevery (?:\d+|one|two|three|four|few|couple of) (?:hours?|days?)\b|\b(?:once|twice|three times|four times|\d+ times) (?:a|per|each) (?:day|week)\b|\b(?:each|every) (?:morning|evening|day|night)\b|\bwhile you're (?:awake|at)\b/);

/**
 * "And McKenzie extensions, lying on your front pushing up, 10 reps every two hours": exercises given a schedule for
 * the days ahead are the home programme, though said at the couch (an exam's "ten reps for me" has no schedule).
 */
export function setsExerciseSchedule(text: string): boolean {
  return HOME_EXERCISE.test(text) && EXERCISE_SCHEDULE.test(text);
}
