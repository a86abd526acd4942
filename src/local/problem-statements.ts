/**
 * The judgement said in the words of a visit that has no "my impression": the problems listed ("the main problems are
 * bathing and transfers"), a potential or outlook rated ("good rehabilitation potential"), a risk score worked out from
 * the history ("your stroke risk score comes out at 2"), the trigger named ("the alcohol may well have been the
 * trigger") and a condition named on its own in answer to "what is it?" ("Atrial fibrillation."). Each was read as a
 * finding (its value, its body part) or kept by nothing; each is the assessment.
 */
import { caseless } from '../text/caseless-pattern.js';
import { DIAGNOSIS_TERM, isExamFinding } from './clinical-vocabulary.js';

// ("So, putting it all together, the main issues are…": a summing-up said before the list is part of its lead.)
const LEAD = String.raw`^(?:(?:so|and|okay|ok|right|well|now|but|overall|putting (?:it|this|that|everything) (?:all )?together|looking at (?:it|this|that|everything) (?:all )?together),?\s+)*`;

/** "The main problems are…", "the two things to focus on:", "what we need to work on is…": the problem list. */
const PROBLEMS_LISTED = caseless(new RegExp(`${LEAD}(?:the|your|his|her|their|our) (?:(?:main|two|three|key|biggest|big|real|remaining|current) )*(?:problems?|issues?|difficult(?:y|ies)|concerns?|things? (?:to (?:focus on|work on)|(?:i'm|i am|we're|we are) (?:worried|concerned) about|(?:that )?(?:i|we) (?:can )?(?:see|spot|noticed?|picked up|found))|areas? (?:to (?:work on|focus on)|of concern))(?: (?:here|today|now|for (?:you|him|her|them)))?(?:\\s+(?:are|is)\\b|\\s*:)`));

/** "You've got good rehabilitation potential", "her prognosis is excellent": the outlook rated. */
const OUTLOOK_RATED = caseless(/\b(?:good|great|excellent|fair|poor|limited|reasonable|strong|real) (?:rehab(?:ilitation)? |recovery |healing )?(?:potential|prognosis|outlook)\b|\b(?:prognosis|outlook) (?:is|looks|remains) (?:very |really |quite )?(?:good|great|excellent|fair|poor|guarded|limited|reasonable)\b/);

/**
 * "The good news is you're clearly motivated", "he's really keen to change": the clinician's judgement of how ready the
 * patient is to change, which a dietitian's, physio's or counsellor's plan is built on.
 */
const READINESS_JUDGED = caseless(/^(?:(?:so|and|but|okay|well|the good news is|the great thing is|what i'm hearing is),?\s+)*(?:(?:that )?(?:you|he|she|they)(?:'re| are| is|'s) (?:clearly |really |very |obviously |definitely |genuinely |quite )*(?:motivated|keen|committed|determined|ready) (?:to (?:change|(?:make|making) (?:some |these |the )?changes|do (?:this|it|the work)|get (?:better|fitter|well))|for (?:change|this))\b|(?:you|he|she|they)(?:'re| are| is|'s) (?:clearly |really |very )*(?:motivated|committed)\s*[.!]?$)/);

/** "Your stroke risk score, the CHA2DS2-VASc, comes out at 2", "a Wells score of 1": a risk scored from the history. */
const RISK_SCORED = caseless(/\b(?:risk score|cha2?ds2?-?vasc|chads2?|has-?bled|wells score|curb-?65|centor score|qrisk\d?|frax|abcd2|(?:glasgow[- ])?blatchford|timi score|grace score|caprini|padua score|waterlow|braden(?: score)?|morse (?:fall|falls) score)\b[^.?!]{0,60}?\b(?:is|of|comes? out (?:at|as)|works? out (?:at|as)|adds? up to|gives? (?:you|him|her|them) (?:a )?)\s*(?:a |an |about |around )?(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/);

/** "The alcohol may well have been the trigger", "the new boots are probably the culprit": the cause named. */
const TRIGGER_NAMED = caseless(/\b(?:(?:may|might|could|must|will) (?:well |easily |very well )?(?:have been|be)|(?:is|was|'s|are|were) (?:probably|likely|most likely|almost certainly|clearly)) (?:the|a|what) (?:likely |main |real |probable |final )?(?:trigger|culprit|cause|tipping point|last straw|set it off|brought it on)\b/);

/** "The sugary drinks are the main source of sugar", "stress is probably the biggest driver of it": the cause ranked. */
const CAUSE_RANKED = caseless(/\b(?:is|are|'s|'re|was|were) (?:really |probably |clearly |likely |definitely )?(?:the|your|his|her|their) (?:main|biggest|major|chief|real|key|single biggest) (?:source|cause|driver|culprit|reason|contributor)s? (?:of|for|behind|to)\b/);

/** "I'd call it a moderate speech sound disorder", "we'd class this as a grade 2 sprain": the clinician's own naming. */
const CALLED_AS = /\b(?:i|we)(?:'d| would) (?:call|describe|class|classify|diagnose) (?:it|this|that|him|her|them)(?: as)? (?:a |an )?/i;
function callsItCondition(text: string): boolean {
  const m = CALLED_AS.exec(text);
  return m !== null && DIAGNOSIS_TERM.test(text.slice(m.index + m[0].length));
}

/** A condition named alone, without a verb: "Atrial fibrillation.", "Plantar fasciitis, most likely." */
const VERB_OR_PERSON = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|'ll|can|could|should|would|may|might|i|you|we|he|she|they|it|that|this|if|not|no|any)\b|\d|\?/i;
const PREFIX_NOT_QUALIFIER = /\b(?:the|a|an|her|his|their|your|my|our|its|this|that|these|those|shows?|showed|shown|says?|said|found|means?|meant|looks?|looked|seems?|sounds?|feels?)\b/i;
function namesConditionAlone(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const bare = text.replace(/,?\s*(?:most likely|probably|likely|almost certainly|i think|i suspect)[.!]?\s*$/i, '');
  const named = DIAGNOSIS_TERM.exec(bare);
  if (!named || words.length > 5 || VERB_OR_PERSON.test(bare) || isExamFinding(bare)) return false;
  // The name opens the sentence, at most two qualifiers before it ("Paroxysmal atrial fibrillation."); "Her ECG shows
  // atrial fibrillation." reports a test, and is no naming.
  const before = bare.slice(0, named.index).replace(/^(?:(?:so|okay|ok|right|well),?\s+)*/i, '');
  return before.split(/\s+/).filter(Boolean).length <= 2 && !PREFIX_NOT_QUALIFIER.test(before);
}

/** A judgement said as a problem list, an outlook, a risk score, a cause or a bare name; asked, it is none of them. */
export function statesProblem(text: string): boolean {
  if (/\?\s*$/.test(text) || /\b(?:if|whether|last (?:time|visit)|you said|you told)\b/i.test(text)) return false;
  const judged = PROBLEMS_LISTED.test(text) || READINESS_JUDGED.test(text) || OUTLOOK_RATED.test(text) || RISK_SCORED.test(text) || namesConditionAlone(text) || callsItCondition(text);
  return judged || ((TRIGGER_NAMED.test(text) || CAUSE_RANKED.test(text)) && !/\b(?:we'll|we will|i'll|i will|let's|going to)\b/i.test(text));
}
