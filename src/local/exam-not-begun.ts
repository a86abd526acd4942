/**
 * An exam opened by settling the patient ("hop up on the table", "pop yourself on the couch") but not begun: nothing
 * has been found yet. Many visits start so (a pitch-side trainer, an urgent-care nurse, a vet with the animal on the
 * table) and take the history first. Until a finding is said, the opening does not stand for the exam: a question for
 * the story returns the visit to the history, and a companion's "is it broken?" asks ahead, it does not end the exam.
 */
import type { Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM, hasMeasuredValue, isExamFinding } from './clinical-vocabulary.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { describesBodyInExam } from './spoken-observations.js';
import { countMatches, EXAM_CUES } from './clinical-lexicon.js';

/** "What happened out there?", "walk me through it", "tell me what happened", "how did you do it?": the story asked for. */
const ASKS_FOR_STORY = caseless(/^(?:(?:so|okay|ok|right|now|and|well|alright),?\s+)*(?:(?:what (?:happened|went on|brings you|brought you|seems to be the (?:problem|trouble))|(?:walk|talk|take) me through (?:it|what happened|that|this)|tell me (?:what happened|how (?:it|this|that) happened|about (?:it|what happened|the (?:fall|injury|accident)))|how did (?:you|it|this|that) (?:do it|happen|hurt it|injure it)))\b/);

/** The story asked for by a clinician, said as a question or as a request ("Ellie, walk me through it."). */
export function asksForStory(u: Utterance): boolean {
  return u.role === 'clinician' && ASKS_FOR_STORY.test(u.text.replace(/^[A-Z][a-z]+,\s+/, ''));
}

/** A clinician's statement of what the body in front of them shows: the exam has begun, not only been opened. */
export function statesFinding(u: Utterance): boolean {
  if (u.role !== 'clinician' || u.question) return false;
  // ("Tender over the outer side.": a word of the exam said as a statement is enough.)
  return describesBodyInExam(u.text) || isExamFinding(u.text) || countMatches(u.text, EXAM_CUES) > 0 || hasMeasuredValue(normalizeMeasurements(u.text));
}

/**
 * "So this looks like a grade 2 ankle sprain", "what we're dealing with is a stiff, weak wrist": once something has
 * been found, the examiner's verdict on it ends the exam; what follows is what to do, though no plan is announced.
 */
const CONCLUDES = caseless(/^(?:(?:so|okay|ok|right|overall|well|alright),?\s+)*(?:(?:this|it|that|everything|all (?:of )?(?:this|that)) (?:really |most )?(?:looks|sounds|seems|fits) (?:most )?like|what (?:we're|we are|you're|you are|she's|she is|he's|he is|they're|they are) dealing with (?:here )?is)\b/);
export function concludesExam(u: Utterance): boolean {
  if (u.role !== 'clinician' || u.question || !CONCLUDES.test(u.text)) return false;
  return DIAGNOSIS_TERM.test(u.text) || /\bdealing with\b/i.test(u.text);
}
