/**
 * Ambient scribes and diarisers sometimes give an answer to the one who asked: "CLINICIAN: Does it go away when you
 * stop?" then "CLINICIAN: Yeah, after a few minutes it eases off.", or "PATIENT: Any pain at rest?" then "PATIENT: No,
 * never at rest." Two lines in a row under one label, the first asking the listener about themselves and the second
 * opening on a yes or no, are a question and its answer: the answer is the patient's (or the question the clinician's).
 * Only lines each written with their own label are read so; a turn a tool split over two cues keeps its speaker.
 */
import type { Turn } from './turns.js';

/** "Does it go away when you stop?", "Any pain at rest?", "Have you had this before?": asked of the listener's body. */
const ASKS_LISTENER = /^(?:(?:and|so|okay|ok|right),?\s+)?(?:(?:do|did|does|have|has|are|is|was|were|can|could)\s+(?:you|it|your|the pain|that)\b|any\b)[^?]*\?\s*$/i;
/** "Yeah, after a few minutes it eases off.", "No, never at rest.": an answer, not a clinician going on. */
const ANSWERS = /^(?:yes|yeah|yep|yup|no|nope|not really|never|sometimes|a bit|a little)\b[,.!]?\s*(?!(?:so|okay|let's|let me|i'll|i will|we'll|that's (?:good|great|fine))\b)/i;

export function reassignMisattributedAnswers(turns: Turn[], explicit: readonly boolean[]): Turn[] {
  const out = turns.map((t) => ({ ...t }));
  for (let i = 1; i < out.length; i++) {
    const [asked, answer] = [out[i - 1]!, out[i]!];
    if (!explicit[i - 1] || !explicit[i] || asked.label === undefined || asked.label !== answer.label || asked.role !== answer.role) continue;
    if (!ASKS_LISTENER.test(asked.text) || !ANSWERS.test(answer.text) || /\?\s*$/.test(answer.text) || /\byou(?:r|'re|'ve|'ll)?\b/i.test(answer.text)
      // "Any swelling? — Yes, I can see some over the ankle": an examiner answering their own question.
      || /\bi (?:can )?(?:see|feel|hear)\b|\bthere(?:'s| is| are)\b/i.test(answer.text)) continue;
    if (answer.role === 'clinician') answer.role = 'patient';
    else if (answer.role === 'patient') asked.role = 'clinician';
  }
  return out;
}
