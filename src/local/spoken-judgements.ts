/**
 * Three things clinicians say in plain words that name no diagnosis, test order or finding verb:
 * - how bad the condition is: "At the moment it's mild, she's not struggling at rest" (the assessment's grade);
 * - what treats it: "What helps is a single dose of a steroid, dexamethasone" (the plan, said as fact);
 * - how a result moved: "Your CRP has come down to fifteen, from a hundred and twenty" (a result, though in the past);
 * - safety-netting whose "if" was left unsaid: "And your breathing is getting worse, then you would need to go to A and E".
 */
import type { Slot } from './track-phases.js';
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs, isUnsaidIfPrecaution } from './clinical-vocabulary.js';

const LEAD = String.raw`^(?:(?:so|and|now|okay|right|but|at the moment|for now|right now|today),?\s+)*`;
const GRADED = caseless(new RegExp(`${LEAD}(?:it's|it is|this is|that's|that is|the [a-z]+ is|your [a-z]+ is|his [a-z]+ is|her [a-z]+ is)\\s+(?:only |very |quite |fairly |relatively |still )?(?:mild|moderate|severe)\\b(?!\\s+(?:pain|headache|cramps?))`));
const TREATS = caseless(new RegExp(`${LEAD}(?:what (?:helps|works|we (?:do|give|use)|she needs|he needs|you need)|the (?:best |usual |main |right )?(?:treatment|medicine|thing that helps)(?: for (?:this|it|that|croup|[a-z]+))?) (?:is|are|will be)\\s+(?:a |an |some |the )?`));
const TREATMENT_WORD = caseless(/\b(?:steroids?|antibiotics?|inhalers?|nebuli[sz]ers?|cream|ointment|drops|tablets?|injection|dose|physio\w*|rest|fluids|surgery|operation|splint|cast|brace)\b/);
const LAB_MOVED = caseless(/\b(?:crp|hb|haemoglobin|hemoglobin|white (?:cell )?count|wcc|ferritin|potassium|sodium|creatinine|egfr|hba1c|a1c|cholesterol|inr|psa|tsh|platelets|lactate|troponin|bilirubin|alt|infection markers?)\b[^.?!]{0,40}?\b(?:has|have|'s|is|are)\s+(?:now\s+)?(?:come|gone|dropped|fallen|risen|climbed|improved|settled)\s+(?:down|up|back)?\s*(?:to|from)\b/);

/** "It's really common and usually settles once…", "most sore throats get better on their own": the expected course. */
const PROGNOSIS = caseless(/\b(?:(?:it's|it is|this is|that's) (?:really |very |quite |extremely )?common\b|(?:usually|normally|generally|often|tends to|should) (?:settles?|clears?(?: up)?|resolves?|goes? away|gets? better|heals?|improves?)\b|(?:get|gets|getting) better on (?:their|its|his|her) own)/);
/** "You don't have any of the warning signs we look out for": red flags weighed and found absent. */
const NO_RED_FLAGS = caseless(/\b(?:(?:don't|do not|doesn't|does not) have any (?:of the )?(?:warning|red[- ]flag|worrying) (?:signs|symptoms|features)|no (?:red[- ]flags?|warning signs|worrying features))\b/);
/** "It's important to finish the whole course": advice said as what matters. */
// "And the really important thing is keep it dry", "the main thing is to rest it": the instruction said as what matters.
const IMPORTANT_TO = caseless(/^(?:(?:so|and|now|but),?\s+)?(?:(?:it's|it is) (?:really |very |quite )?(?:important|essential|vital|best|worth) (?:that you |to )(?!know|say|understand|remember that)\w+|the (?:really |most |other |one |main |key |big )*(?:important|main|key|big) thing (?:is|to remember is|for you is),? (?:to |that you )?(?:keep|avoid|stop|take|use|rest|drink|wear|not|don't|no|never|make sure|get|come|call|ring|finish|put|try)\b)/);

/** The section one of these plain-word sentences belongs to, or undefined. */
export function classifySpokenJudgement(text: string, question: boolean): Slot | undefined {
  if (question || /^(?:if|when|unless)\b/i.test(text)) return undefined;
  if (LAB_MOVED.test(text) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/i.test(text)) return 'results';
  if (TREATS.test(text) && (findDrugs(text).length > 0 || TREATMENT_WORD.test(text))) return 'plan';
  if (IMPORTANT_TO.test(text) || isUnsaidIfPrecaution(text)) return 'plan';
  if (NO_RED_FLAGS.test(text) || (PROGNOSIS.test(text) && !/\b(?:if|i'll|we'll|going to|come back|call|ring)\b/i.test(text))) return 'assessment';
  if (GRADED.test(text) && !/\b(?:was|were|used to|last (?:time|week))\b/i.test(text)) return 'assessment';
  return undefined;
}
