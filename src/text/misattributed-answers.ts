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

/**
 * "PATIENT: I'm going to start you on ramipril 2.5 mg.", "PATIENT: Your blood pressure is 162 over 98.": a line only the
 * clinician says (prescribing to "you", reading "your" measurement), filed under a patient label.
 */
const ONLY_CLINICIANS_SAY = /\b(?:i(?:'m| am) (?:going to|gonna) (?:start|prescribe|refer|order|increase|switch) you\b|i(?:'ll| will) (?:prescribe|refer you|start you on|order (?:a|an|some)|examine)|let me (?:examine|listen to your chest|have a listen|take your (?:pulse|blood pressure))|your (?:blood pressure|pulse|heart rate|oxygen(?: level)?|sats|temperature) (?:is|was|today is) \d)/i;
/** "CLINICIAN: My knee has been killing me for three weeks.": a first-person complaint filed under the clinician. */
const ONLY_PATIENTS_SAY = /^(?:(?:well|so|yeah|um|oh),?\s+)?(?:i(?:'ve| have) been (?:having|getting|feeling)|my (?:knee|back|chest|head|stomach|neck|leg|arm|foot|throat|ankle|wrist|shoulder|hip|tummy|ear|eye)s? (?:has|have|is|are|'s|keeps?|hurts?|aches?))\b(?![^.?!]*\b(?:you|your)\b)/i;

export function reassignMisattributedAnswers(turns: Turn[], explicit: readonly boolean[]): Turn[] {
  const out = turns.map((t) => ({ ...t }));
  const roles = new Set(out.map((t) => t.role));
  // Only where both a clinician and a patient speak under their own labels, so the line has somewhere to go.
  if (roles.has('clinician') && roles.has('patient')) {
    out.forEach((t, i) => {
      if (!explicit[i]) return;
      if (t.role === 'patient' && ONLY_CLINICIANS_SAY.test(t.text)) t.role = 'clinician';
      else if (t.role === 'clinician' && ONLY_PATIENTS_SAY.test(t.text)) t.role = 'patient';
    });
  }
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
