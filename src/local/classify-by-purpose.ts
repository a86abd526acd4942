/** A clinician's sentence placed by what it does, wherever in the visit it falls. */
import { APPRAISAL, CAUSE_EXPLAINED, HEARD_ON_BODY, IN_CONDITION, LIKENED_TO, OFF_TARGET, WEIGHS_CONDITION, CONTROL_JUDGEMENT, COURSE_APPRAISAL, COURSE_COMPARED, DIAGNOSED_BY, EXPLAINS, FITS_WITH, NATURE_APPRAISAL, NOT_APPRAISAL, NOTHING_SERIOUS, OPINION_FRAME, OPINION_HAS, OPINION_NAMES, PLAIN_CONDITION, RISK_ESTIMATE, RISK_READING, RULED_OUT_FOR, URGENCY } from './appraisal-patterns.js';
import { statesReading } from './clause-structure.js';
import { CLINICAL_TERMS, countMatches, EXAM_CUES, HISTORY_CUES, PLAN_CUES } from './clinical-lexicon.js';
import { DIAGNOSIS_TERM, findDrugs, hasMeasuredValue, isDiagnosisStatement, isExamFinding, isOrder, isPlanStatement, isPresentFinding, isReturnPrecaution } from './clinical-vocabulary.js';
import { isInstructionFrame } from './instruction-frames.js';
import { AGE_OR_TIME, BACKGROUND_STATED, CLEARED_TO, COMPLAINT_DURATION, CURRENT_MEDICINE, DEVICE_FOUND, DONE_AND_FOUND, DONE_FOR_PATIENT, EXAM_FOUND, FUTURE_ACTION, GRATEFUL_IF, HAD_BEFORE, IMPERATIVE_START, INTRODUCES_PATIENT, isFindingFragment, LAB_OR_SCORE, MENTAL_STATE_SEEN, NAMED_VALUE, NO_EVIDENCE, NO_NEED, NOTIFIES_COLLEAGUE, OBSERVED_NOW, PAPERWORK_DONE, PERFORMANCE, PLEASE_DO, PRESENTS_PATIENT, PROCEDURE_PLANNED, RECAP, REPORT_SAYS, RESULTS_DUE, ROUTINE_NEXT, SEEN_ABSENT, SET_TASK, SIZED_FINDING, SPEAKS_OF_NOW, SPEAKS_OF_PAST, STATED_VALUE, TEST_RESULT, TREATMENT_NOUNS, VISIT_REASON, YOU_WILL_DO } from './purpose-patterns.js';
import { ADVICE_MARKERS } from './read-advice.js';
import { isSpokenObservation } from './spoken-observations.js';
import { type Phase, type Slot, VITALS } from './track-phases.js';
import { talksMoney } from './normalize-measurements.js';

const QUOTED_PRICE = /\b(?:estimate|quote|cost|price|fee|bill)s? (?:is|are|will be|would be|comes? to|should be)\b/i;
import { ASKS_INTERPRETER, MED_LIST_AGENDA } from './visit-talk-patterns.js';

const EXAMINER_SEES = /\b(?:on (?:your|the|his|her|their) (?:[\w-]+ ){0,2}exam(?:ination)?|i (?:do |can )?(?:see|feel|recogni[sz]e|appreciate|notice|hear)|there(?:'s| is| are))\b/i;

/**
 * What a clinician's sentence does, wherever it falls: return precautions, orders, prescriptions, referrals and
 * follow-up are plan; naming a problem is assessment; a measured value or an examined finding is objective.
 */
/**
 * "That's aspirin 324 mg chewed, 10:57.", "Second nitro 0.4 sublingual, 11:02.": a dose charted with its route or the
 * time it went in is a treatment given in the visit (EMS and ward talk), so plan, not a reading.
 */
const CHARTED_DOSE = /^(?:(?:that's|that is|so|okay|and),?\s+)?(?:(?:first|second|third|another|repeat|a further)\s+)?(?:[a-z][\w-]*\s+){1,3}\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|milligrams?|g|grams?|units?|ml|mls)?\b,?\s+(?:(?:chewed|sublingual(?:ly)?|sl|iv|im|io|po|subcut|sc|intranasal|nebuli[sz]ed|given|pushed|administered)\b|(?:at\s+)?\d{1,2}:\d{2}\b)/i;

function isChartedDose(text: string): boolean {
  return CHARTED_DOSE.test(text) && findDrugs(text).length > 0 && !/\b(?:takes|taking|took|usually|at home|normally|prescribed|last (?:dose|night|week))\b/i.test(text);
}

/**
 * "The main things holding you back are limited flexion and quad weakness", "your limiting factors are…": a
 * therapist's summing-up of the impairments is the assessment, though each was measured as a finding.
 */
const LIMITING_FACTORS = /^(?:(?:so|and|overall|okay|right),?\s+)?(?:(?:the|your|his|her|their) )?(?:main |biggest |key |real )?(?:things?|issues?|problems?|limitations?|barriers?|limiting factors?|impairments?|deficits?) (?:(?:that are |that's )?(?:holding (?:you|him|her|them) back|limiting (?:you|him|her|them))(?: (?:right )?now)? )?(?:is|are|include)\b/i;

/** "The cough comes on easily when I press on his trachea": what the examiner's hand brings on is the finding. */
const BROUGHT_ON_BY_EXAMINER = /\bwhen i (?:press|palpate|push|touch|squeeze|tap|move|flex|extend|bend|rotate|lift|stretch) (?:on |down on |over )?(?:his|her|their|your|the|its|this|that)\b/i;

/** "I'd cut her food by about 10%", "reduce the dose by a third": the size of a change to make, not a reading. */
const CHANGE_BY_SHARE = /^(?:(?:so|and|okay|also|then|now),?\s+)*(?:(?:i|we)(?:'d| would|'ll| will)? (?:suggest (?:you )?|recommend (?:you )?|like (?:you )?to |want (?:you )?to )?|you (?:should|could|can|need to|might want to) |let's |try (?:and |to )?|please )?(?:cut|reduce|lower|decrease|increase|raise|drop|trim|bring down|bring up|taper)\b[^.?!]{0,40}?\bby (?:about |around |roughly |another |a further )?(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|(?:a |one )?(?:third|quarter|half|fifth|tenth))/i;

export function classifyByPurpose(text: string, phase: Phase): Slot | undefined {
  if (isChartedDose(text)) return 'plan';
  if (CHANGE_BY_SHARE.test(text) && !/\?$|\b(?:you said|last time|already|have been|has been)\b/i.test(text)) return 'plan';
  if (BROUGHT_ON_BY_EXAMINER.test(text) && !/\?$|\b(?:will|'ll|going to|if|you said|at home|usually)\b/i.test(text)) return 'exam';
  if (LIMITING_FACTORS.test(text) && !/\?$|\b(?:if|will|'ll|going to|you said|last time)\b/i.test(text) && /\b(?:holding|limiting|impairments?|deficits?)\b/i.test(text)) return 'assessment';
  if (phase === 'history' && (VISIT_REASON.test(text) || INTRODUCES_PATIENT.test(text))) return 'history';
  // A condition already treated, an allergy, or how long the complaint has gone on is history in any phase (a dictated
  // paragraph has no questions to mark its history), unless the sentence also judges, orders or examines.
  if (((BACKGROUND_STATED.test(text) && (findDrugs(text).length > 0 || /\ballergic to\b/i.test(text))) || COMPLAINT_DURATION.test(text)) && !/\b(?:i think|i suspect|i'd|i would|this is|consistent with|will|'ll|going to|let's|on examination|examined|today (?:she|he) is)\b|\?$/i.test(text)) return 'history';
  // "So it's eight weeks since the fracture now": the time since an event is history, though it names a condition.
  if (phase === 'history' && /^(?:(?:so|and|okay|now),?\s+)?it(?:'s| has been| is) (?:been )?(?:about |almost |over |just |nearly |now )?\S+ (?:days?|weeks?|months?|years?) since (?:the|your|his|her|their|you)\b/i.test(text) && !/\b(?:will|'ll|going to)\b/i.test(text)) return 'history';
  // "He takes apixaban 5 mg twice daily", "you're still on the metformin": the medicine already taken is history.
  if (phase === 'history' && CURRENT_MEDICINE.test(text) && (findDrugs(text).length > 0 || /\d ?(?:mg|milligrams?|mcg|micrograms?)\b/i.test(text)) && !/\b(?:will|'ll|going to|should|start|increase|decrease|stop|switch|change)\b/i.test(text)) return 'history';
  // "Amlodipine 10, bendroflumethiazide 2.5, doxazosin 4, …": the list of medicines read out before any change is the history.
  if (phase === 'history' && findDrugs(text).length >= 3 && !/\b(?:is|are|was|were|will|'ll|going to|should|start|increase|decrease|stop|switch|change|reduce|add|take|try|i|we|you)\b/i.test(text)) return 'history';
  if (MED_LIST_AGENDA.test(text)) return undefined;
  if (!/\?$/.test(text) && (NOTIFIES_COLLEAGUE.test(text) || (PLEASE_DO.test(text) && !ASKS_INTERPRETER.test(text)))) return 'plan';
  if (/\?$/.test(text)) return undefined;
  // "If your weight goes up by 2 kg over three days, ring us the same day": a return precaution, whatever values it holds.
  if (/^(?:(?:and|but|so|also),?\s+)?if\b[^.?!]{3,110}?,\s*(?:or [^,]{3,60},\s*)?(?:(?:please|then|just),?\s+)?(?:ring|call|phone|contact|come (?:back|in|straight)|go (?:to|straight)|get in touch|see (?:your|a|the)|attend|let (?:us|me) know)\b/i.test(text)) return 'plan';
  // "If you are feeling hot and sweaty, taking regular paracetamol would be beneficial": a treatment offered for when a
  // symptom comes is advice, though it opens on "if" like a question of history.
  if (/^(?:(?:and|but|so|also|um),?\s+)?if\b[^.?!]{3,110}?,\s*(?:then\s+)?[^.?!]{0,60}\b(?:would|will|could|might|may|should) (?:be (?:(?:really|very|quite|most) )?(?:beneficial|helpful|useful|worth (?:it|trying)|a good idea|best|sensible|the best thing)|help)\b/i.test(text)
    && (findDrugs(text).length > 0 || TREATMENT_NOUNS.test(text)) && !/\b(?:you said|you mentioned|last time)\b/i.test(text)) return 'plan';
  // "Because you were sick last time we'll give you ondansetron": the reason given first does not make the order history.
  const reason = /^(?:(?:so|and),?\s+)?(?:because|since|as) [^,.]{3,70}?(?:,\s*|\s+)(?=(?:we|i)(?:'ll| will|'re going to| are going to|'m going to| am going to)\s)/i.exec(text);
  if (reason && classifyByPurpose(text.slice(reason[0].length), phase) === 'plan') return 'plan';
  // "He's due his flu spray", "you're due for a smear": what falls due is done or booked, so plan.
  if (/^(?:(?:so|and|also|now),?\s+)?(?:he|she|you|they)(?:'s|'re| is| are) (?:also |now |over)?due (?:for )?(?:his|her|your|their|a|an|the)\b/i.test(text)) return 'plan';
  // "You score five out of eight on the questionnaire": a score the patient got is a result.
  if (/\b(?:you|he|she|they) (?:score|scored|scores|got|came out at)\b[^.?!]{0,25}?\b(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)\s*(?:out of|\/)\s*\w+/i.test(text) && !/\b(?:going to|will|'ll|if|last time)\b/i.test(text)) return 'results';
  // "The questionnaire you filled in, the QuickDASH, came out at forty-five": a questionnaire's total is a result too.
  if (/\b(?:questionnaire|score|scale|form|[A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*)\b[^.?!]{0,30}?\b(?:came|comes) out at (?:about |around )?(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?![\s-]*(?:o'clock|am|pm|days?|weeks?|months?|years?|hours?|minutes?)\b)/.test(text)
    && !/\b(?:going to|will|'ll|if|last time|ago)\b/i.test(text)) return 'results';
  // "Your weight and height give a body mass index of 34": the value, worked out in the room, is a finding.
  if (/\b(?:bmi|body mass index)\b[^.?!]{0,25}?\b(?:\d{2}(?:\.\d)?|twenty|thirty|forty|fifty)\b/i.test(text) && !/\b(?:going to|will|'ll|aim|target|goal|should|under|below|last (?:time|year))\b/i.test(text)) return 'exam';
  // "So that's Mallampati two", "that's grade 3 on the scale": a grade or class read off the patient is a finding.
  if (/^(?:(?:so|and|okay),?\s+)?(?:that's|that is|which is|it's|it is) (?:a |an )?(?:grade|class|stage|score|level|category|mallampati|gcs|apgar|beighton|centor|wells|mrc|bristol(?: stool)? (?:type|scale))\s*(?:of\s+)?(?:\d+|one|two|three|four|five|six|seven|[ivx]+)\b/i.test(text) && !DIAGNOSIS_TERM.test(text)) return 'exam';
  // "You're low risk apart from the previous caesarean": a risk level judged of the patient is the assessment.
  if (/^(?:(?:so|and|overall|okay),?\s+)?(?:[^,.?!]{0,40}?,\s*(?:and|but)\s+)?(?:you're|you are|she's|she is|he's|he is|they're|they are|this is|i (?:would |'d )?(?:consider|judge|rate|assess|think|say) (?:you|him|her|them|this|that|the risk)(?: (?:as|to be|is|at))?) (?:still |now )?(?:at )?(?:a )?(?:low|high|moderate|average|increased|intermediate)[- ]risk\b/i.test(text) && !/\b(?:if|will|'ll|going to|you said)\b/i.test(text)) return 'assessment';
  // "I'd judge your risk as low right now", "I'd put her risk at moderate", "your risk today is low": the clinician's
  // grading of a risk is the assessment, though it is said with the "I'd" of a plan.
  if (/\b(?:(?:i|we)(?:'d| would)? (?:judge|put|rate|class|grade|assess|consider|call|see|place)|i'd say)\s+(?:your|his|her|their|the|the patient's|the overall)\s+(?:current |overall |immediate |ongoing |suicide |self-harm )?risk\b[^.?!]{0,30}?\b(?:as|at|is|to be)\s+(?:(?:very|fairly|quite|relatively)\s+)?(?:low|moderate|medium|high|minimal)\b|\b(?:your|his|her|their|the) (?:current |overall |immediate |ongoing )?risk (?:right now |today |now |at the moment )?(?:is|as|seems|looks) (?:(?:very|fairly|quite|relatively)\s+)?(?:low|moderate|medium|high|minimal)\b/i.test(text)
    && !/\b(?:if|will|'ll|going to|last time|you said)\b/i.test(text)) return 'assessment';
  // "The doctor would like him to try atorvastatin 20 mg", "she wants you to start iron": a treatment someone wants the
  // patient to take is plan, whoever said it and whatever reason comes with it.
  if (/\b(?:would|'d) like (?:you|him|her|them|the patient) to (?:try|take|start|go up|increase|switch|restart|use|have)\b|\bwants? (?:you|him|her|them|the patient) to (?:try|take|start|restart|use)\b/i.test(text) && findDrugs(text).length > 0 && !/\?$/.test(text)) return 'plan';
  // "The pharmacy can put his tablets in a blister pack", "the district nurse will call in on Friday": a service that
  // will act for the patient is plan.
  if (/^(?:(?:and|so|also|then),?\s+)?(?:the |your |his |her |their |a )?(?:pharmacy|pharmacist|chemist|district nurses?|practice nurse|nurses?|physio\w*|dietitian|health visitor|midwife|surgery|practice|clinic|hospital|lab|team|receptionists?|social worker|occupational therapist|ot|school nurse|care team|carers?) (?:can|will|'ll|is going to|are going to|should) (?!not\b|have been\b|be able to tell\b)[a-z]+\b/i.test(text) && !/\?$/.test(text)) return 'plan';
  // "GTN spray under the tongue if the pain comes back": a medicine and when to use it is an instruction, verb or not.
  if (findDrugs(text).length > 0 && /\b(?:if|when needed|as needed|as required|under the tongue)\b/i.test(text) && !/\b(?:you said|used to|last time|was|were|did|had|have been|has been|helped?)\b/i.test(text) && !/\?$/.test(text)
    && /^(?:(?:and|so|also|then|just),?\s+)?(?:(?:a|an|the|your|some)\s+)?[A-Za-z-]+(?:\s+(?:spray|tablets?|inhaler|cream|puffs?|drops|patch(?:es)?))?\b/.test(text) && findDrugs(text.split(/\s+/).slice(0, 3).join(' ')).length > 0) return 'plan';
  // "Because of that blood pressure, the doctors recommend aspirin 150 mg every night": a recommendation of a treatment.
  if (/\b(?:i|we|the doctors?|the consultants?|the team|the guidelines?|they|nice)(?: would| do| usually| now)? (?:recommend|advise|suggest)s?\b/i.test(text) && (findDrugs(text).length > 0 || /\b(?:every|daily|each|once|twice|night|morning)\b/i.test(text)) && !/\b(?:you said|last time|used to|didn't|did not)\b/i.test(text)) return 'plan';
  // "Under the dermatoscope: atypical network, a blue-white veil…": what an instrument shows the examiner is a finding.
  if (/^(?:(?:and|so|now),?\s+)?(?:under|with|through|on) the (?:dermatoscope|dermoscope|dermoscopy|microscope|slit ?lamp|otoscope|auroscope|ophthalmoscope|scope|magnifier|wood'?s lamp|doppler)\b[,:]?\s+\S/i.test(text) && !/\b(?:will|'ll|going to|let's)\b/i.test(text)) return 'exam';
  // "The back one has features that worry me for a melanoma": a worry named of a condition is the clinician's judgement.
  if (/\b(?:worr(?:y|ies) me for|concerning for|suspicious (?:for|of)|(?:i'm|i am) (?:worried|concerned) (?:about|it's|it is|this is|that (?:this|it)))\b/i.test(text) && DIAGNOSIS_TERM.test(text) && !/\b(?:you said|you were worried|if)\b/i.test(text)) return 'assessment';
  if (WEIGHS_CONDITION.test(text) && !/\b(?:you said|you were worried|you're worried|if|going to|will|'ll|let's)\b/i.test(text)) return 'assessment';
  // "So you're in atrial fibrillation right now": said while feeling the pulse, it is still the diagnosis.
  if (IN_CONDITION.test(text) && DIAGNOSIS_TERM.test(text.replace(IN_CONDITION, '').split(/[,;]/)[0]!) && !/\b(?:if|will|'ll|going to|you said|last time)\b/i.test(text)) return 'assessment';
  const likened = LIKENED_TO.exec(text);
  // (The condition's name, or its plain-word apposition: "sound like benign prostatic enlargement, an enlarged prostate".)
  // (Not what the examiner sees on the body: "on the foot exam I recognise the wound … what looks like cellulitis".)
  if (likened && !EXAMINER_SEES.test(text.slice(0, likened.index)) && DIAGNOSIS_TERM.test(text.slice(likened.index).split(/[,;]/).slice(0, 2).join(',')) && !HEARD_ON_BODY.test(text) && !/\b(?:if|will|'ll|going to|you said|last time|rule out)\b/i.test(text)) return 'assessment';
  // (A value read with it stays the reading: "your potassium is 5.6, which is higher than we'd like".)
  if (OFF_TARGET.test(text) && !/\d/.test(text) && !/\b(?:if|will|'ll|going to|you said|last (?:time|visit))\b/i.test(text)) return 'assessment';
  // "There's a high chance you have obstructive sleep apnoea": a likelihood judged of a condition is the assessment.
  if (/\bthere(?:'s| is) (?:a |an )?(?:very )?(?:high|good|strong|real|fair|low|small|significant|reasonable) (?:chance|likelihood|probability) (?:that )?(?:you|he|she|they|it|this)(?:'ve got| have| has| is|'s| are|'re)\b/i.test(text)) return 'assessment';
  if (isInstructionFrame(text)) return 'plan';
  // "He is casually dressed, makes little eye contact", "no evidence of psychosis": the mental state seen in the room,
  // said of the patient in the third person (to an interpreter, a student, the record), is a finding in any phase.
  if ((MENTAL_STATE_SEEN.test(text) || NO_EVIDENCE.test(text)) && !/\b(?:says|said|told|reports?|going to|will|'ll|if|usually|at home)\b/i.test(text)) return 'exam';
  // "No ST changes on the monitor and no symptoms during the session": a verbless negative finding in the exam.
  if (phase === 'exam' && /^(?:(?:and|so|also),?\s+)?no (?!more\b|longer\b|need\b)[a-z-]+\b(?<!ing)/i.test(text) && !/\w+ing\b[^.]*\bfor\b|\bfor (?:at least|about|a|an|the next|\d+|one|two|three|four|five|six)\b|\buntil\b/i.test(text) && isFindingFragment(text)
    && SEEN_ABSENT.test(text) && !/\b(?:just|want|make sure|okay|alright|right)\b/i.test(text)) return 'exam';
  // "The Holter monitor your GP arranged picked up pauses": what a test or device found is a result, whoever ordered it.
  if ((DEVICE_FOUND.test(text) || REPORT_SAYS.test(text)) && !/\b(?:going to|will|'ll|let's|if)\b/i.test(text)) return 'results';
  // "You had the yellow fever vaccine in 2015": something done for the patient before, told back from the records.
  if (HAD_BEFORE.test(text) && !/\b(?:going to|will|'ll|let's|need)\b/i.test(text)) return 'history';
  // "You'll also take a calcium tablet every day", "we usually review the treatment after five years", "you don't need
  // bed rest": what the patient will do, or what is routinely done next, is plan in any phase.
  if ((YOU_WILL_DO.test(text) || ROUTINE_NEXT.test(text) || NO_NEED.test(text)) && !/^(?:(?:and|but|so),?\s+)?if\b/i.test(text)) return 'plan';
  // "That's a real improvement", "Mefloquine isn't suitable because of your epilepsy", "you're eligible for a package of
  // care", "that needs looking at": a clinician's appraisal, in words no physician's diagnosis uses, is the assessment.
  if (APPRAISAL.test(text) && !/\d/.test(text) && !/\b(?:going to|will|'ll|let's|want you to|if|would like|'d like)\b/i.test(text)) return 'assessment';
  if (OPINION_FRAME.test(text) && !hasMeasuredValue(text)) return 'assessment';
  // "I'd say the shoulder has anterior instability", "I suspect the knee is sprained": an opinion that names a condition.
  if (OPINION_NAMES.test(text) && DIAGNOSIS_TERM.test(text) && !/\b(?:going to|will|'ll|let's|if|whether|you said|you mentioned|rule out|not|unlikely)\b|n't\b/i.test(text)) return 'assessment';
  // "It's not a tear, the muscle is intact, it's just overstretched": a condition ruled out for another is the judgement.
  if (RULED_OUT_FOR.test(text) && DIAGNOSIS_TERM.test(text.split(',')[0]!) && !/\b(?:going to|will|'ll|let's|if|you said|you mentioned)\b/i.test(text)) return 'assessment';
  // "I think you've got a frozen shoulder", "sounds like you've picked up a tummy bug", "your symptoms fit with an
  // overactive thyroid", "I don't think this is anything serious": a judgement of what the patient has, in plain words.
  if ((OPINION_HAS.test(text) || FITS_WITH.test(text) || NOTHING_SERIOUS.test(text)) && !/\b(?:going to|will|'ll|let's|if|you said|you mentioned|you told|last time)\b/i.test(text)) return 'assessment';
  if (SET_TASK.test(text) || CLEARED_TO.test(text) || PROCEDURE_PLANNED.test(text) || GRATEFUL_IF.test(text)) return 'plan';
  // "The doctor confirmed last week that it's a cataract": a diagnosis another clinician made is the assessment.
  if (DIAGNOSED_BY.test(text) && !/\?$/.test(text)) return 'assessment';
  // "I've done the measurements for the lens implant and they're all fine": a test done in the visit and its result.
  if (DONE_AND_FOUND.test(text)) return 'exam';
  if (NATURE_APPRAISAL.test(text) && !NOT_APPRAISAL.test(text) && !hasMeasuredValue(text) && !/\b(?:test|sign|maneuver|manoeuvre|exam|examination|rhythm|murmur|for example|such as|things)\b/i.test(text)) return 'assessment';
  // "Each of your children has a 50% chance of inheriting it", "a one in ten risk of a stroke": a risk estimated is the assessment.
  if (RISK_ESTIMATE.test(text) && !/\b(?:you said|you mentioned|you told|going to|will|'ll|let's)\b/i.test(text)) return 'assessment';
  // "Results usually take about six weeks": when an answer is due is plan.
  if (RESULTS_DUE.test(text) && !/\b(?:came|were|was|showed)\b/i.test(text)) return 'plan';
  // ("I think the low sugar happened because he skipped lunch": the opinion frame does not make the clinician its subject.)
  const claimed = text.replace(/^(?:(?:so|and|but|okay),?\s+)*i (?:think|suspect|reckon|believe|guess|'d say|would say)(?: that)?,?\s+/i, '');
  if (phase !== 'history' && CAUSE_EXPLAINED.test(text) && !NOT_APPRAISAL.test(text) && !hasMeasuredValue(text) && !/^(?:(?:so|and|but|okay),?\s+)*(?:i|we)\b/i.test(claimed)) return 'assessment';
  if ((COURSE_APPRAISAL.test(text) || (COURSE_COMPARED.test(text) && phase !== 'exam' && !isExamFinding(text) && !isSpokenObservation(text)))
    && !NOT_APPRAISAL.test(text) && !hasMeasuredValue(text)) return 'assessment';
  // "That's five pounds in three days", "that's a drop of 20 points": a change worked out from readings is a finding.
  if (/^(?:(?:so|and|okay|now),?\s+)?(?:that's|that is|it's|that was) (?:a |an )?(?:(?:gain|loss|drop|rise|increase|decrease|fall|change) of )?(?:about |around |nearly |almost |over |just over |under )?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) ?(?:lb|lbs|pounds?|kg|kilos?|%|percent|points?|mmhg|grams?|g|cm)\b/i.test(text)
    && !/\b(?:going to|will|'ll|let's|want|aim|goal|target|need)\b/i.test(text)) return 'exam';
  // "You've lost protective sensation, which is diabetic neuropathy": a finding named as a condition is the assessment.
  const namedAs = /,\s*which is (?:a |an |called |what we call )?([^,.;]{3,50})/i.exec(text);
  if (namedAs && DIAGNOSIS_TERM.test(namedAs[1]!) && !/^(?:common|usual|typical|rare|frequent|possible|likely|known) (?:cause|reason|sign|source|result)/i.test(namedAs[1]!)
    && !/^(?:(?:and|so|okay|now),?\s+)?there(?:'s| is| are)\b/i.test(text) && !/\d/.test(text) && !/\b(?:going to|will|'ll|let's|if|you said|you mentioned)\b/i.test(text)) return 'assessment';
  // "Your iron is low, which is why you're so tired": a finding tied to the complaint it explains is the assessment.
  if (EXPLAINS.test(text) && !/\b(?:you said|you mentioned|you told|going to|will|'ll|if)\b/i.test(text)) return 'assessment';
  // "So you have a moderate sensorineural hearing loss in both ears": a condition named in plain words, graded.
  if (PLAIN_CONDITION.test(text) && !/\b(?:going to|will|'ll|let's|if|you said|you mentioned|you told|last time|before)\b/i.test(text)) return 'assessment';
  // What the clinician sees, feels or measures now, in any phase (a therapy session has no exam to open).
  if (isSpokenObservation(text)) return 'exam';
  // "There's swelling over the knuckles…, that's synovitis": in the exam, a sentence that opens on what is seen is
  // the finding, whatever name it is given after.
  // "The Weber goes to the right and Rinne is positive on both sides": a named test and how it came out, in the exam.
  if (phase === 'exam' && /\b(?:is|was|are|were) (?:positive|negative|equal|absent|present|intact|reduced|brisk|normal)\b/i.test(text) && !/\b(?:if|going to|will|'ll|you (?:are|were))\b/i.test(text)) return 'exam';
  if (phase === 'exam' && /^(?:(?:and|so|now|okay),?\s+)?(?:there(?:'s| is| are)|i can (?:see|feel|hear))\b/i.test(text) && !/\b(?:going to|will|'ll|let's|need to|you (?:can|could|should|might|may))\b/i.test(text)) return 'exam';
  // "No more canned soup, it's loaded with salt", "no more than two coffees a day": a limit set for the patient.
  if (/^(?:(?:and|so|okay|also),?\s+)*no more (?:than )?[\w-]+/i.test(text) && !/\?$/.test(text)) return 'plan';
  // "…which puts you at risk of malnutrition": a value read for what it means is the assessment.
  if (RISK_READING.test(text) && !/\?$/.test(text) && !/\b(?:if|unless|going to|will|'ll)\b/i.test(text)) return 'assessment';
  // "I've drawn out your pedigree across three generations": the family tree is the genetic counsellor's finding.
  if (/\b(?:pedigree|family tree)\b/i.test(text) && !/\?$/.test(text)) return 'exam';
  // "I've pared the callus down today", "we've strapped the ankle": a procedure done in the visit.
  if (/(?:^(?:(?:so|and|okay|now|right),?\s+)?|^[^,.?!]{3,50}?(?:,\s*|\s)and\s+)(?:i|we)(?:'ve| have) (?:just |also )?(?:pared|trimmed|debrided|drained|taped|strapped|fitted|injected|filed|dressed|re-?dressed|cleaned|removed|lanced|syringed|irrigated|cut back|inserted|placed|closed|glued|stitched|sutured|packed|bandaged|splinted|put (?:a|an|some|the) (?:[\w-]+ )?(?:dressing|bandage|plaster|steri-?strips?|strips|splint|sling|cast|boot|collar))\b/i.test(text) && !SPEAKS_OF_PAST.test(text)) return 'plan';
  if (DONE_FOR_PATIENT.test(text) && !SPEAKS_OF_PAST.test(text) && (findDrugs(text).length > 0 || TREATMENT_NOUNS.test(text))) return 'plan';
  if (PAPERWORK_DONE.test(text)) return 'plan';
  if (isReturnPrecaution(text) || isOrder(text) || (IMPERATIVE_START.test(text) && isPlanStatement(text))) return 'plan';
  if (!/\b(?:going to|will|'ll|let's|want to|need to|would like)\b/i.test(text) && (TEST_RESULT.test(text) || EXAM_FOUND.test(text) || PERFORMANCE.test(text))) {
    return TEST_RESULT.test(text) || EXAM_FOUND.test(text) ? 'results' : 'exam';
  }
  // "Your type 2 diabetes is not at target with the HbA1c at 61": the judgement of control is the assessment, value or not.
  if (CONTROL_JUDGEMENT.test(text) && (DIAGNOSIS_TERM.test(text) || /\b(?:blood pressure|sugars?|diabetes|cholesterol|asthma|weight)\b/i.test(text))
    && !/\b(?:going to|will|'ll|let's|want|aim|goal is|target is|should be|you said|last (?:time|visit))\b/i.test(text)) return 'assessment';
  // "The estimate is around 2500 pounds, including the stay": a price quoted for the care planned is the plan's; a
  // price is never a measured value.
  if (phase === 'plan' && QUOTED_PRICE.test(text) && talksMoney(text)) return 'plan';
  // "Single leg balance is 8 seconds", "your lithium level last week was 1.1": a measured value, named or not.
  if (STATED_VALUE.test(text) && !talksMoney(text) && !/\b(?:going to|will|'ll|let's|want to|need to|would like|dose|mg|tablets?|pills?)\b/i.test(text) && findDrugs(text).length === 0) {
    return LAB_OR_SCORE.test(text) && !VITALS.test(text) ? 'results' : 'exam';
  }
  // "It's left ureteric colic from a 4 mm stone": the size is the cause's, after a condition named first.
  const cause = /\s(?:from|due to|caused by|secondary to|because of)\s/i.exec(text);
  if (cause && !SIZED_FINDING.test(text.slice(0, cause.index)) && isDiagnosisStatement(`${text.slice(0, cause.index)}.`) && !/\b(?:going to|will|'ll|let's|if)\b/i.test(text)) return 'assessment';
  // "It's a 3 cm laceration across the left palm": a measured finding is Objective even when it names the problem.
  if (SIZED_FINDING.test(text) && !/\b(?:going to|will|'ll|let's)\b/i.test(text)) return 'exam';
  const future = /\b(?:going to|will|'ll|want (?:you|her|him) to|let's|would like to|plan to|need to)\b/i.test(text);
  // "Your A1c last month was 6.1, which is in the prediabetes range": the value is Objective (and may inform Assessment).
  if (!future && NAMED_VALUE.test(text) && hasMeasuredValue(text) && !(phase === 'history' && RECAP.test(text) && !SPEAKS_OF_NOW.test(text))) {
    return LAB_OR_SCORE.test(text) && !VITALS.test(text) ? 'results' : 'exam';
  }
  // "Your hepatitis B antibody titre from last year was 120, which is protective": the value, read, is a result.
  if (!future && statesReading(text.split(/,\s*(?:which|so|and that)\b/i)[0]!)) return LAB_OR_SCORE.test(text) && !VITALS.test(text) ? 'results' : 'exam';
  if ((isDiagnosisStatement(text) || URGENCY.test(text)) && !/\b(?:going to|will|'ll|let's|want you to)\b/i.test(text)) return 'assessment';
  if (isPlanStatement(text) || (FUTURE_ACTION.test(text) && countMatches(text, CLINICAL_TERMS) + countMatches(text, PLAN_CUES) + (ADVICE_MARKERS.test(text) ? 1 : 0) >= 2)) return 'plan';
  if (!future && hasMeasuredValue(text) && !(phase === 'history' && SPEAKS_OF_PAST.test(text) && !SPEAKS_OF_NOW.test(text))) {
    return LAB_OR_SCORE.test(text) && !VITALS.test(text) ? 'results' : 'exam';
  }
  if (!future && isExamFinding(text) && (phase !== 'history' || countMatches(text, EXAM_CUES) >= 1 || isPresentFinding(text) || isFindingFragment(text))) return 'exam';
  // In the exam, what the clinician sees now: "you're breathing out into the inhaler", "your gait is normal".
  if (!future && (phase === 'exam' || isExamFinding(text)) && OBSERVED_NOW.test(text) && !/\bfor (?:a|one|two|\d+) (?:days?|weeks?|months?)\b|\btoo (?:high|low)\b|\bdoing (?:really |very |so )?(?:well|great|fine|nicely)\b/i.test(text)) return 'exam';
  // "…calling about your apixaban": the clinician naming the patient's own medicine belongs to the history.
  if (phase === 'history' && /\byour\b/i.test(text) && findDrugs(text).length > 0 && !future) return 'history';
  // "It's been two weeks since we took your gallbladder out": the time since an event is history.
  if (phase === 'history' && !future && /\bit(?:'s| has been| is) (?:been )?(?:about |almost |over |just |nearly |now )?\S+ (?:days?|weeks?|months?|years?) since\b/i.test(text)) return 'history';
  // "The baby's six weeks old now", "you're ten days out from surgery".
  if (phase === 'history' && AGE_OR_TIME.test(text) && !future) return 'history';
  // "You're 28 weeks today", "you've been on metformin for a year": the clinician stating the patient's history.
  if (phase === 'history' && /^(?:(?:so|and|hi|hello|hey|okay)(?: [A-Z][a-z]+)?,? |(?:(?:mr|mrs|ms|miss|dr)\.? )?[A-Z][a-z]+, )?(?:you(?:'re| are| were|'ve been| have been| had)|(?:he|she)(?:'s| is| was| has been))\b/i.test(text)
    && (/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\b/i.test(text) || DIAGNOSIS_TERM.test(text) || findDrugs(text).length > 0)) return 'history';
  // A clinician presenting the patient to a colleague (an EMS handoff, a consult): "82 years old, she had a fall at
  // home", "complaining of right hip pain", "no head strike, no loss of consciousness".
  if (phase === 'history' && !future && PRESENTS_PATIENT.test(text) && countMatches(text, CLINICAL_TERMS) + countMatches(text, HISTORY_CUES) > 0) return 'history';
  return undefined;
}
