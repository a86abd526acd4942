/**
 * Once the plan is under way, a medicine is often prescribed without a verb of prescribing: "Amoxicillin again, since
 * that worked last time.", "Paracetamol as well, by the weight chart.", or allowed in answer to the parent's question:
 * "Yes, ibuprofen is fine too." No order cue marks these, so they were dropped as talk. A clinician's statement that
 * opens on the drug, or clears a named drug as fine to take, is an item of the plan.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs } from './clinical-vocabulary.js';

/** "Amoxicillin again", "Ibuprofen, for the pain": the drug said first, after at most a yes or a "so". */
const OPENS_ON = /^(?:(?:yes|yeah|so|and|then|okay|also|right),?\s+)*([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)\b/;
const GIVEN_AS = caseless(/^\s*(?:again\b|for (?:the|her|his|their|your) \w+|as well\b|too\b|\d|(?:one|two|three|four|five|half) |once\b|twice\b|daily\b|at night\b|in the (?:morning|evening)\b|[.!]?$|,\s*(?:again|\d|since|because|as before|same dose|the same|once|twice|daily|at night|in the (?:morning|evening))\b)/);
/** What was given, taken or tried before is history told back, not a drug prescribed. */
const PAST = caseless(/\b(?:was|were|had|has been|have been|used to|took|tried|didn't|did not|last (?:time|year|winter|summer|month|week)|ago)\b(?![^.?!]*\b(?:again|worked)\b)/);
/**
 * "Acetaminophen is fine as well", "ibuprofen's okay to give too", "paracetamol instead is fine": the named drug itself
 * cleared for use.
 */
const CLEARED = caseless(/^(?: (?:instead|too|also|then))?(?:'s| is| are) (?:absolutely |perfectly |also )?(?:fine|okay|ok|safe|alright|all right)\b/);

export function prescribesByName(text: string): boolean {
  const drugs = findDrugs(text);
  if (drugs.length === 0) return false;
  const lead = OPENS_ON.exec(text.trim());
  const head = lead?.[1]?.toLowerCase() ?? '';
  const drug = drugs.find((d) => head.startsWith(d.toLowerCase()));
  // What follows the drug says how it is given ("again", "for the pain", "400 mg", "twice a day"), not what it does
  // ("Ibuprofen raises the bleeding risk" is a judgement; "Fish oil, turmeric…" a list of things to ask about).
  const after = drug ? text.trim().slice(lead!.index + lead![0].length - head.length + drug.length) : '';
  if (drug && GIVEN_AS.test(after) && (!PAST.test(text) || /\bagain\b/i.test(text))) return true;
  return clearsDrugByName(text);
}

/** "Paracetamol instead is fine": a named drug cleared for use, which is the plan whenever it is said. */
export function clearsDrugByName(text: string): boolean {
  // ("Your oxygen's fine" clears no drug: what is fine must be the drug named.)
  const lower = text.toLowerCase();
  return !/\b(?:not|n't|never)\b/i.test(text) && findDrugs(text).some((d) => {
    const at = lower.indexOf(d.toLowerCase());
    return at >= 0 && CLEARED.test(lower.slice(at + d.length));
  });
}

const ALLOWED_FOR_USE = caseless(/\binstead\b|\bto (?:take|give|use|have)\b|\bup to\b/);

/**
 * "Paracetamol instead is fine, up to the dose on the box": a drug allowed in place of another, or to take, is the
 * plan whenever it is said, where "the lisinopril is fine" alone may tell how it is tolerated.
 */
export function allowsDrugForUse(text: string): boolean {
  return clearsDrugByName(text) && ALLOWED_FOR_USE.test(text);
}
