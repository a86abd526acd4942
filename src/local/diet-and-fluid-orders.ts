/**
 * What a patient may eat and drink, said by a speech therapist, a nurse or a dietitian: "Drinks level 2, mildly thick,
 * including his tea.", "Puree diet for now.", "Fluids — keep it to 1.5 liters a day", "Low salt: no ham for now". Said
 * without a verb of prescribing, they read like the swallow trial just done or the fluids just measured; they are the
 * orders of the plan. And "Thin fluids aren't safe right now" judges what the trial showed: the assessment.
 */
import { caseless } from '../text/caseless-pattern.js';

const LEAD = String.raw`^(?:(?:so|and|then|now|okay|right)[,:]?\s+)*`;
const TEXTURE = String.raw`(?:level \d|(?:slightly|mildly|moderately|extremely) thick(?:ened)?|thickened|pur(?:ee|eed|ed)|minced(?: and moist)?|soft(?: and bite-sized)?|liquidi[sz]ed|low[- ](?:salt|sodium|fat|sugar))`;

/** A texture, a limit or a restriction set for food or drink, said as an order rather than as a trial's result. */
const DIET_ORDER = caseless(new RegExp(
  `${LEAD}(?:`
    // "Drinks level 2, mildly thick", "fluids at level 1"
    + String.raw`(?:drinks|fluids|liquids)(?: (?:at|to|are|should be))? ${TEXTURE}`
    // "Puree diet for now", "soft diet until the review", "low-salt diet"
    + String.raw`|${TEXTURE} (?:diet|foods?|meals|drinks|fluids)\b[^.?!]{0,30}\b(?:for now|from now|until|only|including|going forward|for the (?:moment|time being))`
    + String.raw`|${TEXTURE} (?:diet|foods?|meals)[.!]?$`
    // "Fluids — keep it to 1.5 liters a day", "drinks: no more than two litres"
    + String.raw`|(?:fluids|drinks|liquids|fluid intake)\W{1,4}(?:keep (?:it|them) (?:to|under|below)|limit (?:it|them) to|no more than|up to|restrict\w*)\b`
    // "Low salt: no ham for now", "low sodium, so no tinned soup"
    + String.raw`|low[- ](?:salt|sodium|fat|sugar)\s*\W{1,3}\s*(?:no|avoid|cut|swap|only|less)\b`
    + ')',
));

/**
 * "She's nil by mouth from now", "keep him NPO after midnight", "Nil by mouth until the surgeon has seen him": nothing
 * by mouth ordered (a vet before surgery, a ward before a procedure), not a history of fasting.
 */
const NOTHING_BY_MOUTH = caseless(/^(?:(?:so|and|then|now|okay|right|also)[,:]?\s+)*(?:(?:keep|make) (?:him|her|them|it|the patient) |(?:she|he|they|it)(?:'s| is|'re| are| stays?| remains?| will be|'ll be|'ll stay|'ll need to be|'ll have to be) )?(?:nil by mouth|npo|nothing by mouth)\b(?![^.?!]*\b(?:since|overnight|this morning)\b)/);

/** "Thin fluids aren't safe right now", "solids are unsafe for him": how safe a consistency is, judged from the trial. */
const CONSISTENCY_JUDGED = caseless(new RegExp(
  `${LEAD}(?:thin|thick(?:ened)?|normal|regular|solid|soft|mixed)? ?(?:fluids|liquids|drinks|foods?|solids|textures|consistencies|water)(?: (?:by mouth|orally))? (?:are|is)(?:n't| not)? (?:really |completely |entirely |quite )?(?:safe|unsafe)\\b`,
));

/** A history told in the past is no order: "he was on a puree diet at the home". */
const PAST = caseless(/\b(?:was|were|used to|has been|have been|at home|before|last (?:time|week|month))\b/);

/**
 * "Let's try a teaspoon of water first.": in a swallow assessment the trial given is recorded with what it showed, so
 * it is the exam's, not a plan to try something.
 */
const TRIAL_GIVEN = caseless(/^(?:(?:okay|ok|so|now|right|and|next),?\s+)*(?:let's|let us|we'll|i'll|i'm going to|we're going to) (?:try|give (?:you|him|her|them)|start with|start (?:you|him|her|them) on) (?:a |an |some )?(?:teaspoon|spoon(?:ful)?|sip|cup|mouthful|bite|piece|cracker|biscuit)s? of [a-z -]{2,30}/);

export function givesSwallowTrial(text: string): boolean {
  return TRIAL_GIVEN.test(text.trim()) && !/\b(?:at home|tomorrow|next (?:time|week)|tonight)\b/i.test(text);
}

export function ordersDietOrFluids(text: string): boolean {
  return (DIET_ORDER.test(text.trim()) || NOTHING_BY_MOUTH.test(text.trim())) && !PAST.test(text);
}

export function judgesConsistencySafety(text: string): boolean {
  return CONSISTENCY_JUDGED.test(text.trim()) && !PAST.test(text);
}
