/**
 * "Okay, so frequency and urgency.", "Right, burning and itching then.": a clinician naming back, without a verb, the
 * symptoms the patient just described in their own words. It is the history in clinical words, not a judgement: the
 * words name symptoms, never a condition, and nothing is done or decided.
 */
import { caseless } from '../text/caseless-pattern.js';

/** Symptom names a clinician says back; the urinary storage and voiding symptoms have no everyday cue word elsewhere. */
const SYMPTOM_NAME = caseless(/^(?:frequency|urgency|hesitancy|nocturia|dysuria|incontinence|dribbling|retention|pain(?:ful)?|burning|stinging|itch(?:ing|y)?|discharge|bleeding|spotting|swelling|stiffness|numbness|tingling|weakness|dizziness|nausea|vomiting|diarrh(?:o)?ea|constipation|bloating|heartburn|reflux|cough(?:ing)?|wheez(?:e|ing)|breathlessness|palpitations|headaches?|fevers?|chills|sweats|fatigue|tiredness|rash|redness|soreness|cramps?|cramping)$/);
/** Joining and degree words a recap may hold between its symptoms. */
const JOINER = /^(?:and|or|plus|with|some|a|bit|of|little|lot|also|then|too|both|mainly|mostly|mild|severe|bad|night|nighttime|at)$/i;

/** "about five hours of palpitations", "three days of fever and cough": how long, then which symptoms, said back. */
const TIMED = /^(?:(?:okay|ok|so|right|alright|got it|i see),?\s+)*(?:about |around |nearly |almost |over |just over )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|several) (?:hours?|days?|weeks?|months?|years?) (?:now )?of (.+?)[.!]?$/i;

export function isSymptomRecap(text: string): boolean {
  const timed = TIMED.exec(text);
  if (timed) return isSymptomRecap(timed[1]!);
  const words = text.replace(/^(?:(?:okay|ok|so|right|alright|got it|i see),?\s+)+/i, '').replace(/[.,!]/g, ' ').trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 7) return false;
  const named = words.filter((w) => !JOINER.test(w));
  return named.length >= 1 && named.every((w) => SYMPTOM_NAME.test(w));
}
