/**
 * Once the plan is under way, the tests are often named after the order, as a bare list: "I'd like bloods today. Liver
 * function, clotting and a ferritin." The list has no verb of ordering, and a test name can look like a body part with
 * a finding ("thyroid … full"), so it read as an exam finding or a result. Said with no value and no verdict, it is
 * what is being sent for: the plan, whether or not the visit has moved on from the examination.
 */
import { caseless } from '../text/caseless-pattern.js';

/** A test or an investigation by its usual spoken name. */
const TEST = String.raw`(?:(?:thyroid|kidney|renal|liver|lung|bone|clotting|iron|lipid|coeliac|celiac)(?: function)?(?: tests?| studies| profile| panel| screen| bloods| levels?)?|(?:full|complete) blood count|blood count|blood (?:sugar|glucose|film|cultures?)|fbc|cbc|u ?(?:&|and) ?es?|lfts?|tfts?|tsh|crp|esr|hba1c|a1c|ferritin|b12|folate|vitamin d(?: level)?|cholesterol|fasting (?:glucose|sugar|lipids)|glucose|inr|psa|troponin|d-?dimer|electrolytes|magnesium|calcium|urea|creatinine|egfr|urine (?:tests?|samples?|dip|culture)|msu|(?:a |throat |wound |nose |skin )?swabs?|(?:sputum|urine|wound|stool) (?:cultures?|samples?)|ecg|ekg|echo(?:cardiogram)?|(?:chest |plain )?x-?rays?|ultrasound|(?:ct|mri|bone|dexa|bone density) scan|mri|ct|dexa|bone density|spirometry|peak flow|holter(?: monitor)?)`;
const ARTICLE = String.raw`(?:(?:a|an|the|some|his|her|your|their|repeat|a repeat)\s+)?`;
/** The whole line is such names joined by commas, "and", "plus", "or": nothing else is said. */
const ONLY_TESTS = caseless(new RegExp(
  String.raw`^(?:(?:and|also|so|plus|then|okay|right),?\s+)*${ARTICLE}${TEST}(?:\s*(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+|\s+or\s+)${ARTICLE}${TEST})+[.!]?$`,
));
/** "Kidney function and potassium, both fine": a verdict or a value makes the names a result read out, not an order. */
const VERDICT = caseless(/\b(?:normal|fine|ok|okay|raised|high|low|up|down|clear|negative|positive|came back|back|showed|shows|done|all good)\b|\b\d/);

/** A clinician's bare list of tests, said after the history. */
export function listsTestsToOrder(text: string): boolean {
  const t = text.trim();
  return ONLY_TESTS.test(t) && !VERDICT.test(t);
}
