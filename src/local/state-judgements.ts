/**
 * A clinician's judgement said in ordinary words, naming no diagnosis: how the patient is ("she's mildly
 * dehydrated", "he's a bit anaemic"), how a treatment is doing ("you've had a partial response to the fluoxetine",
 * "the inhaler is helping but not fully", "that's coming along nicely") and what a condition is called ("contact
 * dermatitis is what we call it"). These are the assessment; without this they were dropped, or went wherever the
 * phase put them. Read only from the clinician, never from a question, a condition ("if she's dehydrated") or a
 * report of what someone said.
 */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs } from './clinical-vocabulary.js';

const LEAD = String.raw`^(?:(?:so|and|but|okay|ok|right|well|now|overall|i think|i'd say|on balance),?\s+)*`;
const PERSON = String.raw`(?:you're|you are|he's|he is|she's|she is|they're|they are|the (?:patient|baby|child|dog|cat|puppy|kitten)(?:'s| is))`;
const DEGREE = String.raw`(?:(?:still|now|definitely|clearly|probably|also|just)\s+)?(?:(?:only\s+)?(?:mildly|moderately|severely|slightly|significantly|quite|very|rather|a (?:little |tiny )?bit|a little|a touch|somewhat)\s+)?`;
/**
 * A state of the body a clinician weighs up from what they found, said alone: "she's a little dehydrated, the skin
 * tent is slow" gives the finding with it and stays the exam.
 */
const BODY_STATE = String.raw`(?:dehydrated|dry|anaemic|anemic|underweight|overweight|obese|deconditioned|malnourished|jaundiced|septic|hypoxic|tachycardic|febrile|fluid overloaded|overloaded|immunocompromised|hypothyroid|hyperthyroid|euthyroid|hypertensive|hypotensive|volume depleted)`;
const IN_STATE = caseless(new RegExp(String.raw`${LEAD}${PERSON}\s+${DEGREE}${BODY_STATE}(?:,?\s+(?:today|now|at the moment|i'd say|i think))?\s*[.!]?\s*$`));

/** "You've had a partial response to…", "he's shown a good response with…", "she's made some improvement on…". */
const RESPONSE_GRADE = String.raw`(?:partial|good|great|excellent|poor|limited|modest|reasonable|decent|full|complete|slight|real|definite|slow|incomplete)`;
const RESPONSE_HAD = caseless(new RegExp(String.raw`\b(?:you've|you have|he's|he has|she's|she has|they've|they have|[a-z]+ has)\s+(?:had|made|shown|seen|got|gotten)\s+(?:(?:a |an )?(?:${RESPONSE_GRADE}\s+)+|some (?:${RESPONSE_GRADE}\s+)*)(?:response|improvement|benefit)\s+(?:to|from|with|on)\b`));
/** "The inhaler is helping", "the tablets are only partly working", "the physio has been doing its job". */
const TREATMENT = String.raw`(?:tablets?|pills?|medications?|medicines?|inhalers?|cream|ointment|drops|spray|treatment|dose|antibiotics?|steroids?|injections?|physio|exercises|splint|brace|dressings?|therapy|patch|diet)`;
const IS_WORKING = caseless(new RegExp(String.raw`\b(?:the|your|his|her|their|this|that)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:is|are|'s|has been|have been|seems? to be|seem to be)\s+(?:(?:only|partly|partially|definitely|clearly|really|certainly|already|not really|not|starting to|beginning to)\s+)*(?:working|helping|doing (?:its|their|the) (?:job|trick)|taking effect|kicking in)\b`));
/** "That's coming along nicely", "it's on the mend", "things are turning the corner". */
const COMING_ALONG = caseless(new RegExp(String.raw`${LEAD}(?:it's|it is|that's|that is|this is|things are|${PERSON}|(?:the|your|his|her) [a-z-]+ (?:is|are|'s))\s+(?:(?:really|slowly|definitely|clearly|now|still)\s+)?(?:coming along|on the mend|turning the corner|getting there)\b`));
/** "Contact dermatitis is what we call it", "we'd call that a stress fracture" (problem-statements.ts reads the second). */
const WHAT_WE_CALL = caseless(/\b[a-z][a-z -]{2,40}\s+is what (?:we|vets|doctors|dentists|people|they) (?:call|would call|'d call) (?:it|this|that)\b/);

/**
 * "The monofilament result tells me you've got loss of protective sensation", "that reading suggests she's dry": what
 * a finding or a result is read to mean, by the one who read it (a person who "tells me" reports the story instead).
 */
const READ_FROM_FINDING = caseless(/\b(?:that|this|which|result|results|reading|readings|scan|x-ray|test|score|finding|findings|swab|level|levels|picture|pattern) (?:tells|told) (?:me|us) (?:that )?(?:you|he|she|they|the patient)(?:'ve| have| has|'re| are|'s| is)\b|\b(?:result|results|reading|readings|scan|x-ray|test|score|finding|findings|swab|level|levels|picture|pattern) (?:suggests?|means?|indicates?) (?:that )?(?:you|he|she|they|the patient)(?:'ve| have| has|'re| are|'s| is)\b/);

/** A report, a condition or a wish is no judgement: "if he's dehydrated", "your mum said he's been dry". */
const NOT_JUDGED = caseless(/\b(?:if|unless|whether|when|you said|you mentioned|you told|said|says|told me|used to|was|were|last (?:time|week|month|year)|ago|hoping|hope|want|going to|will|'ll|let's)\b/);

/** True for a clinician's judgement of the patient's state, of a treatment's effect or a condition's name (`historyTaken`: the exam or plan is under way). */
export function isStateJudgement(text: string, question: boolean, historyTaken: boolean): boolean {
  if (question || /\?\s*$/.test(text)) return false;
  if (WHAT_WE_CALL.test(text)) return true;
  if (READ_FROM_FINDING.test(text) && !/\b(?:if|unless|whether)\b/i.test(text)) return true;
  if (NOT_JUDGED.test(text)) return false;
  if (IN_STATE.test(text) || RESPONSE_HAD.test(text)) return true;
  // While the history is taken, "so the ibuprofen is helping" says back what the patient told.
  if (!historyTaken) return false;
  if (COMING_ALONG.test(text)) return true;
  const working = IS_WORKING.exec(text);
  return working !== null && (new RegExp(String.raw`^${TREATMENT}$`, 'i').test(working[1]!) || findDrugs(working[1]!).length > 0);
}
