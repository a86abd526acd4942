/**
 * How a therapy session is said in everyday words, often run together by speech recognition: a timed test read out
 * ("timed up and go fourteen seconds"), the gait watched ("walking with cane fairly steady short steps"), the
 * progress judged ("overall you're progressing well, you're on track"), the home program added to ("keep going with
 * the straight leg raises … I'm adding step-ups"), and the patient's walking aid ("using cane outside").
 */
import { caseless } from '../text/caseless-pattern.js';

const LEAD = String.raw`^(?:(?:so|and|okay|ok|right|now|good|great|then|last thing),?\s+)*`;
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|(?:[a-z]+[ -]){0,2}[a-z]+)`;

/** "Timed up and go fourteen seconds", "five times sit to stand 16 seconds", "six minute walk 320 metres". */
const TIMED_TEST = caseless(new RegExp(
  String.raw`\b(?:timed up and go|tug(?: test)?|(?:five|5|thirty|30)[- ]times? sit[- ]to[- ]stands?|(?:30|thirty)[- ]second sit[- ]to[- ]stands?|sit[- ]to[- ]stands?(?: test)?|(?:ten|10)[- ](?:metre|meter) walk(?: test)?|(?:six|6|two|2)[- ]minute walk(?: test)?|single[- ]leg (?:stance|balance)|berg(?: balance)?(?: score)?)\b`
  + String.raw`(?:\s+(?:test|was|is|of|at|in|took|today|came in at|,))*\s+${NUMBER}\s+(?:seconds?|secs?|metres|meters|reps|repetitions|out of 56)\b`,
));

/** "Walking with cane fairly steady, short steps", "gait is antalgic": the walk watched in the room. */
const GAIT_SEEN = caseless(new RegExp(
  `${LEAD}(?:walking|gait|ambulating|mobilising|mobilizing)\\b[^.?!]{0,40}\\b(?:steady|unsteady|antalgic|shuffl\\w*|short steps|wide[- ]based|slow|limp\\w*|symmetric\\w*|asymmetric\\w*|independent\\w*|step[- ]to|step[- ]through)\\b`,
));

/** "Overall you're progressing well", "you're on track for four weeks", "the extension is the limiting factor". */
const PROGRESS_JUDGED = caseless(new RegExp(
  String.raw`\b(?:overall|all in all|on the whole|honestly),?\s+(?:you're|you are|he's|he is|she's|she is|it's|it is|things are|the knee is|the shoulder is|the hip is)\s+(?:\w+\s+)?(?:progressing|improving|recovering|healing|coming along|doing (?:well|great|really well))\b`
  + String.raw`|\b(?:you're|you are|he's|he is|she's|she is|we're|we are)\s+(?:right |well |still )?on track\b|\bis the (?:main )?limiting factor\b`,
));

/** "…and keep going with the straight leg raises … and I'm adding step-ups": the home program, added to or kept on. */
const EXERCISE = String.raw`(?:[a-z-]+ ){0,3}(?:exercises?|raises|stretch(?:es|ing)?|squats|bridges|lunges|step-?ups|slides|presses|curls|holds|clams|marches|hangs|pumps|sets)\b`;
const HOME_PROGRAM = caseless(new RegExp(
  String.raw`\b(?:keep (?:going with|doing|up)|carry on (?:with|doing)|continue (?:with )?)(?:the |your |those |these )${EXERCISE}`
  + String.raw`|\b(?:i'm|i am|we're|we are) (?:also )?adding (?:in )?(?:some |the )?${EXERCISE}`,
));

/** "Using cane outside and inside", "I've got the frame upstairs": the walking aid a patient tells of. */
const WALKING_AID = caseless(/\b(?:cane|walking stick|walking frame|zimmer(?: frame)?|rollator|walker|crutch(?:es)?|wheelchair|mobility scooter)\b/);

/** A result asked for, planned or remembered is no reading now. */
const NOT_NOW = caseless(/\b(?:will|'ll|going to|want|goal|aim|target|next time|by the time)\b/);

export function readsTimedTest(text: string): boolean {
  return TIMED_TEST.test(text) && !NOT_NOW.test(text);
}

export function describesGait(text: string): boolean {
  return GAIT_SEEN.test(text.trim()) && !NOT_NOW.test(text);
}

export function judgesProgress(text: string): boolean {
  return PROGRESS_JUDGED.test(text) && !/\b(?:will|'ll|going to|let's|want you|keep you)\b/i.test(text);
}

export function addsToHomeProgram(text: string): boolean {
  return HOME_PROGRAM.test(text) && !/\b(?:were|was|used to|last (?:time|week)|you(?:'ve| have) been)\b/i.test(text);
}

export function namesWalkingAid(text: string): boolean {
  return WALKING_AID.test(text);
}

/**
 * "I can't hold a hairdryer with that hand", "she struggles to get out of the bath", "I have trouble doing up buttons":
 * a task the patient has lost is their functional history, though it names no symptom. (Not "I can't remember" or
 * "I can't make it Tuesday": talk, not function.)
 */
const LOST_FUNCTION = caseless(/\b(?:i|he|she)(?: just| really| still| now| even)? (?:can't|cannot|can not|couldn't|could not|am unable to|'m unable to|'m not able to|am not able to|struggles? to|struggled to|ha(?:ve|s|d) (?:trouble|difficulty|a hard time))(?: even| really| properly| at all)? (?!(?:remember|recall|say|tell|believe|wait|complain|thank|afford|decide|think|see|hear|find|make|come|get there|understand|imagine|help|stand (?:him|her|it|them|that)|explain|talk|speak to|reach (?:you|them|him|her))\b)[a-z]{2,}/);

export function tellsLostFunction(text: string): boolean {
  return LOST_FUNCTION.test(text);
}
