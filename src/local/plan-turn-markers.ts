/**
 * Where a visit turns to what it means and what to do, in the words clinicians use when they never say "the plan is":
 * a counselling, therapy or education visit (a dietitian, a genetic counsellor, a speech therapist) often has no exam
 * to end, or ends it without a word, and its plan is told at length as advice. Without the turn, the phase stays in the
 * history or the exam through the plan talk, and the advice is read as history, findings or nothing.
 */
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM } from './clinical-vocabulary.js';

/**
 * "Let me explain the plan", "I'll walk you both through the next steps", "let's go over what we're going to do": the
 * clinician names the plan as what they are about to tell.
 */
const TELLS_PLAN = caseless(/^(?:(?:so|okay|ok|right|alright|well|now|and),?\s+)*(?:let me|let's|i'll|i will|i'm going to|i want to|i'd like to)\s+(?:just\s+|now\s+|quickly\s+)?(?:explain|go over|go through|run through|talk (?:you |you both )?through|walk (?:you|you both|you all|him|her|them) through|lay out|tell you|talk about|outline)\s+(?:(?:the|my|our|your)\s+(?:plan|next steps|recommendations|treatment plan)|what (?:we(?:'re| are) (?:going to|gonna) do|we(?:'ll| will) do|i(?:'d| would) (?:like|suggest|recommend))|what (?:i|we) recommend)\b/);
/**
 * "What I'd suggest:", "My recommendations for you:", "Here's what I recommend.": a line that only heads the advice
 * below it, as a written reply or a pasted plan sets it out (a list follows); it carries nothing of its own.
 */
const HEADS_ADVICE = caseless(/^(?:(?:so|okay|ok|right|well|now|and|anyway),?\s+)*(?:(?:here(?:'s| is|'re| are)\s+)?what (?:i(?:'d| would)|we(?:'d| would)) (?:suggest|recommend|advise)(?: (?:for you|then|from here|going forward))?|here(?:'s| is) what (?:i|we) (?:suggest|recommend|advise)|(?:my|our) (?:suggestions?|recommendations?|advice)(?: (?:for you|then|from here|going forward))?(?: (?:is|are|would be))?)\s*[:.]?$/);
/** "First I'll examine you, then we'll go over the plan": an agenda read out at the start, not the turn itself. */
const AGENDA = caseless(/\b(?:then|after(?:wards)?|first|once|before|later|at the end)\b/);

/**
 * "So here's where we are", "here's what I'm seeing", "here's how I see it", "where does that leave us?": the clinician about to sum up what
 * they heard and found.
 */
const SUMS_UP_HERE = caseless(/^(?:(?:so|okay|ok|right|alright|well|now|and),?\s+)*(?:here(?:'s| is) (?:where (?:we are|we stand|things stand)|what (?:i(?:'m| am) (?:seeing|thinking)|i (?:see|think|found|make of (?:it|this|that))|we (?:found|know) so far)|how (?:i see (?:it|things)|it looks to me|things look))|the way i see it|(?:so\s+)?where (?:does|do) (?:that|this|all (?:of )?(?:this|that)) leave (?:us|you|him|her|them))\b/);
/** "To sum up", "so, in short": the summing-up said by name ("in short phrases he's at 11 out of 20" sums up nothing). */
const SUMMING_UP_NAMED = caseless(/^(?:(?:so|okay|right|and|well|now),?\s+)*(?:to (?:sum (?:it |things |that |everything )?up|summari[sz]e|put it (?:all )?together)|summing up|in short(?=\s*[,:;.]|$)|all in all)\b/);
/** "…fits hereditary…", "…is most likely…": a judgement said in the same breath as the summing-up. */
const JUDGES = caseless(/\b(?:fits?|consistent with|(?:looks?|sounds?|seems?) like|points? to|likely|probably|diagnos\w*|what we call|(?:he|she|you|they) (?:has|have|'s got|'ve got)|(?:it's|this is|that's) (?:a |an )?(?:case of|sign of))\b/);

/** The clinician announces, in a plain statement, that the plan is what comes next. */
export function tellsPlan(text: string): boolean {
  return (TELLS_PLAN.test(text) && !AGENDA.test(text) && !/\?\s*$/.test(text)) || headsAdvice(text);
}

/** The line only heads the advice that follows it (see HEADS_ADVICE): the turn to the plan, and no statement. */
export function headsAdvice(text: string): boolean {
  return HEADS_ADVICE.test(text.trim());
}

/**
 * The clinician begins to sum up. Once examined, any summing-up opener turns the visit; before any exam (a visit that
 * has none), only one that judges, in its own words or the next sentence's, so a history recapped ("to sum up, three
 * weeks of cough") is not taken for the judgement.
 */
export function sumsUp(text: string, examined: boolean, next?: string): boolean {
  if (!SUMS_UP_HERE.test(text) && !SUMMING_UP_NAMED.test(text)) return false;
  if (examined) return true;
  return [text, next ?? ''].some((t) => DIAGNOSIS_TERM.test(t) && JUDGES.test(t));
}
