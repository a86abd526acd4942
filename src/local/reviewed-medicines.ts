/**
 * "Let's look at the pills. Can I see the box? Okay — furosemide 40 mg once a day. Metoprolol succinate 50 mg. All
 * taken this week?": a clinician who opens the patient's medicines (the box, the list, the bottles) and reads them out
 * is taking the medication history. Read alone, each line (a drug and its dose) looks like a prescription; in that turn
 * it is what the patient already takes, so Subjective, not Plan.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs } from './clinical-vocabulary.js';

const KEPT = '(?:pills|tablets|medications?|medicines?|meds|(?:medication |drug |pill )?list|(?:pill |blister |dosette )?box(?:es)?|blister packs?|dosette|bottles|packets|prescriptions?)';

/** "Let's look at the pills", "can I see the box?", "let me go through your medication list", "shall we go through the boxes?". */
const OPENS_REVIEW = caseless(new RegExp(
  String.raw`^(?:(?:okay|ok|right|so|now|and),?\s+)*(?:let's|let me|can i|could i|may i|shall we|can we|i'll|i want to|i'd like to)\s+(?:just\s+)?(?:look (?:at|through|over)|see|check|go (?:through|over)|review|have a look (?:at|through))\s+(?:the|your|his|her|their)\s+(?:[a-z]+\s+)?${KEPT}\b`,
));

/** A change or an instruction turns a drug line into the plan: "the furosemide goes up", "stop the ibuprofen". */
const CHANGED = caseless(/\b(?:start\w*|stop\w*|increas\w*|decreas\w*|reduc\w*|switch\w*|chang\w*|goes up|go up|going|will|we'll|i'll|let's|instead|hold|halv\w*|doubl\w*|add\w*|new|prescrib\w*|should|need)\b/);

export function opensMedicineReview(text: string): boolean {
  return OPENS_REVIEW.test(text.trim());
}

/** "This loose one, tamsulosin 400 micrograms", "the other box, amitriptyline": the container pointed at, then its drug. */
const CONTAINER_LEAD = /^(?:(?:and|so|then|now)\s+)?(?:this|that|the other|the next|the last|the) (?:[a-z]+ )?(?:one|box|bottle|packet|pack|tub|strip)s?,\s+(?=\S)/i;

/** "— furosemide 40 mg once a day, in the morning.", "Lisinopril 10 mg.": a drug read off the box, as the history. */
export function readReviewedMedicine(text: string): string | undefined {
  const line = text.trim().replace(/^(?:(?:okay|ok|so|and|then|right)\b,?\s*)?[—–-]*\s*/i, '').replace(CONTAINER_LEAD, '');
  if (findDrugs(line).length === 0 || CHANGED.test(line) || /\?$/.test(line) || line.split(/\s+/).length > 14) return undefined;
  // Only a line that opens on the drug (perhaps after "the") is one read off the list, not a sentence about it.
  if (!line.toLowerCase().replace(/^the\s+/, '').startsWith(findDrugs(line)[0]!.toLowerCase())) return undefined;
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}`;
}

/** "Quetiapine stays at 100.", "the metformin stays the same": a dose kept as it is, decided now, is the plan's. */
const KEPT_AS_IS = caseless(/^(?:(?:and|so|then|okay),?\s+)?(?:the |your |his |her )?[a-z-]+(?: [a-z-]+)? (?:stays|remains|is staying|will stay|stays put)(?: (?:at|on|the same|as (?:it is|is)|unchanged)\b|[.!]?$)/);

export function keepsDrugAsIs(text: string): boolean {
  const t = text.trim();
  return KEPT_AS_IS.test(t) && findDrugs(t.split(/\s+(?:stays|remains|is staying|will stay)\b/i)[0]!).length > 0;
}
