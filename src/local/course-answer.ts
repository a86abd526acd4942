/**
 * A clinician's answer to the patient's own question about what comes next: "How long will it take?" — "Usually about
 * 6 weeks to get back to sport." Such an answer names no drug, order or diagnosis, so no cue places it; read with its
 * question it is the plan (what to expect) or, for a question about how serious it is, the assessment.
 */
import type { Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';

/** The patient asking about course, duration or expectations. */
const COURSE_QUESTION = caseless(/\b(?:how long (?:will|does|do|did|until|is|before|should|would)|how soon|how quickly|how many (?:days|weeks|months)|when (?:can|will|could|should|do|does|might) (?:i|it|this|that|the \w+)|will (?:it|this|that|i|he|she|they|we) (?:be|get|go|heal|clear|settle|take|come|need|have)|(?:need|have|take|last) (?:it |them |\w+ )?for long|is (?:it|this|that) going to|what (?:should|do|can|will) (?:i|we) expect|what happens (?:now|next|after)|is (?:it|this|that) (?:serious|dangerous|permanent|contagious|catching)|will i (?:be able|still|need|have|get)|can i (?:still )?(?:go|play|run|work|drive|fly|swim|return|exercise|train|eat|drink))\b/);
/** The answer states a course: a span of time, or how the condition will go. */
const STATES_COURSE = caseless(/\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a few|a couple of|several) (?:to (?:\d+|two|three|four|five|six|eight|ten|twelve) )?(?:days?|weeks?|months?|years?)\b|\b(?:settle\w*|heal\w*|recover\w*|improv\w*|clear(?:s|ed)? up|go(?:es)? away|resolv\w*|back to (?:sport|work|normal|school|running|training|driving)|(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a few|a couple of|several) (?:\w+ )?(?:sessions|visits|appointments|treatments|blocks)\b|kick(?:s)? in|start(?:s)? (?:working|to work)|take(?:s)? effect|full recovery|prognosis|outlook|(?:not|isn't|is not) (?:serious|dangerous|permanent|contagious))\b/);
const SERIOUSNESS = caseless(/\b(?:serious|dangerous|permanent|contagious|catching)\b/);
/** Chit-chat, hedges and deferrals are not an answer worth a line. */
const NO_ANSWER = caseless(/^(?:(?:well|so|um|uh|hmm),?\s+)?(?:i (?:don't|do not) know|i'm not sure|hard to say|it depends|we'll see|let's see|good question|no idea)\b/);

export interface CourseQuestion { turn: number; text: string }

/**
 * The slot for a clinician's sentence left unplaced, when it answers (first or second sentence of the very next turn)
 * a patient's question about course or expectations and itself states a course; undefined otherwise.
 */
export function placeCourseAnswer(u: Utterance, asked: CourseQuestion | undefined, indexInTurn: number): { slot: 'plan' | 'assessment'; text: string } | undefined {
  if (!asked || u.role !== 'clinician' || u.question || u.turn !== asked.turn + 1 || indexInTurn > 1) return undefined;
  // "Good question — so, usually about six weeks": the aside before the answer is no part of it.
  const text = u.text.replace(ASIDE, '');
  // "How long do your symptoms normally last?": a question about the other speaker's course is the history asked, not advice sought.
  if (!COURSE_QUESTION.test(asked.text) || /\byour\b/i.test(asked.text) || NO_ANSWER.test(text) || text.split(/\s+/).length < 4) return undefined;
  if (!STATES_COURSE.test(text)) return undefined;
  return { slot: SERIOUSNESS.test(asked.text) ? 'assessment' : 'plan', text: `${text.charAt(0).toUpperCase()}${text.slice(1)}` };
}
const ASIDE = caseless(/^(?:(?:that's|it's) )?(?:a )?(?:(?:good|great|fair|common|reasonable|sensible) )?question\b[\s,.:;!\u2014\u2013-]*(?:(?:so|well|and|okay),?\s+)?|^(?:i get asked that (?:a lot|often)|everyone asks (?:me )?that)\b[\s,.:;!\u2014\u2013-]*(?:(?:so|well|and),?\s+)?/);

/**
 * The patient or a companion asking what to do or what is allowed: "So what can he have?", "What do I treat it with
 * again?", "What should we give her?", "Do I need antibiotics?".
 */
const WHAT_TO_DO = caseless(/\bwhat (?:can|should|do|does|could|must|shall) (?:i|we|he|she|they) (?:have|eat|drink|take|use|give|do|put|treat (?:it|him|her|them|that|this) with)\b/);
/** "Do I need antibiotics?", "Should she stop the metformin?": whether to have a treatment, answered yes or no. */
const WHETHER_TREATMENT = caseless(/^(?:(?:so|and|but|okay|doctor|doc),?\s+)*(?:do|does|should|will|would|must) (?:i|we|he|she|they) (?:still )?(?:need|have to|get|take|stop|keep taking|carry on with|come off) (?:an? |the |some |any |my |his |her )?[a-z-]+/);

/**
 * A clinician's answer (the first sentences of the very next turn) to the patient's or companion's question about what
 * to do is the plan, though it reads like a finding ("Four glucose tablets, or a small glass of juice.", "A level 4
 * puree diet, and mildly thick fluids.").
 */
export function answersWhatToDo(u: Utterance, asked: CourseQuestion | undefined, indexInTurn: number): 'what' | 'whether' | 'whether-course' | undefined {
  if (!asked || u.role !== 'clinician' || u.question || u.turn !== asked.turn + 1 || indexInTurn > 1) return undefined;
  if (NO_ANSWER.test(u.text) || u.text.split(/\s+/).length < 3) return undefined;
  // ("Will I need to stop running for long?" asks how long: a course question, answered as one.)
  // ("Will I need to stop running for long?" asks how long too: an answer nothing else reads is left to the course reader.)
  if (WHETHER_TREATMENT.test(asked.text)) return COURSE_QUESTION.test(asked.text) ? 'whether-course' : 'whether';
  return WHAT_TO_DO.test(asked.text) ? 'what' : undefined;
}
