/**
 * What a clinician explains about the plan, in words that name conditions without judging the patient: "The signs of
 * a high level are a coarse shake, being very unsteady, confusion…" teaches what to watch for (the safety net), and
 * "The letter just says a medical condition" tells what a letter for work will say. Both are the plan's, though
 * "condition" and "confusion" would pull them into the assessment.
 */
import { caseless } from '../text/caseless-pattern.js';

const WARNING_SIGNS = caseless(/^(?:(?:so|and|now|okay),?\s+)*(?:the )?(?:warning |red[- ]flag |main |early )?(?:signs|symptoms|things to (?:watch|look) (?:for|out for))(?: (?:of|that|to watch for|to look out for) [^.?!]{1,40}?)? (?:are|include|would be|to watch for are)\b/);

const LETTER_SAYS = caseless(/^(?:(?:so|and|but|now|okay),?\s+)*(?:the|this|that|my|your) (?:letter|note|certificate|fit note|sick note|form|report) (?:just |only |simply |will |would |won't |doesn't |does not |will not )*(?:says?|state|states|mention|mentions|explain|explains|cover|covers|ask|asks|recommend|recommends|need to say|name|names)\b/);

export function teachesWarningSigns(text: string): boolean {
  return WARNING_SIGNS.test(text.trim());
}

export function describesLetter(text: string): boolean {
  return LETTER_SAYS.test(text.trim());
}
