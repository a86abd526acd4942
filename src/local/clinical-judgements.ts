/**
 * What makes a clinician's sentence a judgement (the Assessment) rather than a report of a measurement (Objective) or
 * of the history (Subjective), by what the sentence does, whatever it is about:
 * - it weighs a value against a norm — a target, a range, a threshold ("the sugars are above target", "that's
 *   supratherapeutic", "it's too low for us");
 * - it compares the course of a condition or result with before ("it has progressed since the spring");
 * - it names a cause or what something is part of ("that's why it's high", "the bruising is bleeding from that",
 *   "the tiredness goes with all this");
 * - it explains a risk, an inheritance or an eligibility ("the aspirin adds to the bleeding risk", "it's autosomal
 *   recessive", "you meet the criteria for screening");
 * - it infers or excludes a condition from a finding or a rule ("a normal scan means it isn't a clot", "she passes the
 *   rules, so a break is unlikely"), or judges the outlook ("this responds well to physio").
 *
 * When one sentence both reports a value and judges it, its main (first) clause decides: "Your potassium is 5.6, which
 * is high" asserts the value, so it stays the reading; "The potassium is high, 5.6 against a limit of 5" asserts the
 * judgement, the value said only as its reason (and reported where it was read out), so it is the Assessment.
 */
import { caseless, type CaselessPattern } from '../text/caseless-pattern.js';
import { isAppraisalShape } from './appraisal-shapes.js';
import { DIAGNOSIS_TERM } from './clinical-vocabulary.js';

const DEGREE = String.raw`(?:(?:still|now|also|just|only|well|way|clearly|comfortably|nicely|right|definitely|slightly|quite|a (?:bit|little|touch|fair bit|lot)|much|far|not|yet)\s+)*`;
const NORM = String.raw`(?:(?:the|our|your|his|her|their)\s+)?(?:(?:normal|therapeutic|reference|safe|healthy|ideal|usual|expected|target|obese|obesity|overweight|underweight|diabetic|pre-?diabetic|hypertensive|osteopenic|osteoporotic|borderline|abnormal|high|low|severe|moderate|mild)\s+)?(?:target|goal|range|limits?|normal)\b`;
// (Present tense only: "your cholesterol was high" may be last year's result, told back as history.)
const COPULA = String.raw`(?:is|are|'s|'re|remains?|stays?|sits?|sitting|running|came (?:back|in)|comes (?:back|in))`;

/** "The fasting is above target", "3.8 is above range", "it's a bit above where we'd like", "that's supratherapeutic". */
const AGAINST_NORM = caseless(new RegExp(String.raw`\b${COPULA}\s+${DEGREE}(?:(?:above|below|over|under|within|outside|out of|in|at|on|off)\s+${NORM}|(?:above|below|over|under|higher than|lower than) where (?:we|i)(?:'d| would)? (?:like|want)|too (?:high|low)\b|(?:supra|sub)therapeutic\b|(?:above|over|under|below) the (?:cut-?off|threshold|limit)\b)`));
/** A value with no number in its clause, judged: "his phosphorus is high", "your iron stores are low". */
const VALUE_NOUN = String.raw`(?:numbers?|readings?|levels?|sugars?|fasting|results?|values?|counts?|pressures?|inr|a1c|hba1c|cholesterol|ldl|potassium|sodium|calcium|phosph(?:orus|ate)|creatinine|egfr|ferritin|iron(?: stores)?|haemoglobin|hemoglobin|platelets|tsh|thyroxine|vitamin d|b12|folate|psa|crp|esr|alt|bilirubin|albumin|glucose|triglycerides|urea|bun|magnesium|uric acid|white cells?)`;
const VALUE_JUDGED = caseless(new RegExp(String.raw`\b${VALUE_NOUN}\s+${COPULA}\s+${DEGREE}(?:high|low|raised|elevated|abnormal|borderline|dangerously \w+|up|down)\b(?!\s+(?:to|from|at|in|by)\b)`));
/** "162 is well over 140", "the fasting number is over 95": a value against a threshold (not "refill is under 3 seconds"). */
const OVER_THRESHOLD = caseless(new RegExp(String.raw`(?:^|\s)(?:\d+(?:\.\d+)?|(?:the|your|his|her|their) (?:[a-z-]+ )?${VALUE_NOUN}) ${COPULA}\s+${DEGREE}(?:above|over|under|below) \d+(?:\.\d+)?(?!\.?\d)(?!\s*(?:%|seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|cm|mm|kg|g|grams?|degrees?|beats?|bpm|breaths?)\b)`));

/** "It has progressed", "it's worse than in March", "things are better than at your last scan". */
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the fall|the winter)`;
const BEFORE = String.raw`(?:in |at |on |back in )?(?:${MONTH}|last (?:time|year|month|visit)|(?:the|your|his|her|their) (?:last|previous|first) (?:one|visit|scan|test|check|appointment|bloods?)|diagnosis|a year ago|\w+ (?:months?|years?) ago|before)`;
const COURSE = caseless(new RegExp(String.raw`\b(?:ha(?:s|ve)|'s) (?:now |clearly |definitely |unfortunately |slowly |a (?:bit|little) )?(?:progressed|worsened|deteriorated|advanced|got worse|gotten worse)\b|\b${COPULA}\s+${DEGREE}(?:worse|better|higher|lower|bigger|smaller|further along) (?:than|since|compared (?:with|to)) ${BEFORE}\b`));

/** "That's almost certainly why it's high", "the neuropathy is why you didn't feel it", "X is what caused it". */
const REASON = caseless(/\b(?:(?:that|this|which|it)(?:'s| is| was)|(?:is|are|was|were))\s+(?:(?:almost certainly|probably|most likely|likely|definitely|exactly|partly|also|really|the main)\s+)*(?:why\b|the (?:reason|cause)\b|what(?:'s| is| has| was)? (?:been )?(?:caused|causing|driving|drove|behind|triggered|triggering)\b)/);
/** "That's why I was asking", "this is why people struggle", "that's why it's important to rest": no cause judged. */
const OWN_REASON = caseless(/\bwhy (?:i|i'm|i am|i was|we|we're|people|everyone|it's (?:important|best|worth)|it is (?:important|best|worth)|you (?:should|need|must|have to))\b/);
/** "The bruises are minor bleeding from that", "the swelling is probably from the new tablet". */
const FROM_CAUSE = caseless(/\b(?:is|are|'s|'re)\s+(?:(?:probably|likely|most likely|almost certainly|just|all|partly|mostly|from|a|an|some|the|minor|mild|small)\s+)*(?:[a-z-]+\s+){0,2}?(?:from|due to|caused by|down to|a side effect of|a result of)\s+(?:that|this|it|all (?:of )?(?:that|this)|the (?:[a-z-]+ ){0,2}?(?:tablets?|pills?|medicines?|medication|drugs?|antibiotics?|infection|injury|fall|shoes?|pressure|treatment|surgery|operation|virus|steroids?|warfarin|interaction))\b/);
/** "It's Dr Lee from the surgery": a caller named, not a cause. */
const CALLER = caseless(/\b(?:dr|doctor|nurse|sister|mr|mrs|ms|miss)\.? [a-z'-]+ from\b|\b(?:it's|this is|i'm) [a-z'-]+ from\b/);
/** "The weight loss goes with all that", "that pattern fits with the variant": a finding tied to what explains it. */
const PART_OF = caseless(/\b(?:goes|go|fits?|ties? in|is in keeping|are in keeping|is consistent|are consistent|is part of|are part of)\s+(?:along\s+|in\s+)?(?:with\s+)?(?:all (?:of )?(?:that|this)|the (?:[a-z0-9-]+ ){0,3}?(?:variant|mutation|gene|diagnosis|disease|condition|picture|kidneys?|infection|inflammation|problem)|(?:that|this) (?:picture|pattern|diagnosis|condition))\b/);

/** "Ibuprofen increases bleeding risk", "that raises the risk of a clot", "you'd have an increased risk of…". */
const RISK = caseless(/\b(?:increases?|increasing|raises?|raising|adds? to|adds|doubles?|triples?|boosts?)\s+(?:(?:the|your|his|her|their|its|overall|that)\s+)?(?:[a-z-]+\s+){0,2}?risk\b|\b(?:an?|the)\s+(?:(?:much|slightly|significantly|somewhat)\s+)?(?:increased|higher|raised|elevated|greater) (?:lifetime )?risk (?:of|for)\b|\brisk (?:that's|that is|which is) (?:also )?(?:higher|raised|increased|above)\b/);
/** "BRCA2 is autosomal dominant", "it's X-linked", "this runs in families". */
const INHERITED = caseless(/\b(?:is|are|'s|'re)\s+(?:(?:usually|often|probably|also)\s+)?(?:autosomal (?:dominant|recessive)|x-linked|inherited|hereditary|passed (?:down|on) (?:in|through) famil)|\bruns in (?:the |your |his |her |their )?famil/);
/** "You meet the criteria for testing", "she passes the Ottawa rules", "he qualifies for the programme". */
const ELIGIBLE = caseless(/\b(?:meets?|meeting|fulfils?|fulfills?|satisf(?:y|ies)) (?:the |all the |our |all )?(?:[a-z-]+ ){0,2}?criteria\b|\b(?:passes|passed|fails|failed) (?:the )?(?:[a-z'-]+ ){1,3}(?:rules?|criteria)\b|\b(?:qualif(?:y|ies)|eligible) for\b/);
/** "The squeeze test being negative means it's not a high ankle sprain", "a clear scan tells us there's no clot". */
const INFERS = caseless(/\b(?:means?|tells? (?:me|us)|shows? (?:me|us))\s+(?:that\s+)?(?:it(?:'s| is| isn't| is not)|this(?:'s| is| isn't| is not)|there(?:'s| is) no|you(?:'ve got| have| don't have)|(?:he|she)(?:'s got| has| doesn't have))\s/);
/** "So a fracture is unlikely", "a clot is very unlikely": a condition weighed and set aside. */
const UNLIKELY = caseless(/\b(?:is|are|'s)\s+(?:(?:very|much|most|highly|quite|far|really)\s+)?(?:unlikely|less likely|ruled out|excluded)\b/);
/** "Stiffness responds well to therapy", "the return-to-work goal is realistic": the outlook judged. */
const OUTLOOK = caseless(/\b(?:responds?|respond) (?:really |very )?(?:well|nicely|quickly) to\b|\b(?:goal|target|aim|plan)\b[^.,;?!]{0,30}? (?:is|looks|seems) (?:very |quite |entirely )?(?:realistic|achievable|doable)\b|\b(?:outlook|prognosis) (?:is|looks) (?:very |really )?(?:good|excellent|fair|guarded|poor)\b/);

/** Said of what the patient told, or of the plan to come: a recap or an order, not a judgement made now. */
const NOT_JUDGED = caseless(/\b(?:you said|you mentioned|you told|(?:mum|mom|dad|doctor|gp|nurse) (?:said|told)|used to|we want|we aim|aim for|we'd like it|goal is to|target is|should be|needs to be|keep (?:it|them)|i'll|we'll|i will|we will|going to|let's|want you to|would like you)\b/);

/** "Stop the warfarin when your INR is under 2", "…, hold the supplement": an order, whatever value it names. */
const ORDERS = caseless(/(?:^|[,;]\s+|\band\s+)(?:stop|start|hold|take|keep|give|increase|reduce|continue|use|avoid|try|restart|switch|cut|skip|halve|double|check|ring|call|come)\s+(?:the|your|his|her|it|them|taking|on|back|a|an|all|any|doing)\b/);
/** Said of what is seen now ("your squat looks better than last time"): the examiner's finding, not a course judged. */
const SEEN_NOW = caseless(/\b(?:looks?|looking|feels?|sounds?|seems?|moving|getting|you're|you are)\b/);

/** "I don't know if it's from all that activity": a cause wondered about, not judged. */
const UNSURE = caseless(/\b(?:(?:i )?(?:don't|do not) know|not sure|i wonder|no idea) (?:if|whether|why)\b/);

/** The main clause: up to the first comma, semicolon or dash ("…, which is high" and "…, so keep doing it" follow it). */
function mainClause(text: string): string {
  return text.split(/[,;:]\s|\s[-–]\s/)[0]!;
}

/** "…said that because your iron is low, she'd like you to…": a judgement under "because" or "if" is another's reason. */
function weighsHere(pattern: CaselessPattern, clause: string): boolean {
  const m = pattern.exec(clause);
  return m !== null && !/\b(?:because|since|if|when|whether|until|unless|once)\b/i.test(clause.slice(0, m.index));
}

/** True when a clinician's statement judges, by one of the mechanisms above. */
export function isClinicalJudgement(text: string, question: boolean): boolean {
  // (An uncut run-on of speech recognition says many things: a cue forty words in tells nothing of the whole.)
  if (question || /\?\s*$/.test(text) || text.split(/\s+/).length > 40) return false;
  const main = mainClause(text);
  // "If you do carry it you'd have an increased risk of…": a risk explained under a condition is still the counsel.
  if (/^(?:(?:and|but|so),?\s+)?if\b/i.test(text)) return RISK.test(text) && /\b(?:you|he|she|they|it)(?:'d| would)\b/i.test(text) && !NOT_JUDGED.test(text);
  if (/^(?:(?:and|but|so),?\s+)?(?:when|unless|once|until|because|since|as)\b/i.test(text) || NOT_JUDGED.test(main) || ORDERS.test(main) || UNSURE.test(main)) return false;
  if ((weighsHere(AGAINST_NORM, main) || weighsHere(OVER_THRESHOLD, main) || (weighsHere(VALUE_JUDGED, main) && !/\d/.test(main))) && !/^(?:(?:so|and)\s+)?(?:we|i)\b/i.test(main)) return true;
  if (weighsHere(COURSE, main) && !SEEN_NOW.test(main) && !/\b(?:your|his|her|the) (?:skin|wound|swelling|range|movement|gait|walking|strength|ankle|knee|hip|shoulder|wrist|leg|arm|foot|hand|back|neck|eye|ear)s?\b/i.test(main)) return true;
  if ((REASON.test(main) && !OWN_REASON.test(main)) || (FROM_CAUSE.test(main) && !CALLER.test(main)) || PART_OF.test(text) || RISK.test(text) || INHERITED.test(text) || ELIGIBLE.test(main) || OUTLOOK.test(text)) return true;
  if (INFERS.test(text) && DIAGNOSIS_TERM.test(text.slice(text.search(INFERS.source)))) return true;
  return UNLIKELY.test(main) && DIAGNOSIS_TERM.test(main);
}

/** "…, so a fracture is unlikely and I'm not going to x-ray it": the judgement, then the decision it leads to. */
const DECISION = /,?\s+(?:(?:and|so|but)|which is why)\s+(?=(?:i'm|i am|we're|we are)\s+(?:not\s+)?going to\b|(?:i|we)(?:'ll| will| won't| will not| don't need to| do not need to|'d| would)\s|you(?:'ll| will)? need to\s|the (?:simplest|best|easiest|safest|usual|standard|first|next) (?:option|step|thing|treatment|plan|approach) (?:is|would be)\b)/i;

/** "The squeeze test being negative means it's not a high ankle sprain": the finding, then what it rules in or out. */
const FINDING_MEANS = /^(?:(?:and|so|now)\s+)?((?:the |a |an |your |his |her )?[a-z0-9' -]{2,50}?) being (negative|positive|normal|abnormal|clear|intact|equivocal|(?:a )?[a-z]+ (?:positive|negative)) means (?:that )?(.+)$/i;

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The sentence as its judgement and its decision (or its finding and what it means), or whole when it is not two. */
export function splitJudgementAndDecision(sentence: string): string[] {
  const f = FINDING_MEANS.exec(sentence);
  if (f && isClinicalJudgement(`It means ${f[3]}`, false) && DIAGNOSIS_TERM.test(f[3]!)) return [`${capitalise(f[1]!)} is ${f[2]}.`, capitalise(f[3]!)];
  const m = DECISION.exec(sentence);
  if (!m) return [sentence];
  const judgement = sentence.slice(0, m.index).trim();
  const decision = sentence.slice(m.index + m[0].length).trim();
  if (!(isClinicalJudgement(judgement, false) || isAppraisalShape(judgement, false, true)) || decision.split(/\s+/).length < 4) return [sentence];
  return [`${judgement}.`, `${capitalise(decision)}${/[.!?]$/.test(decision) ? '' : '.'}`];
}
