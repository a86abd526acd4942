/**
 * Places each cleaned sentence in a note section, or drops it. Clinician sentences are scored by cue density
 * with a prior from the visit phase (history → exam → assessment/plan); patient sentences are history when they
 * carry clinical content.
 */
import type { Utterance } from './types.js';
import { caseless } from '../text/caseless-pattern.js';
import { isRadioProcedure } from '../text/radio-traffic.js';
import { isActionDoneNow } from './actions-done-now.js';
import { isStateJudgement } from './state-judgements.js';
import { isStepDoneNow } from './steps-done-now.js';
import { judgesDose, tellsPrescribedBefore } from './medication-history.js';
import { isConclusionDrawn, namesConditionOutright } from './conclusions-drawn.js';
import { classifyByPurpose } from './classify-by-purpose.js';
import { classifyByStructure, isExamFragment } from './clause-structure.js';
import { ASSESSMENT_CUES, CLINICAL_TERMS, countMatches, EXAM_CUES, HISTORY_CUES, PLAN_CUES, RESULTS_CUES } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM, findDrugs, hasMeasuredValue, isExamFinding, isPlanStatement } from './clinical-vocabulary.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { LAB_OR_SCORE, MENTAL_STATE_SEEN, SIZED_FINDING, SPECIMEN_TAKEN } from './purpose-patterns.js';
import { ADVICE_MARKERS, ADVICE_ONLY_VERBS, ADVICE_PURPOSE, adviceVerb, DEVICE, firstWord, isAdvice, MANEUVER_VERBS, MOVES_BODY, PLAN_TRANSITION } from './read-advice.js';
import { describesBodyInExam, placesBody } from './spoken-observations.js';
import { isExamRequest } from './exam-requests.js';
import { BODY_STATE_NOW, COUNTED_FINDING, EXAMINED_PART, PAIN_ELICITED, PULSE_FELT, SHORT_READING, TERSE_FINDING, TERSE_LIKELIHOOD, TERSE_ORDER, TERSE_RANGE, TESTED_STRUCTURE } from './terse-findings.js';
import { ordersTest } from './ordered-tests.js';
import { givesSwallowTrial, judgesConsistencySafety, ordersDietOrFluids } from './diet-and-fluid-orders.js';
import { addsToHomeProgram, describesGait, judgesProgress, namesWalkingAid, readsTimedTest, tellsLostFunction } from './rehab-session-talk.js';
import { infersInsideState, looksForAbsentSign, rulesOutCondition } from './inferred-conditions.js';
import { contactsColleague } from './care-handoffs.js';
import { keepsDrugAsIs } from './reviewed-medicines.js';
import { gradesRisk } from './risk-ratings.js';
import { statesProblem } from './problem-statements.js';
import { namesSocialNeed, tellsSocialHistory } from './social-circumstances.js';
import { describesLetter, teachesWarningSigns } from './plan-explanations.js';
import { namesExaminedTooth } from './dental-sites.js';
import { PROPOSES_CHANGE } from './proposals.js';
import { isSymptomRecap } from './symptom-recap.js';
import { namesSpecialTestResult } from './special-tests.js';
import { handsOverProgramme, namesAidForTask, setsGoal } from './verbless-plan-items.js';
import { isPlanListItem, setsExerciseSchedule, setsGoal as setsAim } from './plan-list-items.js';
import { listsTestsToOrder } from './tests-listed.js';
import { allowsDrugForUse, prescribesByName } from './drug-plan-items.js';
import { isClinicalJudgement } from './clinical-judgements.js';
import { isAppraisalShape } from './appraisal-shapes.js';
import { namesVisitPurpose, offersTreatmentIfNeeded } from './conditional-options.js';
import { offersNextStep } from './offered-steps.js';
import { tellsTimeOnTreatment } from './treatment-duration.js';
import { classifySpokenJudgement } from './spoken-judgements.js';
import { ANNOUNCES_RESULTS, type Phase, type Slot, VITALS } from './track-phases.js';
import { headsAdvice } from './plan-turn-markers.js';
import { reportsLookedAndFound } from './looked-and-found.js';
import { opensOnScore } from './scored-readings.js';
import { isBareCount } from './bare-counts.js';
import { ASKS_INTERPRETER, CHECKS_OUT, CONNECTION_CHECK, CUT_OFF, PLAN_ANNOUNCED, EVALUATION_NOW, EXAM_MANEUVER, FOLLOW_UP_GOODBYE, FORETOLD_SENSATION, GREETING_OR_AGENDA, COMFORTS, INTRODUCTION, QUESTIONS_AHEAD, RUNNING_THE_VISIT, MEETS, SCRIBE_COMMAND, SMALL_TALK, VISIT_COURSE, VISIT_PROCESS, VISIT_STEP, VISIT_ASIDE } from './visit-talk-patterns.js';

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
}

function isPresentFindingOrCount(text: string): boolean {
  return COUNTED_FINDING.test(text) || !/\b(?:was|were|had|has been|have been|used to|last (?:time|week|visit))\b/i.test(text);
}
const OBSERVED_APPRAISED = caseless(/^(?:(?:so|and|okay|now|well),?\s+)?(?:you're|you are|he's|he is|she's|she is) (?:\w+ing)\b[^.?!]{0,50},\s*which is (?:very |really |quite |a )?(?:reassuring|good|a good sign|good sign|normal|fine|great|encouraging)\b/);
const REPORTED_BY_COLLEAGUE = caseless(/^(?:(?:so|and|okay|now|thanks for coming in|thank you for coming in)[\w ,]{0,20}?,?\s+)?(?:the|your|his|her) (?:health visitor|district nurse|practice nurse|nurse|gp|doctor|school|teacher|social worker|midwife|physio\w*|referral(?: letter)?|letter|consultant|paramedics?|ambulance crew|care home|carer) (?:said|says|mentioned|told me|wrote|reported|tells me)\b/);
const CHART_SAYS = caseless(/\b(?:looking (?:through|at|over)|reviewing|went through|in|from) (?:your|the|his|her) (?:chart|notes|records?|file)(?: here)?,?\s+(?:and\s+)?(?:it looks like|i see(?: that)?|it says|it shows)\s+\S+(?:\s+\S+){2,}$/);

/** `short`: a visit of a few dozen sentences, where almost every statement a patient makes is worth keeping. */
/** "Alex, you seem brighter today": a name said to get someone's attention, which the sentence's purpose is read past. */
const VOCATIVE = /^(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?!(?:Yes|No|Okay|Ok|Well|Now|So|Sure|Right|Alright|Great|Good|Perfect|Also|Then|First|Next|Today|And|But|Hi|Hello|Oh|Yeah|Thanks|Sorry|Look|Listen|Again|Otherwise|Honestly|Actually|Finally|Lastly|Overall|Anyway)\b)[A-Z][a-z]+,\s+(?=(?:you|your|i|we|when|it|this|that|the|so|let's|there|he|she|he's|she's|his|her)\b)/;

/** The exam's requests, not errands: "can you show me", "could you lie back". */
const NOT_ERRANDS = new Set('come move step show tell hear see feel point look lie lay sit stand walk turn bend lift raise push pull squeeze open close breathe cough follow hold move touch stick try read describe say rate remember confirm spell'.split(' '));
const ASKS_BY_NAME = /^(?:(?:mr|mrs|ms|miss)\.?\s+)?(?!(?:Yes|No|Okay|Ok|Well|Now|So|And|But|Hi|Hello|Oh|Yeah|Right|Alright)\b)[A-Z][a-z]+,\s+(?=(?:can|could|would|will) you\b)/;
/** "Priya, can you grab the goniometer and the tape measure?": the room's kit fetched for the exam is no errand. */
const ROOM_EQUIPMENT = /\b(?:goniometer|tape(?: measure)?|gloves?|thermometer|otoscope|stethoscope|cuff|scales|(?:pen ?)?torch|tongue depressor|reflex hammer|probe|gel|tray|trolley|suction|dressing pack|tuning fork|sats probe|the (?:notes|chart|forms?|light|blinds?|door|couch))\b/i;
/** "Could you drop a spare inhaler in for school", "for lunch, can you set a reminder on your phone". */
function isErrand(text: string): boolean {
  const m = /^(?:(?:and|so|also),?\s+)?(?:(?:on|for|with|at|in|during|before|after) [^,]{1,30},\s*)?(?:can|could|would) you (?:please |also )?([a-z]+)\b/i.exec(text);
  return m !== null && !NOT_ERRANDS.has(m[1]!.toLowerCase()) && !/\b(?:me|us)\s*$/.test(text) && text.split(/\s+/).length >= 6 && !ROOM_EQUIPMENT.test(text);
}

const DOSE_MOVED = /^(?:(?:so|and|okay|then|now|right),?\s+)*(?:(?:let's|we'll|we will|i'll|i will|i'm going to|we're going to|i'd|i would|i want to|we need to)\s+)?(?:bump|knock|push|nudge|pull|bring|cut|drop|step|wind|dial|go)\b[^.?!]{0,30}?\b(?:up|down|back|off)\b/i;
const DRUG_CLASS = /\b(?:diuretic|water tablet|statin|steroids?|inhaler|antibiotics?|painkillers?|blood thinner|antidepressant|dose|tablets?|pills?|insulin)\b/i;

/** "Tooth 36, there's a crack line…", "Left knee, there is an effusion": the site a finding is dictated under. */
const SITE_TOPIC = /^(?:(?:upper|lower|left|right|the|big|little|great|small|index|middle|ring|first|second|third|fourth|fifth) )*(?:tooth|teeth|molar|premolar|incisor|canine|knee|hip|shoulder|ankle|wrist|elbow|foot|feet|hand|eye|ear|back|neck|chest|abdomen|belly|skin|wound|ulcer|scar|incision|nail|toe|finger|thumb|heel|leg|arm|stifle|hock|paw|hoof)s?(?: (?:on the )?(?:left|right|\d{1,2}))?,\s+(?=there(?:'s| is| are)\b|i can (?:see|feel)\b|the [a-z]+(?: [a-z]+){0,2} (?:is|are|looks?)\b|it(?:'s| is| has| looks)\b)/i;

/** "From what I can see, you look well": the clinician's vantage (a video visit's), read past to what is seen. */
const SEEN_LEAD = /^(?:(?:so|and|okay|now|well),?\s+)?(?:from what i can see|as far as i can see|looking at you(?: on the (?:screen|video|camera))?|on (?:the )?(?:video|screen|camera)|from (?:the )?(?:video|screen|camera)),?\s+(?=\S+\s+\S+)/i;
/**
 * "Between her toes she's got redness", "behind his ear he has a lump": a place said first is read at the end, so the
 * sentence opens on what the patient has there, as the rules for findings expect ("She's got redness between her toes").
 */
const FRONTED_PLACE = /^(?:(?:yeah|yes|so|and|okay|now|also),?\s+)*((?:between|on|under|underneath|behind|over|inside|around|along|across|above|below) (?:the|her|his|its|their|your|both|each|this|that) (?:[a-z-]+ ){0,2}[a-z-]+),?\s+(?=(?:she|he|it|they)(?:(?:'s|'ve| has| have) got| has| have)\b)/i;
/** "As I bend it, the hip rolls outward": the manoeuvre the finding was seen during, read past to the finding. */
const DURING_MANOEUVRE = /^(?:(?:and|so|now),?\s+)?(?:as|when|while) (?:i|we) (?:bend|flex|move|turn|rotate|press|push|lift|straighten|bring|raise|lower|extend) (?:it|them|the [a-z]+|your [a-z]+|his [a-z]+|her [a-z]+)(?: (?:up|in|out|down|back))?,?\s+(?=(?:the|your|his|her|it|there|you|he|she)\b)/i;
/** "Mum, can you give him the drops…", "Dad, keep the cast dry": a companion addressed by their role. */
const COMPANION_VOCATIVE = /^(?:(?:and|so|okay|now),?\s+)?(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunty|mama|papa)\s*,\s+(?=\S)/i;
/** "Ask the nurses to thicken it", "get your husband to drive you": a task handed to someone else is plan. */
const DELEGATES = /^(?:(?:and|so|also|then|okay|please),?\s+)*(?:ask|tell|get|have) (?:the |your |his |her |their |a )?(?:[a-z]+ ){0,2}(?:nurses?|carers?|staff|school|teachers?|husband|wife|partner|son|daughter|mum|mom|dad|family|pharmacist|gp|doctor|team|someone|somebody) to (?!(?:take a (?:deep )?breath|cough|lie|sit|stand|turn|look|open|relax)\b)[a-z]+/i;

const REQUESTS_ORDER = caseless(/^(?:(?:and|so|okay|also)[,\s]+)*(?:(?:[a-z]+),\s+)?(?:can|could) (?:we|you|someone|somebody) (?:please |also |just |then )?(?:get|send|do|take|book|arrange|order|request|start|give|organi[sz]e|set up|put up|put in|draw) (?:him |her |them |the patient )?(?:a |an |some |the |two |three |\d+ )?(?:sets? of |lots of |litres? of )?[^?]{0,60}?\b(?:cultures?|lactate|swabs?|bloods?|blood tests?|fbc|u ?& ?es?|crp|ecg|ekg|troponin|x-?rays?|ct|scan|urine|msu|cannula|iv|drip|fluids?|bolus|catheter|antibiotics?|oxygen|gas|abg|vbg|glucose|bm|ketones)\b/);

const KNOWN_HISTORY = /^(?:(?:so|and|okay|now|well|right),?\s+)*(?:i know (?:that )?(?:you(?:'ve| have)(?: been)? (?:dealing with|had|got|suffered from|living with)|you(?:'re| are) (?:dealing|living) with)|we have [^.?!]{3,80}\b(?:which|that) we (?:talked|spoke) about\b|(?:as we (?:discussed|talked about)),? you (?:have|had))/i;
const READS_MEDICINES = /^(?:(?:yes|yeah|okay|so|right),?\s+)?i (?:can )?see (?:that you(?:'re| are) (?:on|taking) )?(?:[A-Z]?[a-z-]+,\s+){1,}/i;
const NOT_FOUND_ON_EXAM = /^(?:(?:so|and|okay|now|well|right),?\s+)*i (?:can't|cannot|can not|don't|do not|couldn't|could not) (?:find|feel|see|hear|detect|appreciate|palpate) any\b/i;

const REPORTS_OF_PATIENT = caseless(/\b(?:he|she)(?:'s| has| had| was)(?: been)? (?:vomit\w*|complain\w*|been (?:having|feeling|getting|complaining|sick|unwell)|feeling|febrile|tachy\w*|short of breath|in (?:a lot of )?pain|unwell|dizzy|confused|allergic)\b/);

const DOSE_WORKED_OUT = caseless(/\b(?:for (?:her|his|your|their|the child's|baby's) (?:weight|age)\b[^.?!]{0,30}\b\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|ml|milligrams?|millilitres?|milliliters?)\b|\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|milligrams?)\s*(?:per|\/|a)\s*(?:kilo|kg|kilogram))/);

const JUDGED_AGAINST_TARGET = caseless(/\b(?:higher|lower|better|worse) than (?:we'd|we would|i'd|i would|we) (?:like|want)|not (?:quite )?where (?:we|i) (?:want|would like|'d like)|(?:above|below|outside) (?:the )?target\b/);

const WEIGHED_NOW = caseless(/^(?:(?:and|so|okay|now|right),?\s+)*i(?:'ve)? (?:just )?(?:weighed|measured)\b(?! myself)/);

const NUMBERED_ITEM = caseless(/^(?:and\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth|next|finally|lastly),\s+\S/);

/** "I've written her a personal asthma action plan", "I've sent the prescription to your chemist": done for the patient. */
const DONE_FOR_PATIENT = caseless(/^(?:(?:so|and|okay|now),? )?i(?:'ve| have) (?:just |also |now )?(?:written|given|printed|sent|booked|filled in|arranged|ordered|prescribed|requested) (?!(?:it|that|this|them) down\b)/);

const CAUSED_BY_CONDITION = caseless(/^(?:(?:so|and|okay|now),?\s+)*(?:from|because of|due to|after|since) (?:the|his|her|your|their|this|that) (?:[a-z'-]+ ){0,3}?[a-z'-]+(?: (?:on|last|in|at) [a-z0-9 ]{1,20})?,\s/);
function isVerblessFinding(text: string): boolean {
  // (Of the body: "Mood intact." or "Technique fine." names no part examined.)
  if (/^(?:mood|thought|thinking|insight|judge?ment|cognition|orientation|mental|technique|trial|inhaler|pain)\b/i.test(text)) return false;
  return isExamFinding(text) && !/\b(?:i|you|we|my|your|our|it|that|this|not|if|is|are|was|feels?|looks?)\b/i.test(text);
}

export function classifyUtterance(u0: Utterance, phase: Phase, short = false): Slot | undefined {
  const named = u0.role === 'clinician' && VOCATIVE.test(u0.text) ? { ...u0, text: u0.text.replace(VOCATIVE, '') } : u0;
  const vocative = named.role === 'clinician' && COMPANION_VOCATIVE.test(named.text) ? { ...named, text: named.text.replace(COMPANION_VOCATIVE, '') } : named;
  const sited = vocative.role === 'clinician' && SITE_TOPIC.test(vocative.text) ? { ...vocative, text: vocative.text.replace(SITE_TOPIC, '') } : vocative;
  const during = sited.role === 'clinician' && DURING_MANOEUVRE.test(sited.text) ? { ...sited, text: sited.text.replace(DURING_MANOEUVRE, '') } : sited;
  const seen = during.role === 'clinician' && SEEN_LEAD.test(during.text) ? { ...during, text: during.text.replace(SEEN_LEAD, '') } : during;
  const place = seen.role === 'clinician' ? FRONTED_PLACE.exec(seen.text) : null;
  const u = place ? { ...seen, text: `${seen.text.slice(place[0].length).replace(/[.!]?\s*$/, '')} ${place[1]!.toLowerCase()}.` } : seen;
  const words = wordCount(u.text);
  if (isRadioProcedure(u.text) || (u.role === 'clinician' && headsAdvice(u.text))) return undefined;
  // "So your GP started ramipril 5 mg…": another prescriber's earlier change is the medication history (medication-history.ts).
  if (u.role === 'clinician' && !u.question && tellsPrescribedBefore(u.text)) return 'history';
  // "With her weight and kidneys the apixaban dose is correct": a verdict on the dose as it stands (medication-history.ts).
  if (u.role === 'clinician' && !u.question && phase !== 'history' && judgesDose(u.text)) return 'assessment';
  // "And I weighed you, you're 82 kilos": a weight the clinician took is a measurement, while the history is taken too.
  if (u.role === 'clinician' && !u.question && WEIGHED_NOW.test(u.text) && hasMeasuredValue(normalizeMeasurements(u.text))) return 'exam';
  // "I need you to chew these…", "I've got an 18 gauge in", "call it in, STEMI alert": treatment done now (actions-done-now.ts).
  if (u.role === 'clinician' && !u.question && isActionDoneNow(u.text)) return 'plan';
  // "Rubber dam on.", "Access made, pulp removed.", "I'm putting a cannula in your hand": a step done now (steps-done-now.ts).
  if (u.role === 'clinician' && !u.question && phase !== 'history' && isStepDoneNow(u.text)) return 'plan';
  // "So this is our follow-up for the depression": the visit's reason; "if it aches, you can add ibuprofen": the plan.
  if (u.role === 'clinician' && !u.question && namesVisitPurpose(u.text) && !/\?/.test(u.raw)) return 'history';
  if (u.role === 'clinician' && !u.question && offersTreatmentIfNeeded(u.text)) return 'plan';
  // "So we're at roughly ten weeks on the 100 now": how long a treatment has run is its history (treatment-duration.ts).
  if (u.role === 'clinician' && !u.question && tellsTimeOnTreatment(u.text)) return 'history';
  // "Shall we book a video call in two weeks?": a next step offered as a question (offered-steps.ts).
  if (u.role === 'clinician' && u.question && offersNextStep(u.text)) return 'plan';
  // "I think the drinking is contributing", "the swelling is the main worry", "it won't settle on its own" (appraisal-shapes.ts).
  if (u.role === 'clinician' && isAppraisalShape(u.text, u.question, phase !== 'history')) return 'assessment';
  // "She's mildly dehydrated", "you've had a partial response to the fluoxetine": a judgement in plain words (state-judgements.ts).
  if (u.role === 'clinician' && isStateJudgement(u.text, u.question, phase !== 'history')) return 'assessment';
  // "A realistic goal is to lose 5 kilos": a goal set, not a weight measured (plan-list-items.ts).
  if (u.role === 'clinician' && !u.question && phase !== 'history' && setsAim(u.text)) return 'plan';
  // "Amoxicillin again, since that worked last time.", "Yes, paracetamol is fine too." (drug-plan-items.ts).
  // ("Paracetamol instead is fine, up to the dose on the box" is the plan whenever it is said: a drug allowed in place
  // of another, or to take, where "the lisinopril is fine" alone may tell how it is tolerated.)
  if (u.role === 'clinician' && !u.question && ((phase === 'plan' && prescribesByName(u.text)) || allowsDrugForUse(u.text))) return 'plan';
  // "…no ST elevation in V4R. So no sign of right ventricular involvement.": the judgement drawn (conclusions-drawn.ts).
  if (u.role === 'clinician' && !u.question && phase !== 'history' && (isConclusionDrawn(u.text) || isConclusionDrawn(u.raw) || namesConditionOutright(u.text))) return 'assessment';
  const substantive = /\d/.test(u.text) || countMatches(u.text, CLINICAL_TERMS) > 0 || findDrugs(u.text).length > 0 || DIAGNOSIS_TERM.test(u.text);
  // "No dizziness.": a patient's two-word denial of a symptom is a negative finding of the history.
  if (u.role !== 'clinician' && !u.question && words === 2 && /^no\s+\w+\W*$/i.test(u.text) && countMatches(u.text, CLINICAL_TERMS) > 0) return 'history';
  // "I'm nauseous.", "Erectile problems.": a patient's two-word report of a symptom is history, as its denial is.
  // ("Thanks, doctor." thanks; "Two weeks." said back once the plan is under way repeats the plan.) "And paracetamol."
  // after "she's been having ibuprofen for her knee" (read as "paracetamol.") adds a medicine to the answer.
  if (u.role !== 'clinician' && !u.question && words <= 2 && phase !== 'plan' && !/^(?:yes|yeah|no|not|okay|ok|sure|maybe|just|thanks?|thank you|cheers)\b/i.test(u.text)
    && ((words === 2 && countMatches(u.text, CLINICAL_TERMS) > 0) || findDrugs(u.text).length > 0)) return 'history';
  // "No odour.", "No warmth.": in the exam, a clinician's two-word negative is a finding, unless it is small talk.
  if (u.role === 'clinician' && !u.question && phase === 'exam' && words === 2 && /^no\s+[a-z-]{4,}\W*$/i.test(u.text) && !NOT_A_FINDING.test(u.text)) return 'exam';
  // "Affect restricted.", "Insight partial.": a mental-state item said in two words is the finding.
  if (u.role === 'clinician' && !u.question && words <= 3 && MENTAL_STATE_SEEN.test(u.text)) return 'exam';
  // "Okay, so frequency and urgency.": symptoms named back while the history is taken are that history.
  if (u.role === 'clinician' && phase === 'history' && !u.question && isSymptomRecap(u.text)) return 'history';
  // "See you next Tuesday", "see you in two weeks": the follow-up, said as goodbye.
  if (u.role === 'clinician' && !u.question && FOLLOW_UP_GOODBYE.test(u.text)) return 'plan';
  // "The main problems are…", "good rehabilitation potential", "your stroke risk score comes out at 2" (problem-statements.ts).
  if (u.role === 'clinician' && !u.question && phase !== 'history' && statesProblem(u.text)) return 'assessment';
  // "Fluids: water or weak squash.", "No alcohol.", "Two biscuits at a time.": once the plan is under way, an item
  // listed without a verb, or under a label of its own, is one of its items (plan-list-items.ts).
  if (u.role === 'clinician' && !u.question && phase === 'plan' && isPlanListItem(u.text)) return 'plan';
  // "Liver function, clotting and a ferritin.": test names alone, with no value or verdict, are what is sent for (tests-listed.ts).
  if (u.role === 'clinician' && !u.question && phase !== 'history' && listsTestsToOrder(u.text)) return 'plan';
  const everyday = u.role === 'clinician' && !u.question ? placeEverydayTalk(u.text, phase, u.raw) : undefined;
  if (everyday) return everyday === 'aside' ? undefined : everyday;
  // A value weighed against a norm, a course compared, a cause, risk or eligibility explained: see clinical-judgements.ts.
  if (u.role === 'clinician' && isClinicalJudgement(u.text, u.question)) return 'assessment';
  // "There's a transport barrier", "you can't afford the inhalers": a need named is the assessment (social-circumstances.ts).
  if (u.role === 'clinician' && !u.question && namesSocialNeed(u.text)) return 'assessment';
  // "There's a known interaction between ciprofloxacin and warfarin": a judgement about the medicines, never a finding.
  if (u.role === 'clinician' && !u.question && /\binteractions?\b/i.test(u.text) && findDrugs(u.text).length > 0 && !/\b(?:will|'ll|going to|let's|check(?:ed)? for|any)\b/i.test(u.text)) return 'assessment';
  // "For the pressure, amlodipine 0.625 mg once a day": a drug with its dose and how often, once the plan is under way,
  // is prescribed, whatever reading the condition it treats is named by. (An impression that goes on to the drug, "my
  // impression is … so I think we should put him on…", is left to the judgement readers.)
  // A programme, an aid or a goal named without a verb, once the plan is under way (verbless-plan-items.ts).
  if (u.role === 'clinician' && phase === 'plan' && !u.question && (handsOverProgramme(u.text) || namesAidForTask(u.text) || setsGoal(u.text))) return 'plan';
  // ("That means 5 milligrams every day, except 2.5 on Mondays": the drug named in the sentence before; a dose's unit is enough.)
  if (u.role === 'clinician' && phase === 'plan' && !u.question && DOSED_SCHEDULE.test(u.text) && (findDrugs(u.text).length > 0 || DOSE_UNIT.test(u.text)) && !/\b(?:was|were|used to|had been|last (?:time|week|month|year)|impression|i think|diagnos\w*)\b/i.test(u.text)) return 'plan';
  // "I want to start a daily controller. It's called fluticasone 44 micrograms.": the drug just proposed, named.
  if (u.role === 'clinician' && phase !== 'history' && !u.question && DRUG_NAMED.test(u.text) && findDrugs(u.text).length > 0) return 'plan';
  // "…so from a diabetes point of view your feet are low risk": a risk graded is the judgement, though said of the body.
  if (u.role === 'clinician' && !u.question && phase !== 'history' && gradesRisk(u.text)) return 'assessment';
  // "With no fever and clear sputum, I don't think pneumonia — pneumonia unlikely", "this doesn't look like shingles":
  // a condition weighed and set aside is part of the judgement (the differential), not nothing.
  if (u.role === 'clinician' && !u.question && phase !== 'history' && EXCLUDES_CONDITION.test(u.text) && DIAGNOSIS_TERM.test(u.text)
    && !/\b(?:will|'ll|going to|let's|want|need|if|check|test|scan|x-?ray|bloods?)\b/i.test(u.text)) return 'assessment';
  // "The murmur is most likely from the thyroid": a finding put down to its likely cause is the judgement.
  if (u.role === 'clinician' && !u.question && phase !== 'history' && LIKELY_CAUSE.test(u.text) && !/\b(?:will|'ll|going to|let's|if)\b/i.test(u.text)) return 'assessment';
  // "We're taking you to St. Jude's, it's got the orthopaedic unit": where the patient is taken is the disposition.
  if (u.role === 'clinician' && !u.question && phase !== 'history' && TAKES_TO.test(u.text)) return 'plan';
  // "The best fix is a partial nail avulsion": the option chosen, once the judgement is given.
  if (u.role === 'clinician' && !u.question && phase === 'plan' && BEST_OPTION.test(u.text)) return 'plan';
  // "The inflammation is starting to affect the bone around the root tips": what a condition is doing inside, inferred
  // (not a treatment "started"), is the judgement.
  if (u.role === 'clinician' && !u.question && phase !== 'history' && REACHING.test(u.text) && !/^(?:(?:so|and|but|okay),?\s+)*(?:you|i|we)\b/i.test(u.text)) return 'assessment';
  // "His sugar can drop again once the glucose wears off", "it may well flare up again": what is expected is the judgement.
  if (u.role === 'clinician' && !u.question && phase !== 'history' && PROGNOSIS.test(u.text) && !hasMeasuredValue(normalizeMeasurements(u.text)) && !/^(?:(?:so|and|but|okay),?\s+)*(?:you|i|we)\b/i.test(u.text)) return 'assessment';
  // "A mild anemia.", "An early cataract.": a condition named on its own, without a verb, is the judgement.
  if (u.role === 'clinician' && !u.question && phase !== 'history' && words <= 6 && /^an?\s/i.test(u.text) && DIAGNOSIS_TERM.test(u.text) && !/\b(?:is|are|was|were|has|have|had|will|'ll|can|should|i|you|we)\b/i.test(u.text)) return 'assessment';
  // "It's been about 8 weeks since we went up to 100 of the sertraline": how long since a change is the history.
  if (u.role === 'clinician' && !u.question && SINCE_CHANGE.test(u.text)) return 'history';
  // "Yes, RhoGAM today, since you're 28 weeks.", "The flu jab now, then": a treatment named with when it is given.
  if (u.role === 'clinician' && !u.question && DRUG_THEN_WHEN.test(u.text) && findDrugs(u.text.split(/[,;]/)[0]!).length > 0) return 'plan';
  // "From the stroke on Monday, the muscles on the right are weaker": a finding put down to a named condition, once
  // examined, is the judgement that joins them.
  if (u.role === 'clinician' && phase !== 'history' && !u.question && CAUSED_BY_CONDITION.test(u.text) && DIAGNOSIS_TERM.test(u.text.split(',')[0]!)) return 'assessment';
  // "Target 5 to 7.", "The aim is under 140": once the plan is under way, a target named with its value is a goal set,
  // not a reading taken.
  if (u.role === 'clinician' && phase === 'plan' && !u.question && /^(?:(?:so|and|the|your|our|his|her)\s+)*(?:target|goal|aim)\b[^.?!]{0,30}\d/i.test(u.text)) return 'plan';
  // "I want you back in 1 week so I can check it": when to return, whatever is to be done then.
  if (u.role === 'clinician' && !u.question && WANTS_BACK.test(u.text)) return 'plan';
  // "That's a trace, I'd call it a one plus effusion": a finding graded as it is examined is the finding, not a diagnosis.
  if (u.role === 'clinician' && phase === 'exam' && !u.question && GRADED_FINDING.test(u.text)) return 'exam';
  // "No swelling.", "Knee's normal.", "Abdomen soft.", "Throat red.": the examiner's two-word finding, said between
  // manoeuvres (a body part and what it shows, with no verb, is how examiners dictate).
  if (u.role === 'clinician' && phase === 'exam' && !u.question && words <= 3 && (TERSE_FINDING.test(u.text) || isVerblessFinding(u.text))) return 'exam';
  if (u.role === 'clinician' && phase === 'exam' && !u.question && words <= 8 && isBareCount(u.text)) return 'exam';
  // "Great, full extension.", "that's going fully straight now", "still a bit tight at the very end": how far a joint
  // goes, said in passing between manoeuvres, is the finding.
  if (u.role === 'clinician' && phase === 'exam' && !u.question && words <= 10 && TERSE_RANGE.test(u.text) && !/\b(?:will|'ll|going to|want|should|try|if)\b/i.test(u.text)) return 'exam';
  if (u.role === 'clinician' && phase === 'exam' && !u.question && PAIN_ELICITED.test(u.text) && !/\b(?:will|'ll|going to|if|when he|when she|at home|usually)\b/i.test(u.text)) return 'exam';
  // "Well, that's irregularly irregular, and fast": how the pulse under the examiner's fingers feels is the finding.
  if (u.role === 'clinician' && phase === 'exam' && !u.question && PULSE_FELT.test(u.text)) return 'exam';
  // "Let me check it here... 152/88.": a pressure read off on its own after the pause is the reading itself.
  if (u.role === 'clinician' && phase === 'exam' && !u.question && /^(?:(?:it's|that's|so)\s+)?(?:[7-9]\d|1\d\d|2[0-4]\d)\/\d{2,3}(?:\s*mmhg)?[.!]?$/i.test(u.text)) return 'exam';
  // "No running, no jumping, no twisting.", "Running is not before twelve weeks": restrictions, once the plan is under way.
  if (u.role === 'clinician' && phase === 'plan' && !u.question && (/^(?:(?:and|so|but),?\s+)?no [a-z]+ing\b(?:,? (?:and |or )?no [a-z]+ing\b)*[.!]?$/i.test(u.text)
    || /\bnot (?:before|until) (?:\d+|a|one|two|three|four|five|six|eight|ten|twelve|\w+teen) (?:days?|weeks?|months?)\b/i.test(u.text))) return 'plan';
  // "Physio referral.", "Gout's unlikely.": once the judgement is under way, two words can be a plan item or a differential.
  if (u.role === 'clinician' && phase === 'plan' && !u.question && words <= 3 && TERSE_ORDER.test(u.text)) return 'plan';
  if (u.role === 'clinician' && phase !== 'history' && !u.question && words <= 3 && TERSE_LIKELIHOOD.test(u.text) && DIAGNOSIS_TERM.test(u.text)) return 'assessment';
  // "Talar tilt negative.", "Lachman negative.": a manoeuvre named with its result, once the history is taken (special-tests.ts).
  if (u.role === 'clinician' && phase !== 'history' && !u.question && namesSpecialTestResult(u.text)) return 'exam';
  if ((words < 3 && !(u.role === 'clinician' && (/\b\d{2,3}\/\d{2,3}\b/.test(u.text) || SHORT_READING.test(u.text)))) || (words < 9 && (SMALL_TALK.test(u.text) || SMALL_TALK.test(u.raw)) && !substantive)) return undefined;
  if (words <= 4 && /^(?:thank(?:s| you)|bye|goodbye|see you|you too)\b/i.test(u.text)) return undefined;
  if (u.role !== 'clinician') {
    if (u.question) return undefined;
    // "Like a two, maybe a three out of ten.": a score the patient gives, though the question it answers went before
    // ("Before it was a 2 out of 10, now I'd say a 5 out of 10": two of them, then and now).
    if (/\b(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?: or (?:a )?(?:\d+|[a-z]+))? out of (?:10|ten)\b/i.test(u.text) && (words <= 14 || (words <= 24 && (u.text.match(/\bout of (?:10|ten)\b/gi) ?? []).length >= 2))) return 'history';
    // "Ow, yes, that's where it hurts", "That's the spot": a reaction to the examiner's hand, whose finding the examiner states.
    if (phase === 'exam' && words <= 8 && /^(?:(?:ow+|ouch|oh|yes|yeah|yep|mm+)[,!.]?\s+)*(?:that's|that is|right) (?:where it (?:hurts|is)|the (?:spot|one)|it|there|sore)\b/i.test(u.text)) return undefined;
    // "Okay, let's schedule it.", "Sounds good.": agreement, not history.
    if (words <= 6 && /^(?:let's|let us|sounds|sure|great|perfect|will do|i will|i'll (?:try|do)|got it|okay,? (?:let's|i'll|sounds))\b/i.test(u.text)) return undefined;
    // ("Using cane outside and inside too": the walking aid a patient uses is their history, though no lexicon names it.)
    // (Home, family, money and company are history too: social-circumstances.ts.)
    const clinical = countMatches(u.text, CLINICAL_TERMS) + (DIAGNOSIS_TERM.test(u.text) || findDrugs(u.text).length > 0 || namesWalkingAid(u.text) || (phase === 'history' && tellsLostFunction(u.text)) || tellsSocialHistory(u.text) ? 1 : 0);
    // "My best is about 400.": a number the patient gives about themselves while the history is taken is part of it.
    const ownNumber = phase === 'history' && words <= 10 && /^(?:my|our|his|her)\b/i.test(u.text) && /\d/.test(u.text);
    if (clinical === 0 && !ownNumber && !(short && words >= 3 && phase !== 'plan')) return undefined;
    if (phase === 'plan' && clinical < 2 && words < 10) return undefined;
    // "I didn't know that about ibuprofen.", "That would take a lot of pressure off.": once the plan is told, a reaction to
    // it is no history, whatever it names.
    if (phase === 'plan' && REACTS_TO_PLAN.test(u.text)) return undefined;
    return 'history';
  }
  // "let's have a look temperature is thirty seven point six … blood pressure today is 148 over 90", "Let me check it
  // here... 154/86": the exam's opening run into the vitals it reads out, which are the finding.
  const readsToo = words >= 5 && !u.question && ((VITALS.test(u.text) && hasMeasuredValue(u.text)) || /\b(?:[7-9]\d|1\d\d|2[0-4]\d)\/\d{2,3}\b/.test(u.text)) && !/\b(?:going to|will|'ll|at home|last (?:time|week|month))\b/i.test(u.text);
  if (readsToo && (VISIT_PROCESS.test(u.text) || EXAM_MANEUVER.test(u.text))) return 'exam';
  // "I looked — no rails by the bath": what the clinician looked at, then what they found (looked-and-found.ts).
  if (!u.question && u.role === 'clinician' && reportsLookedAndFound(u.text)) return 'exam';
  // "PHQ-2 score 4 — above cutoff, needs review": a score read first is the results (scored-readings.ts).
  if (!u.question && u.role === 'clinician' && opensOnScore(u.text)) return 'results';
  if (ANNOUNCES_RESULTS.test(u.text) || VISIT_PROCESS.test(u.text) || VISIT_ASIDE.test(u.text) || ((VISIT_STEP.test(u.text) || GREETING_OR_AGENDA.test(u.text) || VISIT_COURSE.test(u.text) || (CUT_OFF.test(u.text) && !/\d/.test(u.text))) && findDrugs(u.text).length === 0) || SCRIBE_COMMAND.test(u.text) || ASKS_INTERPRETER.test(u.text)) return undefined;
  if (CONNECTION_CHECK.test(u.text) || PLAN_ANNOUNCED.test(u.text) || CHECKS_OUT.test(u.text)) return undefined;
  // "Let's look at the knee first", "you can close your mouth": asking for the exam, or ending it, is not the plan.
  if (!u.question && isExamRequest(u.text)) return undefined;
  // "Let's have you lying on your back, knees bent": placing the body for the exam, unless it says when (advice).
  if (placesBody(u.text) && !/\d/.test(u.text) && !/\b(?:work(?:ing)? on|dig into|loosen)\b/i.test(u.text) && !ADVICE_MARKERS.test(u.text) && words <= 18 && !isExamFinding(u.text)) return undefined;
  const teaches = DEVICE.test(u.text) && words >= 6 && isAdvice(u.text, 'plan');
  // "Bump the sertraline up to 100", "I'm going to pull back on the diuretic": a dose moved, in the words of the ward.
  if (!u.question && DOSE_MOVED.test(u.text) && (findDrugs(u.text).length > 0 || DRUG_CLASS.test(u.text))) return 'plan';
  // "For her weight that's 2 mg, as a liquid", "15 mg per kilo, so 180 mg": a dose worked out for the patient is the plan.
  if (!u.question && /\b(?:mg|mcg|micrograms?|milligrams?|ml|millilit(?:re|er)s?)\b/i.test(u.text) && DOSE_WORKED_OUT.test(normalizeMeasurements(u.text)) && !/\b(?:was|were|had|used to|last time|ago|at home)\b/i.test(u.text)) return 'plan';
  if (!u.question && (DELEGATES.test(u.text) || DONE_FOR_PATIENT.test(u.text))) return 'plan';
  // "Could you drop a spare inhaler in for school": an errand asked of the patient or family, said without a "?".
  if (!u.question && isErrand(u.text)) return 'plan';
  // "Lisa, could you take up the rugs this weekend?": a task asked of someone named, though said as a question.
  if (u.question && ASKS_BY_NAME.test(u.raw) && isErrand(u.raw.replace(ASKS_BY_NAME, '').replace(/\?$/, ''))) return 'plan';
  // "Lunch: could you bring a packed lunch to work?", "could you send me your readings in a week?": once the plan is
  // being made, a task asked of the patient is asked politely, as a question, and is still the plan.
  if (u.question && u.role === 'clinician' && phase === 'plan' && isErrand(u.raw.replace(/^[A-Za-z]+:\s*/, '').replace(/\?$/, ''))) return 'plan';
  // "let me look in both ears the ear canals are clear": ASR runs the request into what it found.
  // "let me get this off, right, the ulcer measures 4 by 3 centimetres": the same, with a size.
  const measuresToo = words >= 9 && EXAM_MANEUVER.test(u.text) && SIZED_FINDING.test(u.text) && /\b(?:measures?|measuring)\b/i.test(u.text) && !/\b(?:going to|will|'ll)\b/i.test(u.text);
  if (measuresToo && !u.question) return 'exam';
  const findsToo = words >= 9 && isExamFinding(u.text) && /\b(?:is|are|looks?|feels?|sounds?)\b/i.test(u.text.replace(EXAM_MANEUVER, ''));
  const later = /\bin (?:a|one|two|three|four|five|six|\d+|a few|a couple of) (?:days?|weeks?|months?)\b|\bnext (?:week|month|time|visit)\b/i.test(u.text);
  // "Kemi, can we get two sets of blood cultures and a lactate?": a test or treatment asked for is an order, though asked.
  // Said to a colleague without a "?" ("Halima, can we get blood cultures and a urine culture sent first, then…"), too.
  if (REQUESTS_ORDER.test(u.text)) return 'plan';
  // "I'll take a swab of that", "let me take some bloods": a specimen taken is an order, not a manoeuvre.
  if (!u.question && SPECIMEN_TAKEN.test(u.text)) return 'plan';
  // "Would you try to cut down, say keep it to weekends?": a change proposed as a question, once the plan is under way.
  if (u.question && phase === 'plan' && PROPOSES_CHANGE.test(u.text)) return 'plan';
  if (u.question || (EXAM_MANEUVER.test(u.text) && !later && countMatches(u.text, EXAM_CUES) < 2 && !isPlanStatement(u.text) && !(phase === 'plan' && isAdvice(u.text)) && !teaches && !findsToo)) return undefined;
  // "Mr Dunne, it's Aoife, the heart failure nurse": an introduction, whatever words it holds.
  if ((INTRODUCTION.test(u.text) || MEETS.test(u.text)) && !/\d/.test(u.text)) return undefined;
  if (COMFORTS.test(u.text) || FORETOLD_SENSATION.test(u.text) || QUESTIONS_AHEAD.test(u.text) || RUNNING_THE_VISIT.test(u.text)) return undefined;
  if (phase !== 'exam' && isAdvice(u.text, phase)) return 'plan';
  // "Use some lanolin on the crack after feeds", "raise your laptop so the screen is at eye level": advice given at the
  // couch, when it says when, how often or what for, is plan; "turn your head to the right for me" is the exam.
  if (phase === 'exam' && isAdvice(u.text, phase) && !(MANEUVER_VERBS.has(firstWord(u.text)) && MOVES_BODY.test(u.text)) && (ADVICE_MARKERS.test(u.text) || ADVICE_PURPOSE.test(u.text))
    && !/\b(?:for me|deep breath|my (?:finger|hand)s?|again)\b/i.test(u.text)) return 'plan';
  // "Use a repellent with 50% DEET", "spread carbohydrates over three meals": advice whose verb no exam manoeuvre uses is
  // plan in the exam too, though it holds no "when" (exam phases now open on any stated reading).
  if (phase === 'exam' && words >= 5 && isAdvice(u.text, phase) && ADVICE_ONLY_VERBS.has(adviceVerb(u.text)) && !MOVES_BODY.test(u.text)) return 'plan';
  // Teaching a device during the visit ("breathe out fully, seal your lips on the spacer…") is plan even mid-exam.
  if (phase === 'exam' && teaches) return 'plan';
  // "And McKenzie extensions, 10 reps every two hours": the home programme, though said at the couch (plan-list-items.ts).
  if (phase === 'exam' && !u.question && setsExerciseSchedule(u.text)) return 'plan';
  // "So your sugars are running higher than we'd like": a reading judged against its target is the assessment, though
  // said while measuring.
  if (!u.question && JUDGED_AGAINST_TARGET.test(u.text) && !/\d/.test(u.text) && !hasMeasuredValue(u.text)) return 'assessment';
  if (EVALUATION_NOW.test(u.text)) return 'exam';
  // "I cannot find any kind of swelling there", "I can't hear any wheeze": what the examiner looked for and did not find.
  if (!u.question && NOT_FOUND_ON_EXAM.test(u.text) && !/\b(?:reason|need|point|sign of (?:improvement|progress))\b/i.test(u.text)) return 'exam';
  // "Just to recap for the notes: you came to us after seeing blood in your urine": the story, said back.
  if (phase === 'history' && /^(?:(?:so|okay|and),?\s+)?(?:just )?(?:to (?:recap|summari[sz]e|sum up)|recapping|summari[sz]ing)\b/i.test(u.text) && !/\b(?:going to|will|'ll|let's)\b/i.test(u.text)) return 'history';
  if (PLAN_TRANSITION.test(u.text)) return 'plan';
  // "So, a minor head injury with a scalp laceration.": the verbless summing-up after the exam is the impression.
  if (phase !== 'history' && /^so,?\s+an?\s/i.test(u.raw) && /^an?\s/i.test(u.text) && !/\b(?:is|are|was|were|has|have|had|will|'ll|can|should|looks?|feels?|i|you|we)\b/i.test(u.text)) return 'assessment';
  // "The wrists and the knuckles are swollen with synovitis", "six joints swollen today": what the examiner finds on the
  // body in front of them is the exam, though it names a condition (the interpretation comes in its own sentence).
  if (phase === 'exam' && !u.question && (BODY_STATE_NOW.test(u.text) || COUNTED_FINDING.test(u.text)) && isPresentFindingOrCount(u.text)
    && !/\b(?:looks? like|consistent with|suggest\w*|sounds? like|i think|diagnos\w*|means?|because|going to|will|'ll|if)\b/i.test(u.text)) return 'exam';
  if (phase === 'exam' && !u.question && TESTED_STRUCTURE.test(u.text) && !/\b(?:going to|will|'ll|if|last time)\b/i.test(u.text)) return 'exam';
  // "You're speaking in full sentences, which is reassuring": what the clinician observes now, appraised, on any visit.
  if (!u.question && OBSERVED_APPRAISED.test(u.text)) return 'exam';
  // "The health visitor said things have been hard since you lost your job": another professional's account is history.
  if (phase === 'history' && !u.question && REPORTED_BY_COLLEAGUE.test(u.text) && !/\b(?:going to|will|'ll|let's)\b/i.test(u.text)) return 'history';
  // "I'm looking through your chart and it looks like we're treating your diabetes": the history the chart holds.
  if (CHART_SAYS.test(u.text) && !/\b(?:going to|will|'ll|let's|want to)\b/i.test(u.text)) return 'history';
  // "Bay six is Tomasz, forty-one, left-sided loin pain since about four this morning, he's vomited twice": a colleague
  // handing over, or a clinician telling another, what the patient has had is history.
  if (phase === 'history' && !u.question && REPORTS_OF_PATIENT.test(u.text) && countMatches(u.text, CLINICAL_TERMS) >= 2 && !/\b(?:going to|will|'ll|let's|want|should|need to|i think|looks like)\b/i.test(u.text)) return 'history';
  // "I know that you have been dealing with hypertension…", "and we have hypertension as well, which we talked about":
  // the history the clinician already knows, said back; "Yes, I see Morphine, Darvocet, Flomax…": the medicines on file.
  if (!u.question && (KNOWN_HISTORY.test(u.text) || (READS_MEDICINES.test(u.text) && findDrugs(u.text).length >= 2)) && !/\b(?:going to|will|'ll|let's|want to|should|need to)\b/i.test(u.text)) return 'history';
  // "They feel like they help, but they keep the panic going", "the avoidance is what's keeping it stuck": how the
  // problem is maintained is the formulation, the assessment of a therapy session, not advice.
  if (!u.question && phase !== 'history' && MAINTAINS.test(u.text) && !/\b(?:will|'ll|going to|let's|try|should|need to)\b/i.test(u.text)) return 'assessment';
  // "What you have is called irreversible pulpitis…", "this is called plantar fasciitis": a condition named to the patient.
  if (!u.question && phase !== 'history' && NAMED_AS.test(u.text) && DIAGNOSIS_TERM.test(u.text.slice(u.text.search(NAMED_AS.source)))) return 'assessment';
  // "let's look at the screen together here's fourteen the cavity goes very deep…": an image read out as it is shown.
  const shown = SHOWS_IMAGE.exec(u.text);
  if (!u.question && shown && u.text.slice(shown[0].length).split(/\s+/).length >= 6 && !/\b(?:will|'ll|going to|later|next time)\b/i.test(u.text.slice(shown[0].length))) return 'results';
  // "…the painkillers themselves can keep the headaches going, we call that medication overuse headache": a condition
  // named by what "we call" it is the assessment, whatever the sentence says before the name.
  if (!u.question && phase !== 'history' && /\bwe (?:call|'d call|would call) (?:that|this|it)\b/i.test(u.text) && DIAGNOSIS_TERM.test(u.text.slice(u.text.search(/\bwe (?:call|'d call|would call)\b/i)))) return 'assessment';
  // "The kidney injury, the AKI, has resolved": the course of a named condition, judged once examined, is the assessment.
  // ("Her skin is no longer yellow, the jaundice has resolved" reports what is seen: the exam's.)
  if (!u.question && phase !== 'history' && DIAGNOSIS_TERM.test(u.text) && CONDITION_COURSE.test(u.text) && !isExamFinding(u.text) && !/\b(?:will|'ll|going to|should|if|last time|you said|you told)\b/i.test(u.text)) return 'assessment';
  const judged = classifySpokenJudgement(u.text, u.question);
  if (judged) return judged;
  // "An X-ray of both hips today…", "go down to X-ray": a test ordered, though it names no verb of ordering.
  if (ordersTest(u.text)) return 'plan';
  const purpose = classifyByPurpose(u.text, phase);
  if (purpose) return purpose;
  // Who acts and in what mood outranks cue counts: "The nurses will contact you for a pre-op assessment".
  const structural = classifyByStructure(u.text, phase);
  if (structural === 'plan' || structural === 'assessment') return structural;
  // "Second, drinks: plenty of water during the day…", "Fourth, a reward chart…": once the plan is under way, an item
  // the clinician numbers is one of its items, verbless as it often is.
  // ("Number two, neck pain in the setting of arthritis" is a problem list's item, not numbered so: it stays assessment.)
  if (phase === 'plan' && NUMBERED_ITEM.test(u.text)) return 'plan';
  // "Leash walks only, short, for now.", "Soft food only.": a restriction given without a verb, once the plan is under way.
  if (phase === 'plan' && !u.question && RESTRICTED_TO.test(u.text)) return 'plan';
  const prior = (slot: Slot): number => {
    // Plan talk before the exam is mostly agenda ("we will take a look"), so it needs strong cues.
    if (phase === 'history') return slot === 'history' ? 0.5 : slot === 'plan' || slot === 'assessment' ? -1 : 0;
    if (phase === 'exam') return slot === 'exam' ? 0.75 : slot === 'results' ? 0.25 : 0;
    return slot === 'plan' ? 0.5 : slot === 'assessment' ? 0.25 : 0;
  };
  const future = /\b(going to|will|'ll|want (you|her|him) to|let's|would like to|recommend|order|prescribe|refer|schedule|plan to)\b/i.test(u.text);
  const scores: [Slot, number][] = [
    ['history', countMatches(u.text, HISTORY_CUES) * (phase === 'history' ? 1.5 : 0.75) + prior('history')],
    ['exam', countMatches(u.text, EXAM_CUES) + prior('exam') - (future ? 1 : 0)],
    ['results', countMatches(u.text, RESULTS_CUES) + prior('results') - (future ? 1 : 0)],
    ['assessment', countMatches(u.text, ASSESSMENT_CUES) + prior('assessment')],
    ['plan', countMatches(u.text, PLAN_CUES) + prior('plan') + (future ? 0.5 : 0)],
  ];
  const [slot, score] = scores.reduce((best, s) => (s[1] > best[1] ? s : best));
  if (score >= 1) return slot;
  // During the exam, what the clinician says of the body in front of them is what they see, feel or measure, in any
  // words: "the latch looks shallow", "that knot has softened a lot now", "it took you three tries".
  if (phase === 'exam' && !future && words >= 4 && describesBodyInExam(u.text)) return 'exam';
  // "The conjunctiva is injected", "the septum is deviated to the left": a part only an examiner sees, described now,
  // is a finding though no exam was announced (an optician, an ENT clinic, a nurse at a wound).
  if (phase !== 'exam' && !future && words >= 4 && EXAMINED_PART.test(u.text) && (describesBodyInExam(u.text) || /^(?:(?:and|so|now),?\s+)?there(?:'s| is| are) [^.?!]{2,40}\b(?:behind|on|in|over|under|around) (?:the|your|his|her) /i.test(u.text))
    && !/\b(?:you said|you told|you mentioned|last time|used to|was|were|had|yesterday|ago|at home|if|when)\b/i.test(u.text)) return 'exam';
  // Nothing named it: its structure may (who acts, in what mood), or, in the exam, a finding said as a fragment.
  if (structural) return structural === 'exam' && LAB_OR_SCORE.test(u.text) && !VITALS.test(u.text) ? 'results' : structural;
  if (phase === 'exam' && isExamFragment(u.text)) return 'exam';
  // "It puts you in the severe category, I'm afraid, so severe COPD, GOLD stage 3.": once the history is taken, a
  // condition the clinician names, in words no reader knows, is the judgement rather than nothing.
  if (phase !== 'history' && !u.question && words >= 4 && namesConditionInApposition(u.text) && !UNNAMED_JUDGEMENT_EXCLUDES.test(u.text)) return 'assessment';
  return undefined;
}

/**
 * A clinician's sentence placed by what it does in everyday words, before any cue is counted: see
 * diet-and-fluid-orders.ts, rehab-session-talk.ts, inferred-conditions.ts and care-handoffs.ts.
 */
const REACTS_TO_PLAN = caseless(/^(?:(?:oh|okay|ok|well|right|yes|yeah),?\s+)*(?:i (?:didn't|did not|never) know|i had no idea|that (?:would|will|'d|could) (?:take|help|be|make|really)|that'd (?:take|help|be|make)|i feel (?:a (?:bit|lot|little) )?better (?:just )?(?:knowing|now that|hearing)|that makes (?:sense|me feel)|(?:that's )?good to know)\b/);
const REASSURES = caseless(/^(?:(?:oh|okay|ok|yeah|yes|right|well),?\s+)*(?:that's|that is|it's|it is) (?:really |very |quite |pretty |fairly |actually |so )?(?:common|normal|usual|typical)(?: (?:with|in|for|at|after) [a-z ]{2,40})?[.!]?$/);
const SAID_BACK = caseless(/^(?:(?:okay|ok|right),?\s+)?so,?\s+(?:no|some|occasional|a bit of|a little) (?!(?:need|problem|worries|rush|reason|more|questions|time)\b)[a-z]/);

function placeEverydayTalk(text: string, phase: Phase, raw = text): Slot | 'aside' | undefined {
  // "That's quite common with the lower back teeth.": said to a symptom while the history is taken, a reassurance,
  // not yet the judgement (which comes once examined, and would lose its place to it in the assessment's budget).
  if (phase === 'history' && REASSURES.test(text) && text.split(/\s+/).length <= 10) return 'aside';
  // "Remind me, it's the right knee replacement and it was four weeks ago?": the history, asked back as a statement.
  if (phase === 'history' && /\bremind me\b/i.test(text) && !/\b(?:will|'ll|going to|let's)\b/i.test(text)) return 'history';
  // "So no manic symptoms.", "So some passive thoughts, like it would be easier not to wake up.": what the patient just
  // told, said back in the clinician's words while the history is taken.
  if (phase === 'history' && SAID_BACK.test(raw) && text.split(/\s+/).length <= 14 && !/\b(?:will|'ll|going to|let's|i'd|we'd|need|want)\b/i.test(text)) return 'history';
  if (contactsColleague(text) || keepsDrugAsIs(text) || addsToHomeProgram(text)) return 'plan';
  if (readsTimedTest(text) || (phase === 'exam' && (describesGait(text) || namesExaminedTooth(text) || givesSwallowTrial(text)))) return 'exam';
  // (A texture or limit said as an order is the plan in a short visit whose phases never left the history.)
  if (ordersDietOrFluids(text)) return 'plan';
  if (phase === 'history') return undefined;
  if (phase === 'plan' && (teachesWarningSigns(text) || describesLetter(text))) return 'plan';
  if (looksForAbsentSign(text)) return 'exam';
  if (judgesConsistencySafety(text) || infersInsideState(text) || rulesOutCondition(text) || judgesProgress(text)) return 'assessment';
  return undefined;
}

const GRADED_FINDING = caseless(/\b(?:i'd|i would) (?:call|grade|class) (?:it|that|this) (?:as )?(?:a |an )?(?:trace|small|mild|moderate|large|one|two|three|1|2|3|grade \w+)\b[^.?!]{0,20}\b(?:effusion|swelling|o?edema|laxity|lag|murmur|reflex\w*|clonus|crepitus|tenderness)\b/);
const NAMED_AS = /\b(?:what (?:you|he|she|they)(?:'ve got| have| has)(?: got)? is(?: called)?|(?:this|that|it)(?:'s| is) called)\b/i;
const SHOWS_IMAGE = /^(?:(?:so|okay|now|right),?\s+)?(?:let's|let me|we'll|i'll) (?:have a )?look at (?:the|your|this) (?:screen|x-?rays?|images?|films?|scans?|pictures?|radiographs?)(?: together)?\b/i;
const CONDITION_COURSE = caseless(/\b(?:has|have|is|are)\s+(?:now\s+|completely\s+|fully\s+|all\s+)?(?:resolved|resolving|settled|cleared|healed|worsening)\b/);
const MAINTAINS = caseless(/\b(?:(?:they|it|that|this|which|these|those) (?:\w+ )?(?:keeps?|maintains?|feeds?) (?:the|your|his|her|their|it|this) (?:\w+ )?(?:going|stuck|alive)|what(?:'s| is) (?:keeping|maintaining|feeding) (?:the|your|his|her|their|it)\b)/);
/** "0.625 mg once a day", "5 ml twice daily", "2 puffs every morning": a dose and how often it is taken. */
const DOSE_UNIT = caseless(/\b\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|units?|puffs?|tablets?)\b/);
const DOSED_SCHEDULE = caseless(/\b\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|ml|mls|units?|puffs?|tablets?|tabs?|drops?)\b[^.?!]{0,20}?\b(?:once|twice|three times|four times|every|each|daily|nightly|weekly|a day|a week|per day|at night|in the morning)\b/);
const DRUG_NAMED = caseless(/^(?:(?:and|so|okay),?\s+)?(?:it's|it is|that's|that is|this one's|the (?:new )?(?:medicine|inhaler|tablet|cream|spray|drops) is) called\b/);
const REACHING = caseless(/\b(?:is|are|'s|'re|has|have) (?:now |already |just )?(?:starting|beginning|started|begun) to (?:affect|involve|damage|erode|press on|compress|irritate|weaken|eat into)\b/);
const PROGNOSIS = caseless(/\b(?:can|could|may|might|will probably|is likely to|are likely to|tends? to)(?: well)? (?:drop|fall|dip|rise|climb|creep|flare|recur|settle|clear)(?: (?:up|down|off|low|high))? (?:again|later|by itself|on (?:its|their) own)\b/);
/** "No problem.", "No worries.": two words of talk that open like a negative finding. */
const NOT_A_FINDING = caseless(/^no\s+(?:problem|problems|worries|worry|rush|hurry|thanks|idea|pressure|need|bother|way|kidding|doubt|question|questions|matter|judgement|judgment|shame)\b/);

const TAKES_TO = caseless(/^(?:(?:so|and|okay|right|now),?\s+)*(?:we're|we are|we'll be|we will be|i'm|we'll|we will) (?:taking|bringing|sending|transferring|moving|transporting|take|bring|send|transfer|transport) (?:you|him|her|them|the patient) (?:in )?(?:to|into|over to|up to|down to)\b/);
const EXCLUDES_CONDITION = caseless(/\b(?:i (?:don't|do not) think (?:it's |it is |this is |that's |that is |there's |you(?:'ve| have) (?:got )?|(?:she|he)(?:'s| has) (?:got )?)?(?:an? )?(?=\w)|(?:is|'s|are|'re|seems?|looks?) (?:very |quite |much |far |a lot )?(?:unlikely|less likely|not likely)|[a-z]+ (?:very |quite |much )?unlikely[.!]?$|(?:doesn't|does not|don't|do not) (?:look|sound|seem) like)/);
const LIKELY_CAUSE = caseless(/\b(?:is|are|'s|'re) (?:most likely|more likely|probably|likely|almost certainly) (?:(?:a|an|the) [\w -]{0,30}?)?(?:from|due to|caused by|because of|secondary to|coming from)\b/);
const BEST_OPTION = caseless(/^(?:(?:so|well|okay|right|and),?\s+)*the (?:best|right|usual|standard|simplest|easiest|safest|preferred) (?:fix|option|treatment|thing to do|approach|way forward) (?:here |for (?:this|that|it) )?(?:is|would be)\b/);
const SINCE_CHANGE = caseless(/^(?:it's|it has|it is) been (?:about |around |almost |nearly |just over |over |roughly )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of) (?:days?|weeks?|months?|years?) since (?:we|you|i|he|she|they)\b/);
const DRUG_THEN_WHEN = caseless(/^(?:(?:and|so|yes|yeah|okay|right),?\s+)*(?:the |a |an |your |his |her )?(?:(?!is\b|are\b|was\b|were\b|has\b|had\b|did\b)[a-z][\w-]* ){1,3}(?:today|now|tonight|this (?:morning|afternoon|evening|week))\b/);
const WANTS_BACK = caseless(/^(?:(?:okay|so|and|right|then),?\s+)*i(?:'d| would)? (?:want|like|need) (?:you|him|her|them|to see (?:you|him|her|them)) back (?:in|on|next|after|for)\b/);
const RESTRICTED_TO = caseless(/^(?:(?:and|so|now|okay|then),?\s+)?(?!(?:it|that|this|he|she|you|i|we|they|there|one|both|all|some|any|either|neither|each)\b)(?:[a-z-]+ ){0,3}[a-z-]+ only(?:,|[.!]?$)(?![^.]*\b(?:is|are|was|were|i|you)\b)/);

/** "…the severe category, so severe COPD", "…, which is early glaucoma": a condition named after what led to it. */
function namesConditionInApposition(text: string): boolean {
  const m = DIAGNOSIS_TERM.exec(text);
  return m !== null && /(?:,|\bso|\bmeaning|\bwhich is|\bthat's|\bthat is)\s+(?:(?:a|an|mild|moderate|severe|very|early|advanced|acute|chronic|likely|probably)\s+)*$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
}

const UNNAMED_JUDGEMENT_EXCLUDES = caseless(/\b(?:if|whether|you said|you mentioned|you told|last (?:time|year|visit)|used to|ago|history of|going to|will|'ll|let's|want|need to|should|could|might|may|would)\b/);
