/**
 * Places each cleaned sentence in a note section, or drops it. Clinician sentences are scored by cue density
 * with a prior from the visit phase (history → exam → assessment/plan); patient sentences are history when they
 * carry clinical content.
 */
import type { Utterance } from './types.js';
import { ASSESSMENT_CUES, CLINICAL_TERMS, EXAM_CUES, HISTORY_CUES, PLAN_CUES, RESULTS_CUES, countMatches } from './clinical-lexicon.js';
import { describesBodyInExam, isSpokenObservation, placesBody } from './spoken-observations.js';
import { classifyByStructure, isExamFragment, statesReading } from './clause-structure.js';
import { DIAGNOSIS_TERM, findDrugs, hasMeasuredValue, isDiagnosisStatement, isExamFinding, isOrder, isPlanStatement, isPresentFinding, isReturnPrecaution } from './clinical-vocabulary.js';
import { caseless } from '../text/caseless-pattern.js';
import { isInstructionFrame } from './instruction-frames.js';

export type Slot = 'history' | 'exam' | 'results' | 'assessment' | 'plan';
export type Phase = 'history' | 'exam' | 'plan';

const FOLLOW_UP_GOODBYE = caseless(/^(?:(?:okay|so|and|right|alright|great),?\s+)*(?:i'll |we'll |i will |we will )?see you (?:again |back )?(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|visit|session|appointment)|in (?:a|one|two|three|four|five|six|eight|twelve|\d+|a few|a couple of) (?:days?|weeks?|months?)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+\w*)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/);
const SMALL_TALK = caseless(/^((?:yes,? )?loud and clear|i can (?:hear|see) you(?!')(?: (?:fine|okay|now|well))?|can you hear me|you're on mute|thank(s| you)|you're welcome|(that )?sounds? (good|great|fine|like a plan|about right)|no(,)? (other )?questions|i will( do my best)?|see you|bye|have a (good|great|nice)|(it's )?(nice|good|great) to (meet|see) you|how are you|i'm (doing )?(good|well|fine|okay|alright)|not bad|hi|hello|good (morning|afternoon|evening)|of course|absolutely|definitely|lovely|brilliant|cheers|wonderful|that's (right|correct|it)|me too|i think so|i don't know|i'm not sure)\b/);
const EXAM_MANEUVER = caseless(/^(let's see (the|your|his|her)|let me|i('m| am) (just )?going to (take|listen|look|feel|check|press|examine|push|have you)|i('ll| will) (just )?(take|listen|look|feel|check|press|examine)|can you|could you|take a (deep )?breath|breathe|lie (back|down)|look (up|down|straight|at)|follow my|push|pull|squeeze|press|relax|stand up|sit (up|down)|open (your|wide)|say ah|tell me if|does (this|that) hurt)\b/);
const EXAM_START = caseless(/\b((?:face (?:down|up)|on your (?:back|front|side|tummy|stomach)) for me|(?:up|down|back|over) (?:on|onto) (?:the|this) (?:stool|couch|bed|table|plinth|chair|mat|footrest) for me|let's try (?:some |a (?:little |bit of )?|a few )(?:water|sips?|fluids?|thin fluids|thickened fluids?|yogh?urt|puree|biscuit|cracker|teaspoons?)\b|(?:do|try|show me) (?:a|an|some|the) (?:single[- ]leg |double[- ]leg |deep |half )?(?:squats?|lunges?|hops?|balance|heel raises?|step[- ]downs?|bridges?|walk) for me|physical exam|examine|exam (you|now)|take a (quick )?look|take a listen|let's do (a|an|your)|vital signs|your vitals|on exam|hop up|check you out|let me (look|listen|press|feel|check|see)|let's (check|see|measure|test|take a look|weigh)|let's see how you move|check (her|him) over|on mental status|mental status exam|show me (?:how|your)|can you show me|have a look|bring the (?:phone|camera)|(?:up )?to the camera|let's (?:do|try) the \w+ (?:task|test)|have a listen|i'm (?:measuring|checking|examining|testing|feeling|listening|looking)|let me (?:count|examine|inspect)|(?:let me|i'll|i'm going to) (?:connect|plug) (?:in )?to (?:the|your) (?:device|pacemaker|monitor|pump|sensor|meter))\b/);
const PLAN_START = caseless(/\b(assessment and plan|putting (?:it|this|that|everything) (?:all )?together|my (assessment|impression|plan)|let's talk about|(first|next|second|third|last|other) (problem|issue)|in summary|for your (first|second|next|last|third)\b|what (that|this|all that) means|my recommendation|treatment plan|impression)\b/);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
}


/** "So, the results.", "The colonoscopy.": a clinician naming what comes next, and nothing else. */
export const ANNOUNCED_TOPIC = caseless(/^(?:(?:so|okay|now|right|and),?\s+(?:the|your) ([a-z][\w-]*(?: (?!(?:is|are|was|looks?|feels?|seems?|sounds?)\b)[a-z][\w-]*)?)|(?:the|your) ([a-z][\w-]*))[.:]?$/);

/**
 * More of the visit's own steps: "I'm going to do some maneuvers here", "let's do physical exam as long as you are
 * here", "if you can take a deep breath", "what I'm going to do is", and a clinician's talk of their own tastes
 * ("I enjoy ice cream regularly").
 */
const VISIT_STEP = caseless(/^(?:(?:so|and|okay|alright|now|then|first|well|just),?\s+)*(?:(?:i(?:'m| am) going to|i(?:'ll| will)|let me|let's|we(?:'ll| will| are going to|'re going to)) (?:just )?(?:do|perform|try) (?:some|a few|a couple of|a little|the) (?:maneuvers|manoeuvres|tests|special tests|movements|checks)(?: (?:here|now|on (?:you|your \w+)))?\.?$|let's (?:go ahead and )?do (?:the |a |your )?(?:quick )?(?:physical )?exam(?:ination)?(?: (?:now|quickly|real quick|as long as you(?:'re| are) here))?\.?$|if you (?:can|could) (?:take a (?:deep |big )?breath|breathe (?:in|deeply))\b|what (?:i'm|i am|we're|we are) going to do is\.?$|let's try (?:some |a (?:little |bit of )?|a few )(?:water|sips?|fluids?|thin fluids|thickened fluids?|yogh?urt|puree|biscuit|cracker|teaspoons?)\b[^.?!]{0,30}\.?$)|\bi (?:enjoy|love|like) (?!(?:the|how|that|what|your|it)\b)\w+/);

const BODY_STATE_NOW = caseless(/^(?:(?:so|and|okay|now|on examination|on exam),?\s+)?(?:the|your|his|her|their|both) (?:(?:left|right|upper|lower|small|big) )?[a-z]+(?: and (?:the )?(?:(?:left|right) )?[a-z]+)? (?:is|are) (?:(?:very|quite|a bit|a little|slightly|mildly|markedly|visibly) )?(?:swollen|tender|red|hot|warm|inflamed|thickened|boggy|deformed|restricted|stiff|weak|wasted|bruised|effused)\b/);
const COUNTED_FINDING = caseless(/^(?:(?:so|and|okay|now),?\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ )?(?:joints?|teeth|nodes?|lesions?|moles?|spots?|areas?|sites?|points?|trigger points?|ulcers?) (?:are |is )?(?:swollen|tender|affected|involved|decayed|enlarged|palpable|present|red|active|inflamed)\b/);
function isPresentFindingOrCount(text: string): boolean {
  return COUNTED_FINDING.test(text) || !/\b(?:was|were|had|has been|have been|used to|last (?:time|week|visit))\b/i.test(text);
}
const OBSERVED_APPRAISED = caseless(/^(?:(?:so|and|okay|now|well),?\s+)?(?:you're|you are|he's|he is|she's|she is) (?:\w+ing)\b[^.?!]{0,50},\s*which is (?:very |really |quite |a )?(?:reassuring|good|a good sign|good sign|normal|fine|great|encouraging)\b/);
const REPORTED_BY_COLLEAGUE = caseless(/^(?:(?:so|and|okay|now|thanks for coming in|thank you for coming in)[\w ,]{0,20}?,?\s+)?(?:the|your|his|her) (?:health visitor|district nurse|practice nurse|nurse|gp|doctor|school|teacher|social worker|midwife|physio\w*|referral(?: letter)?|letter|consultant|paramedics?|ambulance crew|care home|carer) (?:said|says|mentioned|told me|wrote|reported|tells me)\b/);
const CHART_SAYS = caseless(/\b(?:looking (?:through|at|over)|reviewing|went through|in|from) (?:your|the|his|her) (?:chart|notes|records?|file)(?: here)?,?\s+(?:and\s+)?(?:it looks like|i see(?: that)?|it says|it shows)\s+\S+(?:\s+\S+){2,}$/);

/**
 * The visit's greeting and agenda: "come in, Mr. Okafor, take a seat", "we'll come to all of it", "let's start with
 * the diabetes", "here's the plan", "let's get your pre-exercise numbers" (the numbers themselves follow).
 */
const GREETING_OR_AGENDA = caseless(/^(?:(?:so|and|okay|alright|now|right|well),?\s+)*(?:come (?:on )?in\b[^.?!]{0,30}\b(?:have|take|grab) a seat\b|(?:(?:mr|mrs|ms|miss|dr)\.? )?[a-z]+,? (?:have|take|grab) a seat\b|(?:have|take|grab) a seat\b|(?:we'll|we will|i'll|i will) (?:come|get) (?:back )?to (?:all of )?(?:it|that|them|those|each)\b|(?:let's|we will|we'll) (?:start|begin) with (?:the|your) [a-z]+(?: [a-z]+)?\.?$|(?:so )?here's (?:the|my|our) plan\.?$|(?:let's|let me|i'll|i will|we'll|we will) (?:get|take|grab|do) (?:your|the|some) (?:[\w-]+ )?(?:numbers|vitals|obs|observations|readings|measurements)\.?$)/);

/**
 * Talk about the visit's own course, which ambient visits are full of: "I will be calling out some of my exam findings",
 * "let me tell you a little bit about my assessment and plan", "we will go over her lab work", "this is what I will
 * do", and a sentence cut off before its object ("we will get you scheduled for", "let me take a quick").
 */
const VISIT_COURSE = caseless(/^(?:(?:so|and|okay|alright|now|then|first|well|but|just|all right),?\s+)*(?:(?:i(?:'m| am)(?: just)?(?: going to be| gonna be)|i(?: will|'ll) be|we(?: will|'ll) be|i(?:'m| am) going to|i(?: will|'ll)) (?:just )?(?:be )?(?:going ahead and )?calling out (?:some of )?(?:my|the|your|his|her|their) (?:exam |physical exam |examination )?findings\b|let me (?:tell|talk to|explain to) (?:you|him|her|them|the patient) (?:a little bit |a bit |a little )?about (?:my|the|our) (?:assessment and plan|assessment|plan|findings)\.?$|(?:we(?: will|'ll)|let's|i(?: will|'ll)) (?:go )?(?:talk|go over|look at|look over|review|discuss) (?:a little bit )?(?:about )?(?:it|that|this|some of (?:your|his|her|their) \w+|(?:your|his|her|their|the) (?:lab ?work|labs|results|x-?rays?|imaging|tests))\.?$|(?:we(?: will|'ll)|let's|i(?: will|'ll)) do (?:an|a|the|your|my|his|her) (?:quick |physical |brief )?(?:exam|examination|foot exam|physical)(?: real quick| quickly| now| here)?\.?$|(?:this is|here's|that's) what (?:i|we)(?: will|'ll|'d| would| am going to|'m going to| are going to|'re going to|'d like to| would like to| want to| suggest we) do\.?$|what (?:i|we)(?: will|'ll| want to|'re going to| are going to|'m going to| am going to) do is(?: first(?: off)?)?\.?$)/);
const CUT_OFF = caseless(/^(?:[\w',]+\s+){1,7}(?:for|to|the|a|an|of|with|at|quick|just put)\.?$/);

/** "I've got your sensor download up", "I have the report here in front of me": results about to be read out. */
const HAS_IN_FRONT = caseless(/^(?:\w+,? )?(?:i(?:'ve)?|we(?:'ve)?) (?:also |now |just )?(?:have|got|pulled up) (?:the|your) [\w -]{1,30}? (?:up|here|in front of me|back|on (?:my|the) screen)\b/);

/** Works out the visit phase at each sentence from the clinician's transitions; it never moves backwards. */
export function trackPhases(utterances: Utterance[]): Phase[] {
  let phase: Phase = 'history';
  return utterances.map((u, i) => {
    // A topic named on its own ("So, the colonoscopy.") opens a review of results when the same turn goes on to state one.
    const next = utterances[i + 1];
    const opensResults = ANNOUNCED_TOPIC.test(u.text) && next !== undefined && next.turn === u.turn && !next.question;
    if (u.role === 'clinician') {
      if (PLAN_START.test(u.text)) phase = 'plan';
      else if (phase === 'history' && (EXAM_START.test(u.text) || placesBody(u.text) || opensResults || ANNOUNCES_RESULTS.test(u.text) || HAS_IN_FRONT.test(u.text) || measuresNow(u))) phase = 'exam';
    }
    return phase;
  });
}

/**
 * "Resting sats 94 percent, heart rate 82", "temperature is 37.4": a clinician who reads out a vital sign now has begun
 * the examination, though no "let me examine you" was said (rehab, nursing, therapy).
 */
function measuresNow(u: Utterance): boolean {
  if (u.question || /\b(?:going to|will|'ll|let's|last (?:time|visit|week|month)|ago|you (?:said|mentioned|told)|used to|history of|usually)\b/i.test(u.text)) return false;
  return hasMeasuredValue(u.text) && VITALS.test(u.text) && findDrugs(u.text).length === 0;
}

const LAB_OR_SCORE = caseless(String.raw`\b(?:x-?rays?|mri|ct|ekg|ecg|ultrasound|echo\w*|labs?|urine|dip|culture|swab|troponin|inr|a1c|hemoglobin|ferritin|potassium|sodium|creatinine|egfr|glucose|ldl|hdl|cholesterol|tsh|white (?:blood )?(?:cell )?count|platelets|psa|phq-?9|phq|gad-?7|gad|score|questionnaire|results?|shows?|showed|came back)\b`);
const VITALS = caseless(/\b(?:blood pressure|heart rate|pulse|temperature|temp|oxygen|saturation|respiratory rate|weight|bmi|weigh|height|mmhg|bpm)\b/);
const SPEAKS_OF_PAST = caseless(/\b(?:last (?:time|visit|month|year)|you (?:said|mentioned|told)|history of|ago|previously|used to)\b/);
const IMPERATIVE_VERBS = new Set(`feel lean pinch press spread swap count space take start stop hold continue keep avoid ice rest elevate drink apply use wear call come go return bring
feed give limit cut try do floss brush skip book replace swap aim practice breathe inhale exhale shake wait eat sleep walk stretch
wash clean change remove check measure record write weigh watch put place soak cover finish get moisturize massage gargle rinse
spit chew sit stand dry unlock choose practise raise lower have let make leave lock pack read follow schedule plan switch add increase
decrease reduce double halve space alternate split crush mix dissolve store refrigerate discard throw bathe shower soak wrap
splint tape buckle stay lie lay stop-taking spray drop insert squeeze carry ask roll download stick`.split(/\s+/));
/** Verbs of advice that an examiner does not use to move or test the body ("take", "hold", "press" can be either). */
const ADVICE_ONLY_VERBS = new Set(`use avoid apply wear drink eat limit cut skip choose spread swap continue keep stop start carry give
avoid moisturize gargle rinse wash clean soak cover bathe shower store mix dissolve aim practice put book call bring switch add
increase decrease reduce replace watch weigh record sleep walk get set buy practise`.split(/\s+/));

/** The first word of an instruction, past "always", "only", "please" and the like. */
function adviceVerb(text: string): string {
  return firstWord(text.replace(/^(?:(?:so|and|also|then|now|okay|please|just|only|always|never|definitely|for now|at home|from now on),?\s+)+/i, ''));
}

/** "Mild swelling around the outside of the ankle.": a finding said without a verb or a person. */
function isFindingFragment(text: string): boolean {
  return text.split(/\s+/).length <= 15 && !/\b(?:i|you|we|he|she|they|my|your|is|are|was|were|has|have|had|feels?|felt|hurts?|gets?|got)\b/i.test(text);
}

const AGE_OR_TIME = caseless(/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -](?:days?|weeks?|months?|years?)[ -](?:old|out|postpartum|pregnant|post-?op|after)\b/);
const PLAN_TRANSITION = caseless(/^(?:in the meantime|meanwhile|until then|from now on|going forward|for the next (?:few|couple|\d+|two|three) \w+)\b/);
const MANEUVER_VERBS = new Set('lie lay breathe look follow squeeze push pull relax open say turn bend stand sit lift point touch cough hold raise lower roll'.split(' '));
const ADVICE_MARKERS = caseless(/\b(?:after|before|when|every|daily|nightly|at night|in the morning|for (?:\d+|a|one|two|three|the next)|until|if|twice|once|times a|as needed|at home|at first|each|slowly|right away|now|today|tonight|tomorrow)\b/);

/** "… so the screen is at eye level", "… to keep her swallowing": what an instruction is for. */
const ADVICE_PURPOSE = caseless(/\bso (?:that )?(?:the|your|it|you|she|he|they)\b|\bto (?:keep|help|stop|prevent|avoid|reduce|ease|protect|loosen|soften|strengthen)\b/);

/** "Turn your head", "raise your arm": the exam's manoeuvres move the body; "raise your laptop" does not. */
const MOVES_BODY = caseless(/^\w+ (?:up |down |out |over )?(?:your|the|this|that|my|his|her) (?:(?:left|right|other|good|bad) )?(?:head|arms?|legs?|hands?|feet|foot|knees?|chin|eyes?|mouth|tongue|shoulders?|back|hips?|elbows?|wrists?|fingers?|toes?|neck|chest|body|heels?|ankles?|thumbs?)\b|\b(?:for me|my (?:finger|hand)s?)\b/);

function firstWord(text: string): string {
  return text.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
}




/** An instruction to the patient ("Dry her ears after swimming", "Stand up slowly at first"): a verb first, with a when or how. */
export function isAdvice(text: string, phase: Phase = 'history'): boolean {
  const core = text
    .replace(/^(?:(?:while|until|when|before|after|once|as soon as|if|every) [^,]{1,60},\s*(?:(?:if|when) [^,]{1,60},\s*)?|for (?:a|an|the|any) [^,]{1,30},\s*|(?:on|for|with|during|at|in) [^,]{1,30},\s*(?=[a-z]+ (?:your|the|a|an|his|her|their|it|them|some|up|down|off|each|both|every)\b|(?:take|try|use|do|keep|get|make|go|walk|stretch|rest|drink|eat|wear|avoid|stop|start|put)\b))/i, '')
    .replace(/^(?:(?:so|and|also|then|now|okay|please|just|first|second|finally|meanwhile|in the meantime|only|always|never|don't|do not|definitely|for now|at home|at night|every day|each day|from now on|going forward|this week|next week|today|tonight|in the mornings?|(?:once|twice|three times) (?:a|per) (?:day|week|night)|every (?:morning|evening|night|other day)|(?:on|during|in|for) (?:\w+ ){0,2}(?:days?|shifts?|nights?|weekends?|mornings?|evenings?|flights?|drives?|runs?|walks?|trips?)),?\s+)+/i, '');
  const first = core.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
  if (!IMPERATIVE_VERBS.has(first) || /\?$/.test(text) || text.split(/\s+/).length < 4) return false;
  // "Do a single leg squat for me on the right": a request of the exam, unless it says when or how often.
  if (/\bfor me\b/i.test(text) && !ADVICE_MARKERS.test(text.replace(/\bon the (?:left|right)\b/gi, ''))) return false;
  // "Lie on your stomach", "take a deep breath": exam instructions, unless they say when or how often.
  // "Raise the head of your bed six inches and avoid eating late" is advice, however it starts; "raise your arm" is not.
  if (MANEUVER_VERBS.has(first) && (text.split(/\s+/).length < 9 || isExamFinding(text))) return ADVICE_MARKERS.test(text) && !/\b(?:deep breath|for me|on your (?:back|stomach|side)|my finger|the table)\b/i.test(text);
  return ADVICE_MARKERS.test(text) || phase === 'plan' || findDrugs(core).length > 0 || core !== text.trim() || text.split(/\s+/).length >= 5;
}

/** A triage judgement: "her fever needs to be looked at, but she doesn't need the ER". */
const URGENCY = caseless(/\b(?:(?:is|'s|isn't|is not)(?: not)? (?:dangerous|serious|life-threatening|contagious|harmful|cancer)\b|needs? to be (?:seen|looked at|evaluated|checked)|is (?:an|a medical) emergency|not an emergency|could be serious|sounds serious)\b/);
const EXAM_FOUND = caseless(/\b(?:exam|evaluation|scope|endoscopy|laryngoscopy|stroboscopy)\b[^.?!]{0,30}\b(?:found|showed|revealed)\b/);
// "Gonorrhoea negative, HIV negative": a screen's result named by its infection alone.
const TEST_RESULT = caseless(/\b(?:microscope|cytology|smear|stain|dipstick|scrape|antibod(?:y|ies)|titers?|serology|levels?|test|swab|culture|screen|panel|x-?rays?|radiographs?|films?|bitewings?|opg|scan|ct|mri|ultrasound|ekg|ecg|12-lead|strep|covid|flu|pregnancy test|dip|urinalysis|biopsy|labs?|bloodwork|blood work)\b[^.?!]{0,50}\b(?:negative|positive|normal|abnormal|came back|shows?|showed|revealed?|unremarkable|there's|there is|there are)\b|\b(?:gonorrh?oea|gonorrhea|chlamydia|hiv|syphilis|hepatitis [abc]|hep [abc]|trichomonas|mycoplasma|herpes|influenza|rsv|mrsa|h\.? ?pylori|quantiferon|tb)\b(?: (?:is|was|also|came back|were|are))? (?:negative|positive|detected|not detected)\b/);
const PERFORMANCE = caseless(/\b(?:named|scored|identified|completed|repeated|walked|held|lifted|recalled|managed|did)\b[^.?!]{0,30}\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\b(?! (?:days?|weeks?|months?|years?) ago)|\b(?:minimal|moderate|maximal|max|min|mod|standby|contact guard|stand-by) assist(?:ance)?\b|\b(?:took|needed|required) (?:supervision|set-?up|cueing)\b/);
const STATED_VALUE = caseless(/^(?:(?:okay|so|and|now|today),?\s+)*(?:your |his |her |the |their )?(?!it\b|this\b|that\b|there\b|she\b|he\b|you\b|i\b|we\b|they\b|patient\b|[a-z]+ is an?\b)[a-z][\w-]*(?: [a-z][\w-]*){0,3} (?:is|are|was|were|came back at|measures?|measured)(?: \w+){0,2}? (?:at |about |around )?(?:\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: hundred)?)(?![\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?|times|o'clock|pm|am|year|month|week)\b)/);
const IMPERATIVE_START = caseless(/^(?:(?:okay|so|and|now|then|first|also),? )*(?:go ahead and|stop|start|take|hold|increase|decrease|continue|switch|use|apply|keep|avoid|don't|do not|i'm going to|i'll|we'll|let's)\b/);
const CONTROL_JUDGEMENT = caseless(/\b(?:(?:is|are|isn't|aren't|is not|are not|'s|'re)\s+(?:also\s+|still\s+|now\s+)?(?:not\s+)?(?:at|above|below|within|off|over|under) (?:target|goal)|(?:well|poorly|un|under|not well)[- ]?controlled|(?:under|in|out of) (?:(?:good|great|decent|reasonable|poor|better|tight|fair|excellent|much better) )?control)\b/);
const SIZED_FINDING = caseless(/\b\d+(?:\.\d+)? ?(?:cm|mm|centimeters?|millimeters?|inch(?:es)?)\b(?! of sodium)/);
const OBSERVED_NOW = caseless(/^(?:(?:okay|so|and|now|alright|listening today|looking (?:in|at) [^,]{1,25}|standing|sitting|seated|lying(?: down)?|supine|prone|face down|on your (?:back|front|side)),? )?(?:you (?:didn't|did not|aren't|are not|forgot to|pressed|held|tilted)|you're|you are|your \w+(?: \w+)? (?:is|are|looks?|sounds?|sits?|stands?|hangs?|tilts?|rests?|drops?|leans?|rotates?)|(?:both|the|your) (?:\w+ )?\w+ (?:is|are) (?:(?:very|really|quite|a bit|a little|slightly) )?(?:tight|tender|swollen|weak|stiff|red|warm|restricted|hypertonic|in spasm)\b|(?:he|she|it)(?:'s| is)|there's|there is|there are|i (?:can )?(?:see|hear|feel|notice|don't (?:see|hear|feel))|i can't (?:see|hear|feel)|you can see|i'm (?:seeing|hearing|feeling|noticing))\b/);
const NAMED_VALUE = caseless(/\b(?:vision|visual acuity|eye pressure|intraocular pressure|iop|cup to disc|acuity|troponin|inr|a1c|hemoglobin|hgb|ferritin|potassium|sodium|creatinine|egfr|gfr|glucose|ldl|hdl|cholesterol|triglycerides|tsh|white (?:blood )?(?:cell )?count|wbc|platelets?|psa|phq-?9|gad-?7|weight|bmi|blood pressure|heart rate|temperature|oxygen saturation|saturation|respiratory rate|fundal height|grip strength|pocket depths?)\b/);
const RECAP = caseless(/\b(?:you (?:said|mentioned|told)|history of)\b/);
const SPEAKS_OF_NOW = caseless(/\b(?:today|now|this morning|here|right now|currently)\b/);
/** The visit's own steps, not findings or plans: "I will start by listening to your heart", "you can sit up". */
const VISIT_PROCESS = caseless(/^(?:(?:so|and|okay|alright|now|then|first|well),?\s+)*(?:(?:let me|i(?:'m| am) going to|i(?:'ll| will)|we(?:'ll| will)|let's) (?:go ahead and )?(?:do|perform|conduct) (?:a|an|your|my) (?:quick |brief |focused |full |complete )?(?:physical )?(?:exam|examination|physical)(?:\s+(?:now|on you|here))?\.?$|if it's (?:okay|ok|alright) with you\b|let's (?:just )?(?:talk|chat) (?:a (?:little|bit) )?(?:bit )?(?:more )?about (?:your|my|the|some|what|a few|his|her|their)\b(?:[^.?!]{0,40})\.?$|let's (?:take a )?look at (?:some of )?(?:your|the|his|her|their) (?:results|labs?|lab work|tests?|x-?rays?|imaging|images|pictures|numbers)\.?$|i'm going to tell you (?:about|what)\b|i'm (?:so |really )?glad (?:to (?:see|hear)|that)\b|(?:i|we)(?:'ll| will|'m going to| am going to|'re going to)? start (?:by|with) (?:listening|looking|examining|checking|taking|feeling|pressing|asking)|let's (?:go ahead and )?(?:take a (?:quick )?look|have a (?:quick )?look|see what's going on|get you (?:up|on|over|comfortable|settled|sat|sitting|lying|onto|into)|examine you|do (?:a|your) (?:quick )?(?:exam|physical))|you can (?:go ahead and )?(?:sit (?:up|back|down)|lie (?:back|down)|lay (?:back|down)|relax|get dressed|hop (?:up|down|off))|go ahead and (?:sit|lie|lay|hop|relax)\b)/);
/** Words to the scribe or the dictation system: "use my general physical exam template", "date of birth is …". */
const SCRIBE_COMMAND = caseless(/^(?:(?:okay|so|and|now),?\s+)*(?:show me (?:the|my|his|her|their) |pull up (?:the|his|her|their) )|\b(?:use (?:my|the) (?:\w+ ){0,3}template|(?:her|his|the patient's|patient's) date of birth is|insert (?:the|my|her|his)|(?:new )?paragraph|end (?:of )?dictation|scratch that)\b/);
const DEVICE = caseless(/\b(?:spacer|inhaler|nebuli[sz]er|pen|syringe|needle|glucometer|meter|cpap|mask|brace|crutches|sling|splint|boot|walker|cane|pump|patch|drops|dropper|lens(?:es)?|hearing aids?|retainer|dressing)\b/);
/** "Let's do a bedside swallow evaluation": the evaluation done in the visit, whose findings follow. */
const EVALUATION_NOW = caseless(/^(?:(?:so|okay|now|alright),?\s+)?(?:let's|let me|i(?:'ll| will)|i'm going to|we(?:'ll| will)) (?:do|perform|run|try) (?:a|an|the|your|some) (?:[\w-]+ ){1,3}(?:evaluation|assessment|screen(?:ing)?|test(?:ing)?|trial)\.?$/);
/** "I have all your labs back", "I also have the blood work from last week": what comes next is the result. */
const ANNOUNCES_RESULTS = caseless(/^(?:(?:mr|mrs|ms|dr)\.? \w+,? |\w+, )?(?:i(?:'ve)?|we(?:'ve)?) (?:also |now )?(?:have|got|received|gotten) (?:all |both |some )?(?:of )?(?:your|the|his|her|their) (?:lab\w*|results?|blood ?work|tests?|x-?rays?|imaging|scans?|reports?)(?: results)?(?: (?:back|in|here|today|from (?:last|this|the) \w+))*\.?$/);
/** "This is Ruth, 82 years old, …", "we have a 45-year-old male…": a clinician introducing the patient to a colleague. */
const INTRODUCES_PATIENT = caseless(/^(?:(?:this is|we have|i have|i've got|we've got) [^,]{1,40},\s*(?:an? )?\d+[- ]years?[- ]old|(?:this is|we have|i have|i've got|we've got) an? \d+[- ]years?[- ]old)\b/);
/**
 * "I'll blend lavender and sweet orange for a diffuser", "we'll give him a tetanus booster": something the clinician
 * will do for the patient. Talking, asking, looking and examining are the visit itself, not its plan.
 */
const FUTURE_ACTION = caseless(/^(?:(?:so|and|okay|now|then|today|next|also|first|after that|for (?:the|your) [\w ]{1,20}),?\s+)*(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to)\s+(?:also\s+|just\s+)?(?!(?:ask|talk|chat|look|listen|examine|check (?:on |in )?(?:you|your|him|her)|have (?:a|another) (?:look|listen)|take (?:a|another) (?:look|listen)|see (?:how|what|if|whether)|explain|tell|be\b|need|start (?:by|with|off)|go (?:over|through|ahead and (?:examine|look|listen|check|take a look|do (?:a|an|the|your) (?:quick )?(?:exam|physical)))|review|feel|press|touch|measure|test|watch|move|get (?:started|you (?:up|on|checked))|do (?:a|an|the|your|some|my) (?:[\w-]+ ){0,2}?(?:exam|examination|physical|assessment|evaluation|history|check)|go\b(?! ahead and (?:start|prescribe|order|refer|send|give|put|schedule|get|increase|decrease|switch|change|add|stop|book|set))|get (?:like |really |so |a little )?(?:\w+ed|sick|worse|better|dizzy|lightheaded|nauseous|tired)\b|find time|try (?:to|and) (?:understand|figure|get a sense)|pull up|bring up|walk you|make sure (?:i|we) (?:understand|have)|figure out|find out|come back to)\b)[a-z]+\b/);
/** What the team did for the patient today: "we got an IV in and gave fentanyl 50 mcg", "we put her on oxygen". */
const DONE_FOR_PATIENT = caseless(/^(?:(?:so|and|then|okay),?\s+)?(?:we|i)(?:'ve| have)? (?:already )?(?:got|gave|given|put|started|placed|administered|applied|splinted|established|obtained|hung|pushed|ran|drew|sent|called|immobilized|irrigated|cleaned|dressed|bandaged)\b/);
/** "Let's go through the list", "let me go through your tablets": the review's agenda, not a plan. */
const MED_LIST_AGENDA = caseless(/^(?:(?:so|okay|right|now|and),?\s+)*(?:let's|let me|we'll|we will|i'll|i will|i'd like to) (?:just )?(?:go through|go over|run through|look at|check) (?:the|your|his|her|their) (?:list|tablets|medications|medicines|meds|pills|repeat prescriptions?)(?: (?:together|first|now|one by one))?\.?$/);
/** A graded condition the patient has, named in plain words: "a moderate sensorineural hearing loss", "a mild language delay". */
const PLAIN_CONDITION = caseless(/^(?:(?:so|okay|well|and|right|now),?\s+)?(?:you|he|she|they|[a-z]+)(?:'ve got| have got| has got| have| has) (?:a |an )?(?:(?:mild|moderate|severe|profound|significant|early|chronic|acute|bilateral|one-sided|high-frequency|age-related|noise-induced|sensorineural|conductive|mixed|specific|global|expressive|receptive|developmental|functional|cognitive|language|speech|hearing|memory|balance)(?:,| to| and)? )+(?:hearing |speech |language |sound |memory |balance |cognitive )?(?:loss|disorder|delay|disease|deficiency|impairment|condition|syndrome|decline|dysfunction|insufficiency|degeneration|instability)\b/);
/** "I've written you a personal asthma action plan", "we've booked you an appointment": made for the patient today. */
const PAPERWORK_DONE = caseless(/^(?:(?:so|and|also|okay),?\s+)?(?:i|we)(?:'ve| have) (?:also |just )?(?:(?:written|printed|booked|arranged|filled in|done|made|sent|emailed|faxed) (?:you |him |her |them )?(?:a|an|the|your|his|her|their)\b[^.?!]{0,40}\b(?:plan|letter|prescription|referral|appointment|form|leaflet|certificate|sick note|fit note|script)\b|(?:written|recorded|noted|put) (?:it all|them all|it|everything|this|that|them|all of (?:it|this)|the \w+) (?:down )?in (?:the|your|his|her|their) [\w ]{0,20}?(?:book|record|card|passport|diary|notes))/);
const TREATMENT_NOUNS = caseless(/\b(?:iv|line|oxygen|o2|nasal cannula|non-?rebreather|splint|collar|c-collar|backboard|dressing|bandage|tourniquet|fluids|saline|bolus|epi(?:nephrine)?|nebuli[sz]er|neb|aspirin|nitro\w*|glucagon|dextrose|d50|narcan|naloxone|ekg|12-lead|monitor|ice pack|sling|cast)\b/);
const PRESENTS_PATIENT = caseless(/^(?:(?:this is|we have|i have) [^,]{1,40},\s*)?(?:(?:an? )?\d+[- ]years?[- ]old\b|(?:she|he)(?: was| had| has| is|'s|'d) (?!going\b|gonna\b)|(?:complain(?:s|ing)? of|c\/o)\b|(?:no|denies|negative for) (?:head strike|loss of consciousness|loc\b|chest pain|shortness of breath|fever|trauma|vomiting|nausea|headache|numbness|weakness|[a-z]+ (?:pain|injury))|found (?:by|on|in|down)\b)|\b(?:years?[- ]old|complain(?:s|ing)? of)\b/);
const VISIT_REASON = caseless(/\bit's (?:your|time for your) (?:annual |routine |yearly |regular |six-monthly |\w+ )?[\w ]{0,25}(?:check|review|appointment|visit|check-?up)\b|\b(?:we(?:'re| are) here (?:today )?to (?:talk about|discuss|go over|follow up)|here (?:today )?(?:for|because)|presents? (?:today )?(?:for|with))\b/);

const CURRENT_MEDICINE = caseless(/^(?:(?:so|and|okay),?\s+)?(?:he|she|they|you|the patient|patient)(?:'re| are| is|'s)? (?:still |also |currently |now )?(?:takes|take|uses|use|on|taking|using|been (?:on|taking|using)|remains on)\b/);

/** "I'll let your GP know", "I'll ask Dr. Mahon about antibiotics", "I'm going to send a note to your GP". */
const NOTIFIES_COLLEAGUE = caseless(/\b(?:i(?:'ll| will|'m going to| am going to)|we(?:'ll| will|'re going to)) (?:also )?(?:let|tell|inform|update|notify|write to|email|message|ring|phone|call|ask|send (?:a (?:note|letter|message|report)|the (?:readings|results|numbers)|this|these|it) to) (?:your|the|his|her|their) (?:[a-z-]+ ){0,2}?(?:gp|family doctor|doctor|physician|pcp|primary care(?: \w+)?|provider|dentist|vet|surgeon|specialist|care team|team|nurse|oncologist|cardiologist|consultant|midwife|pharmacist|therapist|social worker|case manager|neighbou?r|school)\b|\b(?:i(?:'ll| will)|we(?:'ll| will)) (?:also )?ask (?:dr|doctor)\.? [a-z]\w+ (?:about|for|to)\b/);


/** "Please ask Mrs Haddad how she has been": the clinician speaking to the interpreter, not a request of the patient. */
const ASKS_INTERPRETER = /\b[Pp]lease (?:ask|tell|explain to) (?:(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Dd]r)\.? )?(?:[A-Z]\w+|him|her|them|the patient)\b(?! to \w)/;
const DEVICE_FOUND = caseless(/\b(?:holter|monitor|device|pacemaker|defibrillator|icd|loop recorder|download|diary|tracker|sensor|meter|scan|x-?ray|test|swab)\b[^.?!]{0,40}\b(?:picked up|recorded|detected|caught|captured|logged|showed|shows)\b/);
/** What an examiner or a monitor reports as absent: "no ST changes", "no swelling", "no symptoms during the session". */
const SEEN_ABSENT = caseless(/\bno (?:[a-z-]+ )?(?:changes?|symptoms?|signs?|evidence|abnormalit\w*|murmurs?|swelling|o?edema|tenderness|redness|erythema|discharge|bleeding|drainage|arrhythmias?|ectop\w*|desaturation|distress|deformity|bruising|rash|lesions?|masses|mass|crepitus|effusion|weakness|deficits?|pauses?|ischaemi\w*|ischemi\w*)\b/);
const MENTAL_STATE_SEEN = caseless(/^(?:(?:so|and|today|on (?:mental state|examination)),?\s+)?(?:he|she|they|the patient|mr \w+|mrs \w+|ms \w+)(?:'s| is| are|'re)? (?:(?:casually|smartly|neatly|appropriately|poorly|well|un\w*) (?:dressed|groomed|kempt)|dishevelled|disheveled|unkempt|(?:makes|making|made) (?:little|good|poor|fleeting|no) eye contact|(?:alert|calm|guarded|withdrawn|restless|agitated|tearful|flat|irritable|cooperative|distractible|preoccupied|slowed)\b)|^(?:(?:and|so),?\s+)?(?:his|her|their) (?:speech|affect|mood|thought (?:form|content|process)|insight|judge?ment|eye contact|psychomotor \w+) (?:is|are|was|seems|appears)\b/);
const NO_EVIDENCE = caseless(/^(?:(?:and|so|but),?\s+)?(?:there(?:'s| is) )?(?:no (?:evidence|signs?|features)|nothing) (?:of|to suggest)\b/);
/** "The occupational therapist's report says you need help with washing": another clinician's written finding (a referral letter, by contrast, tells the history). */
const REPORT_SAYS = caseless(/^(?:(?:so|and|also|now),?\s+)?(?:the|your|his|her) (?:[\w'-]+ ){0,3}(?:report|assessment|discharge summary) (?:says|said|shows|showed|states|found|recommends)\b/);
const HAD_BEFORE = caseless(/^(?:(?:so|and|okay|now),?\s+)?you(?:'ve| have)? had (?:the |your |a |an |both )?[\w -]{1,40}? (?:in (?:19|20)\d\d|(?:\w+ )?(?:years?|months?|weeks?) ago|last (?:year|month|week))\b/);
const YOU_WILL_DO = caseless(/^(?:(?:so|and|also|then|now|okay|afterwards|after that|later on|tomorrow|tonight|from tomorrow|after the (?:operation|surgery|procedure)),?\s+)*(?:(?:before|after|when|once|until) [^,]{1,40},\s*(?:[^,]{1,25},\s*)?)?you(?:'ll| will)(?: also| then| now| still)? (?:keep|avoid|wear|take|have|get|start|restart|resume|use|continue|stop|need (?:to|a|an|the|some)|be (?:on|taking|starting|given|having|seen|booked|sent|called))\b/);
const ROUTINE_NEXT = caseless(/\bwe (?:usually|normally|generally|typically|routinely|always) (?:review|check|repeat|recheck|stop|continue|see|scan|test|reassess|rescan)\b/);
/** "You don't need bed rest", "you don't need to go to hospital": what the patient is spared is the plan (the disposition). */
const NO_NEED = caseless(/^(?:(?:so|and|but|okay|good news|the good news is),?\s+)?(?:you|he|she|they) (?:don't|do not|doesn't|does not|won't|will not) need (?:to )?[a-z]/);
const APPRAISAL = caseless(/\b(?:(?:is|are|isn't|aren't|is not|are not|'s|'re|would(?:n't| not)? be|wouldn't be)\s+(?:not\s+)?(?:(?:really|quite|very|completely|perfectly|now|still)\s+)?(?:suitable|safe|eligible|appropriate|a good candidate|a candidate)\s+(?:for|because|to|with)\b|\b(?:qualify|qualifies) for\b|\b(?:is|are|'s|has been|have been) (?:really |clearly |definitely |probably )?(?:affecting|impacting|taking a (?:real )?toll on|contributing to|feeding into|making [\w ]{1,20} worse)\b|\b(?:is|'s) (?:a|an) (?:real |genuine )?(?:crisis|emergency)\b|\b(?:you're|you are|he's|he is|she's|she is|they're|they are) (?:now |still )?at (?:a )?(?:high|higher|real|increased|significant|some|low|moderate|greater|very high) risk (?:of|for)\b|^(?:(?:and|so|honestly),?\s+)?you(?:'re| are) doing (?:all )?(?:the right things?|everything right)\b|(?:that's|this is|it's|that is|there's been|there has been)\s+(?:a |an )?(?:(?:real|big|huge|good|great|definite|clear|steady|some|nice|significant|slight)\s+)*(?:improvement|progress|setback|deterioration|step forward)\b|\bneeds? (?:looking at|looking into|attention|addressing)\b|\bthere(?:'s| is) no reason (?:not to|(?:we|you|i) (?:can't|cannot|shouldn't)|why (?:we|you) (?:can't|cannot|shouldn't))\b|\b(?:you're|you are|he's|he is|she's|she is|they're|they are|it's|it is) (?:now |still |really |definitely )?(?:responding|progressing|improving|healing|recovering|settling) (?:really |very |so )?(?:well|nicely|slowly|as expected)\b|\bthere(?:'s| is) (?:still )?(?:a |an )?(?:(?:high|higher|low|some|real|small|increased|significant|ongoing) )?risk of\b|\b(?:is|are) an? (?:high|higher|low|moderate)[- ]risk (?:area|region|country|place|group)\b)/);

/** "…and please see your dentist about refitting them": a request made of the patient anywhere in the sentence. */
const PLEASE_DO = caseless(/\bplease (?:see|call|book|take|use|keep|try|make|come|bring|get|avoid|stop|start|continue|check|do|don't|go|ask|contact|let|remember|write|weigh|wear|drink|eat)\b/);
const RISK_READING = caseless(/\b(?:puts?|putting|places?) (?:you|him|her|them|this|it|the patient) (?:at|in) (?:a )?(?:(?:high|higher|increased|greater|some|moderate|low|real) )?risk (?:of|for)\b/);

/**
 * "The attacks are fewer than last month, which is real progress", "you're making progress but the strength is still
 * weak", "it's starting to look like some agoraphobia", "a facet problem rather than a disc": a clinician weighing the
 * course, a comparison or one explanation against another, in words no diagnosis list holds.
 */
const COURSE_APPRAISAL = caseless(/\b(?:making (?:good |great |real |steady |some |slow |excellent )?progress|(?:real|good|great|steady|excellent|big|huge) (?:progress|improvement)|(?:starting|beginning) to (?:look|sound|seem) like|(?:this|it|that|which)(?:'s| is| looks?| sounds?| seems?| fits?)\b[^.?!]{0,80}\brather than\b|(?:this|it|that) (?:pattern |picture )?fits\b|(?:moving|heading|going) in the right direction|on the right track|(?:is|are|'s|'re) (?:already |now )?responding\b)/);
/** "Your pain is mostly muscular", "it's viral", "this one looks benign": the nature of a problem, judged. */
const NATURE_APPRAISAL = caseless(/\b(?:is|are|'s|'re|looks?|sounds?|seems?|feels?)\s+(?:(?:mostly|probably|likely|most likely|just|all|purely|more|entirely|almost certainly|definitely|clearly|still)\s+)?(?:muscular|mechanical|viral|bacterial|benign|functional|postural|hormonal|stress[- ]related|inflammatory|degenerative|age[- ]related|harmless|self[- ]limiting|fungal|superficial)\b/);
/** "My thinking is that the tablets are upsetting your stomach", "the way I see it, the knee is wearing out": an opinion given. */
const OPINION_HAS = caseless(/^(?:(?:so|okay|well|right|now|and),?\s+)*(?:i think|i suspect|i'm (?:fairly |pretty |quite )?(?:sure|confident)|it (?:sounds|looks|seems) like|sounds like|looks like|seems like|most likely|probably|i'd say)(?:,)? (?:that )?(?:you|he|she|they|[a-z]+)(?:'ve| have| has|'s)? (?:got|picked up|developed|caught|pulled|strained|sprained|torn|hurt|injured) (?:a |an |some |your |his |her |their )?[a-z]/);
const FITS_WITH = caseless(/^(?:(?:so|okay|well|and|now),?\s+)*(?:(?:your|his|her|their|the) (?:symptoms|story|history|picture|results?|findings|bloods?|scan|x-?ray|tests?)|this|that|it|everything|all (?:of )?(?:this|that)) (?:all )?(?:fits?|fit in|fits in|points?|adds? up) (?:with|to)\b/);
const NOTHING_SERIOUS = caseless(/\b(?:i don't think (?:this|it|that)(?:'s| is) (?:anything|something)|(?:it's|this is|that's|it is|this isn't|it isn't|that isn't) (?:nothing|not anything)|nothing) (?:serious|sinister|worrying|dangerous|to worry about)\b/);
const OPINION_NAMES = caseless(/^(?:(?:so|okay|well|right|now|and|overall),?\s+)*(?:i(?:'d| would) say|i think|i suspect|i believe|i reckon|my impression is)(?: that)?\s/);
const RULED_OUT_FOR = caseless(/^(?:(?:so|and|okay|well|good news),?\s+)*(?:(?:it's|it is|this is|that's|that is) not|this isn't|it isn't|that isn't) (?:a |an )?[^,.?!]{1,40},[^.?!]*\b(?:it's|it is|this is|that's|just|only|more (?:of )?a|rather)\b/);
const OPINION_FRAME = caseless(/^(?:(?:so|and|okay|well|honestly),?\s+)*(?:my (?:thinking|sense|feeling|read|reading|view|take|opinion|suspicion|hunch|best guess|gut feeling) (?:here |on this |about this )?is(?: that)?|the way i see it|in my (?:opinion|view)|from what you(?:'re| are|'ve| have) (?:telling|told|describing|described) me|from what i(?:'m| am) (?:hearing|seeing))\b/);
/** "Your homework this week is to write down three worries", "the goal for next session is walking without the frame". */
/** "I'm happy for you to go back to work on Monday", "it's worth trying a sleep diary": what the patient is cleared or advised to do. */
const CLEARED_TO = caseless(/^(?:(?:so|and|okay|now|also),?\s+)*(?:i(?:'m| am) (?:happy|fine|okay|comfortable) (?:for|with) (?:you|him|her|them) (?:to )?[a-z]+|(?:it's|it is|it'd be|it would be|it might be) (?:worth|a good idea|sensible|best) (?:to )?(?:trying|doing|getting|having|booking|taking|starting|keeping|try|do|get|have|book|take|start|keep)\b|(?:it's |it is )?(?:best|better|important|sensible) to (?:avoid|keep|take|stop|try|stay|rest|have|get|use|wear|drink|eat|cut|limit)\b)/);
const SET_TASK = caseless(/^(?:(?:so|and|okay|now),?\s+)*(?:your|the|our|his|her) (?:homework|task|assignment|goals?|targets?|aims?|focus|challenge|job)(?: (?:for|this|until|before|over|between) [a-z ]{1,25}?)? (?:is|are|will be)\b/);
const RISK_ESTIMATE = caseless(/(?:\b\d+(?:\.\d+)?\s?%|\b\d+ percent|\b(?:one|1) in (?:\d+|two|three|four|five|ten|twenty|a hundred|100))(?: (?:lifetime|absolute|yearly|annual|ten-year|10-year))? (?:chance|risk|likelihood|probability)\b|\b(?:chance|risk|likelihood|probability) (?:of [a-z ]{3,30} )?is (?:about |around |roughly )?(?:\d+(?:\.\d+)?\s?%|\d+ percent|(?:one|1) in)/);
const RESULTS_DUE = caseless(/^(?:(?:so|and|the|your|okay),?\s+)*(?:the |your )?(?:results?|reports?|answers?)(?: (?:usually|normally|typically|should|will|can|often))? (?:take|be back|come back in|are back in|take about|takes?)\b/);
/** "The noise at night is from swelling around the voice box", "your sugar went low because you missed your meal". */
const CAUSE_EXPLAINED = caseless(/\b(?:is|are|was|were|'s|went|got|came on|happened)\b[^.?!]{0,50}?\b(?:caused by|due to|because of|down to|because (?:you|your|he|his|she|her|they|their)|from (?:the |some |a )?(?:swelling|inflammation|irritation|infection|virus|strain|overuse|narrowing|pressure on))\b/);
/** A comparison with before: the clinician's reading of the course, unless said of what is seen now ("your ankle's puffy but less than last week"). */
const COURSE_COMPARED = caseless(/\b(?:(?:fewer|better|worse|more|less|higher|lower|stronger|weaker|looser|tighter|bigger|smaller) than (?:last|before|the last|at the start|(?:i|we)'d like|(?:i|we) would like|expected|usual|it was|they were|you were|it should be)|compared (?:with|to) (?:last|the last|before|when)|(?:is|are|'s|'re) (?:still |now |slowly |gradually )?(?:improving|easing|settling|getting (?:better|worse)|worsening|growing|loosening)\b)/);
const NOT_APPRAISAL = caseless(/\b(?:going to|will|'ll|let's|want you to|would like you|please|if|unless|you said|you mentioned|you told|has it|have you|is it|are you)\b/);

/**
 * What a clinician's sentence does, wherever it falls: return precautions, orders, prescriptions, referrals and
 * follow-up are plan; naming a problem is assessment; a measured value or an examined finding is objective.
 */
export function classifyByPurpose(text: string, phase: Phase): Slot | undefined {
  if (phase === 'history' && (VISIT_REASON.test(text) || INTRODUCES_PATIENT.test(text))) return 'history';
  // "He takes apixaban 5 mg twice daily", "you're still on the metformin": the medicine already taken is history.
  if (phase === 'history' && CURRENT_MEDICINE.test(text) && (findDrugs(text).length > 0 || /\d ?mg\b/i.test(text)) && !/\b(?:will|'ll|going to|should|start|increase|decrease|stop|switch|change)\b/i.test(text)) return 'history';
  // "Amlodipine 10, bendroflumethiazide 2.5, doxazosin 4, …": the list of medicines read out before any change is the history.
  if (phase === 'history' && findDrugs(text).length >= 3 && !/\b(?:is|are|was|were|will|'ll|going to|should|start|increase|decrease|stop|switch|change|reduce|add|take|try|i|we|you)\b/i.test(text)) return 'history';
  if (MED_LIST_AGENDA.test(text)) return undefined;
  if (!/\?$/.test(text) && (NOTIFIES_COLLEAGUE.test(text) || (PLEASE_DO.test(text) && !ASKS_INTERPRETER.test(text)))) return 'plan';
  if (/\?$/.test(text)) return undefined;
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
  if (phase !== 'history' && CAUSE_EXPLAINED.test(text) && !NOT_APPRAISAL.test(text) && !hasMeasuredValue(text) && !/^(?:(?:so|and|but|okay),?\s+)*(?:i|we)\b/i.test(text)) return 'assessment';
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
  // "Single leg balance is 8 seconds", "your lithium level last week was 1.1": a measured value, named or not.
  if (STATED_VALUE.test(text) && !/\b(?:going to|will|'ll|let's|want to|need to|would like|dose|mg|tablets?|pills?)\b/i.test(text) && findDrugs(text).length === 0) {
    return LAB_OR_SCORE.test(text) && !VITALS.test(text) ? 'results' : 'exam';
  }
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

/** `short`: a visit of a few dozen sentences, where almost every statement a patient makes is worth keeping. */
/** "Alex, you seem brighter today": a name said to get someone's attention, which the sentence's purpose is read past. */
const VOCATIVE = /^(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?!(?:Yes|No|Okay|Ok|Well|Now|So|Sure|Right|Alright|Great|Good|Perfect|Also|Then|First|Next|Today|And|But|Hi|Hello|Oh|Yeah|Thanks|Sorry|Look|Listen|Again|Otherwise|Honestly|Actually|Finally|Lastly|Overall|Anyway)\b)[A-Z][a-z]+,\s+(?=(?:you|your|i|we|when|it|this|that|the|so|let's|there)\b)/;

/** The exam's requests, not errands: "can you show me", "could you lie back". */
const NOT_ERRANDS = new Set('show tell hear see feel point look lie lay sit stand walk turn bend lift raise push pull squeeze open close breathe cough follow hold move touch stick try read describe say rate remember confirm spell'.split(' '));
const ASKS_BY_NAME = /^(?:(?:mr|mrs|ms|miss)\.?\s+)?(?!(?:Yes|No|Okay|Ok|Well|Now|So|And|But|Hi|Hello|Oh|Yeah|Right|Alright)\b)[A-Z][a-z]+,\s+(?=(?:can|could|would|will) you\b)/;
/** "Could you drop a spare inhaler in for school", "for lunch, can you set a reminder on your phone". */
function isErrand(text: string): boolean {
  const m = /^(?:(?:and|so|also),?\s+)?(?:(?:on|for|with|at|in|during|before|after) [^,]{1,30},\s*)?(?:can|could|would) you (?:please |also )?([a-z]+)\b/i.exec(text);
  return m !== null && !NOT_ERRANDS.has(m[1]!.toLowerCase()) && !/\b(?:me|us)\s*$/.test(text) && text.split(/\s+/).length >= 6;
}
const SPECIMEN_TAKEN = caseless(/^(?:(?:so|and|okay|now|right|first),?\s+)*(?:i(?:'ll| will|'m going to| am going to)|let me|we(?:'ll| will)) (?:just |also )?(?:take|send|do|get) (?:a |an |some |the )?(?:swab|swabs|sample|samples|bloods?|blood tests?|culture|scraping|biopsy|urine (?:sample|test)|ecg|smear)\b/);
const EXPLAINS = caseless(/\b(?:which is why|that's why|that is why|which explains|that explains|which would explain|that would explain|which accounts for|that accounts for)\b/);
/** "The operation will be on the right eye, under local anaesthetic", "the injection will be done in clinic". */
const PROCEDURE_PLANNED = caseless(/^(?:(?:so|and|okay|now|then),?\s+)*(?:the|your) (?:operation|surgery|procedure|injection|scan|biopsy|colonoscopy|endoscopy|release|repair|replacement|extraction|fitting) (?:will|would|is going to|'ll) be (?:on|under|at|in|done|carried out|performed|booked|next|as)\b/);
/** A letter asking the GP to act: "I would be grateful if you could check her diabetes control". */
const GRATEFUL_IF = caseless(/\bi(?:'d| would) be (?:very )?grateful if you (?:could|would)\b/);
const DIAGNOSED_BY = caseless(/^(?:(?:so|and|okay|now),?\s+)*(?:the|your) (?:doctor|consultant|specialist|surgeon|gp|optometrist|optician|scan|x-?ray|biopsy|tests?) (?:confirmed|diagnosed|found|showed)(?: [a-z]+){0,3}? (?:that )?(?:it(?:'s| is| was)|you(?:'ve got| have| had)|this is|there(?:'s| is)) (?:a |an )?/);
const DONE_AND_FOUND = caseless(/^(?:(?:so|and|okay|now),?\s+)*(?:i|we)(?:'ve| have) (?:just |now )?(?:done|taken|checked|measured|recorded|repeated) (?:the|your|all the|some) [^.?!]{2,60}?,? and (?:they(?:'re| are)|it(?:'s| is)|everything(?:'s| is)|all (?:are|is)) (?:all )?(?:fine|normal|okay|ok|good|clear|satisfactory|within (?:the )?normal)/);
/** Parts seen only on examination, never reported by a patient as such. */
const EXAMINED_PART = caseless(/\b(?:ear ?drums?|drums?|tympanic membranes?|ear canals?|canals?|conjunctivae?|corneas?|lens|lenses|retinas?|optic discs?|discs?|fundi|fundus|pupils?|irises|sclerae?|septum|turbinates?|tonsils?|uvula|pharynx|larynx|vocal (?:cords?|folds?)|cervix|os|prostate|wound edges|edges|incision|wound bed|granulation|slough|sinus tract|lymph nodes?|nail beds?|gums?|gingivae?|mucosa)\b/);
/** "You must be Noah", "and you must be Peter": meeting someone, not a finding. */
const MEETS = /^(?:(?:[Gg]ood )?(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Hh]i|[Hh]ello|[Hh]ey)\b[^,.]{0,25},\s+)?(?:(?:[Aa]nd|[Ss]o|[Hh]i|[Hh]ello),?\s+)?[Yy]ou must be (?:(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss)\.? )?(?:[A-Z][a-z]+|[Mm]um|[Dd]ad|[Mm]om)(?:'s \w+)?[.!]?$/;
const INTRODUCTION = /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Mm]orning|[Gg]ood \w+)[, ]+)?(?:(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r)\.? [A-Z]\w+,? )?(?:[Ii]t's|[Tt]his is|I'm|[Mm]y name is) (?:[Dd]r\.? |[Nn]urse )?[A-Z][a-z]+,? (?:the|one of the|from|with|your)\b/;

/** "Temperature 38.6.", "Pulse 88.", "Weight 32 kg": a reading called out in two words. */
const SHORT_READING = /^(?:temperature|temp|pulse|heart rate|weight|sats|saturations?|spo2|glucose|sugar|bm|gcs|rr|respirations|height|bmi)\s+\d+(?:\.\d+)?\s*(?:kg|lb|%|bpm|\u00b0[cf])?[.!]?$/i;

/** "Tooth 36, there's a crack line…", "Left knee, there is an effusion": the site a finding is dictated under. */
const SITE_TOPIC = /^(?:(?:upper|lower|left|right|the) )*(?:tooth|teeth|molar|premolar|incisor|canine|knee|hip|shoulder|ankle|wrist|elbow|foot|feet|hand|eye|ear|back|neck|chest|abdomen|belly|skin|wound|ulcer|scar|incision|nail|toe|finger|thumb|heel|leg|arm|stifle|hock|paw|hoof)s?(?: (?:on the )?(?:left|right|\d{1,2}))?,\s+(?=there(?:'s| is| are)\b|i can (?:see|feel)\b|it(?:'s| is| has| looks)\b)/i;

/** "Mum, can you give him the drops…", "Dad, keep the cast dry": a companion addressed by their role. */
const COMPANION_VOCATIVE = /^(?:(?:and|so|okay|now),?\s+)?(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunty|mama|papa)\s*,\s+(?=\S)/i;
/** "Ask the nurses to thicken it", "get your husband to drive you": a task handed to someone else is plan. */
const DELEGATES = /^(?:(?:and|so|also|then|okay|please),?\s+)*(?:ask|tell|get|have) (?:the |your |his |her |their |a )?(?:[a-z]+ ){0,2}(?:nurses?|carers?|staff|school|teachers?|husband|wife|partner|son|daughter|mum|mom|dad|family|pharmacist|gp|doctor|team|someone|somebody) to (?!(?:take a (?:deep )?breath|cough|lie|sit|stand|turn|look|open|relax)\b)[a-z]+/i;

export function classifyUtterance(u0: Utterance, phase: Phase, short = false): Slot | undefined {
  const named = u0.role === 'clinician' && VOCATIVE.test(u0.text) ? { ...u0, text: u0.text.replace(VOCATIVE, '') } : u0;
  const vocative = named.role === 'clinician' && COMPANION_VOCATIVE.test(named.text) ? { ...named, text: named.text.replace(COMPANION_VOCATIVE, '') } : named;
  const u = vocative.role === 'clinician' && SITE_TOPIC.test(vocative.text) ? { ...vocative, text: vocative.text.replace(SITE_TOPIC, '') } : vocative;
  const words = wordCount(u.text);
  const substantive = /\d/.test(u.text) || countMatches(u.text, CLINICAL_TERMS) > 0 || findDrugs(u.text).length > 0 || DIAGNOSIS_TERM.test(u.text);
  // "No dizziness.": a patient's two-word denial of a symptom is a negative finding of the history.
  if (u.role !== 'clinician' && !u.question && words === 2 && /^no\s+\w+\W*$/i.test(u.text) && countMatches(u.text, CLINICAL_TERMS) > 0) return 'history';
  // "See you next Tuesday", "see you in two weeks": the follow-up, said as goodbye.
  if (u.role === 'clinician' && !u.question && FOLLOW_UP_GOODBYE.test(u.text)) return 'plan';
  if ((words < 3 && !(u.role === 'clinician' && (/\b\d{2,3}\/\d{2,3}\b/.test(u.text) || SHORT_READING.test(u.text)))) || (words < 9 && (SMALL_TALK.test(u.text) || SMALL_TALK.test(u.raw)) && !substantive)) return undefined;
  if (words <= 4 && /^(?:thank(?:s| you)|bye|goodbye|see you|you too)\b/i.test(u.text)) return undefined;
  if (u.role !== 'clinician') {
    if (u.question) return undefined;
    // "Ow, yes, that's where it hurts", "That's the spot": a reaction to the examiner's hand, whose finding the examiner states.
    if (phase === 'exam' && words <= 8 && /^(?:(?:ow+|ouch|oh|yes|yeah|yep|mm+)[,!.]?\s+)*(?:that's|that is|right) (?:where it (?:hurts|is)|the (?:spot|one)|it|there|sore)\b/i.test(u.text)) return undefined;
    // "Okay, let's schedule it.", "Sounds good.": agreement, not history.
    if (words <= 6 && /^(?:let's|let us|sounds|sure|great|perfect|will do|i will|i'll (?:try|do)|got it|okay,? (?:let's|i'll|sounds))\b/i.test(u.text)) return undefined;
    const clinical = countMatches(u.text, CLINICAL_TERMS) + (DIAGNOSIS_TERM.test(u.text) || findDrugs(u.text).length > 0 ? 1 : 0);
    if (clinical === 0 && !(short && words >= 3 && phase !== 'plan')) return undefined;
    if (phase === 'plan' && clinical < 2 && words < 10) return undefined;
    return 'history';
  }
  if (ANNOUNCES_RESULTS.test(u.text) || VISIT_PROCESS.test(u.text) || ((VISIT_STEP.test(u.text) || GREETING_OR_AGENDA.test(u.text) || VISIT_COURSE.test(u.text) || (CUT_OFF.test(u.text) && !/\d/.test(u.text))) && findDrugs(u.text).length === 0) || SCRIBE_COMMAND.test(u.text) || ASKS_INTERPRETER.test(u.text)) return undefined;
  // "Let's have you lying on your back, knees bent": placing the body for the exam, unless it says when (advice).
  if (placesBody(u.text) && !/\d/.test(u.text) && !/\b(?:work(?:ing)? on|dig into|loosen)\b/i.test(u.text) && !ADVICE_MARKERS.test(u.text) && words <= 18 && !isExamFinding(u.text)) return undefined;
  const teaches = DEVICE.test(u.text) && words >= 6 && isAdvice(u.text, 'plan');
  if (!u.question && DELEGATES.test(u.text)) return 'plan';
  // "Could you drop a spare inhaler in for school": an errand asked of the patient or family, said without a "?".
  if (!u.question && isErrand(u.text)) return 'plan';
  // "Lisa, could you take up the rugs this weekend?": a task asked of someone named, though said as a question.
  if (u.question && ASKS_BY_NAME.test(u.raw) && isErrand(u.raw.replace(ASKS_BY_NAME, '').replace(/\?$/, ''))) return 'plan';
  // "let me look in both ears the ear canals are clear": ASR runs the request into what it found.
  // "let me get this off, right, the ulcer measures 4 by 3 centimetres": the same, with a size.
  const measuresToo = words >= 9 && EXAM_MANEUVER.test(u.text) && SIZED_FINDING.test(u.text) && /\b(?:measures?|measuring)\b/i.test(u.text) && !/\b(?:going to|will|'ll)\b/i.test(u.text);
  if (measuresToo && !u.question) return 'exam';
  const findsToo = words >= 9 && isExamFinding(u.text) && /\b(?:is|are|looks?|feels?|sounds?)\b/i.test(u.text.replace(EXAM_MANEUVER, ''));
  const later = /\bin (?:a|one|two|three|four|five|six|\d+|a few|a couple of) (?:days?|weeks?|months?)\b|\bnext (?:week|month|time|visit)\b/i.test(u.text);
  // "I'll take a swab of that", "let me take some bloods": a specimen taken is an order, not a manoeuvre.
  if (!u.question && SPECIMEN_TAKEN.test(u.text)) return 'plan';
  if (u.question || (EXAM_MANEUVER.test(u.text) && !later && countMatches(u.text, EXAM_CUES) < 2 && !isPlanStatement(u.text) && !(phase === 'plan' && isAdvice(u.text)) && !teaches && !findsToo)) return undefined;
  // "Mr Dunne, it's Aoife, the heart failure nurse": an introduction, whatever words it holds.
  if ((INTRODUCTION.test(u.text) || MEETS.test(u.text)) && !/\d/.test(u.text)) return undefined;
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
  if (EVALUATION_NOW.test(u.text)) return 'exam';
  // "Just to recap for the notes: you came to us after seeing blood in your urine": the story, said back.
  if (phase === 'history' && /^(?:(?:so|okay|and),?\s+)?(?:just )?(?:to (?:recap|summari[sz]e|sum up)|recapping|summari[sz]ing)\b/i.test(u.text) && !/\b(?:going to|will|'ll|let's)\b/i.test(u.text)) return 'history';
  if (PLAN_TRANSITION.test(u.text)) return 'plan';
  // "So, a minor head injury with a scalp laceration.": the verbless summing-up after the exam is the impression.
  if (phase !== 'history' && /^so,?\s+an?\s/i.test(u.raw) && /^an?\s/i.test(u.text) && !/\b(?:is|are|was|were|has|have|had|will|'ll|can|should|looks?|feels?|i|you|we)\b/i.test(u.text)) return 'assessment';
  // "The wrists and the knuckles are swollen with synovitis", "six joints swollen today": what the examiner finds on the
  // body in front of them is the exam, though it names a condition (the interpretation comes in its own sentence).
  if (phase === 'exam' && !u.question && (BODY_STATE_NOW.test(u.text) || COUNTED_FINDING.test(u.text)) && isPresentFindingOrCount(u.text)
    && !/\b(?:looks? like|consistent with|suggest\w*|sounds? like|i think|diagnos\w*|means?|because|going to|will|'ll|if)\b/i.test(u.text)) return 'exam';
  // "You're speaking in full sentences, which is reassuring": what the clinician observes now, appraised, on any visit.
  if (!u.question && OBSERVED_APPRAISED.test(u.text)) return 'exam';
  // "The health visitor said things have been hard since you lost your job": another professional's account is history.
  if (phase === 'history' && !u.question && REPORTED_BY_COLLEAGUE.test(u.text) && !/\b(?:going to|will|'ll|let's)\b/i.test(u.text)) return 'history';
  // "I'm looking through your chart and it looks like we're treating your diabetes": the history the chart holds.
  if (CHART_SAYS.test(u.text) && !/\b(?:going to|will|'ll|let's|want to)\b/i.test(u.text)) return 'history';
  const purpose = classifyByPurpose(u.text, phase);
  if (purpose) return purpose;
  // Who acts and in what mood outranks cue counts: "The nurses will contact you for a pre-op assessment".
  const structural = classifyByStructure(u.text, phase);
  if (structural === 'plan' || structural === 'assessment') return structural;
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
  return undefined;
}
