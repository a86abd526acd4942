/**
 * Findings said in passing, as allied-health, nursing, wellness and therapy visits say them: placing the body opens the
 * exam ("hop on the scales for me"), and what the practitioner sees, feels, notices or times is Objective in any words
 * ("I can feel the knot here", "your range looks better than last time", "that was twelve seconds").
 */
import { findDrugs, isPointedFinding } from './clinical-vocabulary.js';
import { caseless } from '../text/caseless-pattern.js';

/**
 * "Hop on the scales for me", "lie face down for me", "stick out your tongue", "let's pop her on the scale": placing
 * the body to be looked at, felt or measured opens the exam as surely as "let me examine you" does.
 */
const POSITIONING = caseless(/^(?:(?:okay|ok|so|now|right|alright|first|next|then|good|come (?:on )?(?:in|through)),?\s+)*(?:(?:can|could|would) you (?:just )?|let's have you |i(?:'d| would) like you to |i want you to |if you (?:could|can) )?(?:(?:hop|step|stand|get|jump|climb|pop)(?: yourself| him| her| them)? (?:up )?(?:on|onto|in|into) (?:the|your|my|this) (?:scales?|table|bed|couch|mat|plinth|chair|stool)|let's (?:pop|put|get) (?:her|him|you|them|it|baby|\w+) (?:up )?(?:on|onto) (?:the|my|this) (?:scales?|table|bed|couch|mat)|(?:lie|lay|lying|laying) (?:face (?:down|up)|down|back|flat|on your (?:back|front|stomach|tummy|side))|face (?:down|up) on (?:the|my) (?:table|bed|couch|mat)|stick (?:out )?your tongue(?: out)?|open (?:wide|your mouth)|(?:let's |let me |i'll |i'm going to )?(?:lean|tip|recline) (?:you|him|her|them|the chair) (?:right )?back\b|squat (?:down )?for me|touch your toes|close your eyes and tell me|give me a (?:big |good |gentle )?(?:squeeze|push|cough|smile|pelvic floor squeeze)|(?:i'm (?:just )?going to|i'll (?:just )?|let me (?:just )?|let's )(?:start (?:by )?)?(?:work(?:ing)? on|get (?:my hands )?(?:into|on)|dig into|loosen(?: up)?) (?:your|that|the|this|those)\b|(?:sit up and |stand up and )?twist (?:to|round|around)|(?:lie|lay|sit|stand|walk|bend|turn|roll|squat|step|kneel|reach|lift|raise|hold|squeeze|push|pull|look|follow|breathe|cough|point|make|show|say|pop|rest|place|straighten|stretch)\b[^.?!]{0,40}\bfor me\b)/);

/** A body part, a thing or the patient described as it is or as it just did: "the latch looks shallow", "you held on". */
const OBSERVED_STATE = caseless(/^(?:(?:when|while|walking|as|with|on|at|from) [^,]{1,40}?,?\s+(?=you\b|the\b|your\b|it\b)|(?:when|while|walking|as|with|on|at|from) [^,]{1,40},\s*)?(?:i (?:had|took) a (?:feel|look|listen)\b|(?:the|your|his|her|their|its|that|this|these|those) (?:(?!means\b|is\b|are\b|was\b|were\b)[a-z-]+ ){1,4}?(?:is|are|looks?|feels?|seems?|sounds?|has|have|moves?|opens?|closes?|bends?|straightens?|flexes|extends?|rotates?|lifts?|slides?|tilts?|drifts?|bleeds?|stays?|sits?)\b|(?:the|your|his|her|their) (?:[a-z-]+ ){0,2}[a-z-]+'s (?!been\b|got\b|going\b|gonna\b)[a-z]|(?:it|that) (?:took|takes|looks|feels|seems)\b|you (?:held|pushed|took|used|needed|managed|kept|leaned|grabbed|stood|sat|walked|reached|moved|hesitated|lost|gained|did(?:n't| not))\b)/);

/** "T5 and T6 are pretty stuck", "left shoulder is tight": a part named without an article, said during the exam. */
const NAMED_PART_STATE = caseless(/^(?=(?:[a-z0-9-]+ (?:and )?){0,3}(?:[a-z]\d+|shoulders?|neck|back|hips?|knees?|ankles?|wrists?|elbows?|calf|calves|thighs?|hamstrings?|quads?|glutes?|traps?|trapezius|rhomboids?|scapulae?|spine|muscles?|joints?|gums?|teeth|tooth|molars?|skin|wound|ulcer|scar|tongue|throat|ears?|eyes?|lungs?|belly|abdomen|chest|feet|foot|heels?|toes?|hands?|fingers?|arms?|legs?|pelvic floor|core) (?:is|are|'s|looks?|feels?))[a-z0-9-]+(?: (?:and )?[a-z0-9-]+){0,3} (?:is|are|'s|looks?|feels?) (?:pretty |very |quite |really |a (?:bit|little) |much |still |now |so )*(?!going\b|gonna\b|okay\b|fine\b|good\b|great\b)[a-z]+/);

/** Talk during an exam that is no finding: what comes next, comfort, asking leave. */
const AGENDA_OR_COMFORT = caseless(/\b(?:i'm (?:just )?(?:going|gonna)|let me|let's|we(?:'ll| will| can)|you (?:can|could|should|might|may|will)|i (?:want|need|would like|'d like)|(?:might|may) (?:be|feel) (?:a (?:little|bit) )?(?:cold|uncomfortable|tender)|sorry|thank|okay if|is that okay|tell me|let me know|ready)\b/);

/** A part of the patient described by how it looks or feels now: "your range looks better than last time". */
const LOOKS_NOW = caseless(/^(?:(?:okay|so|and|now|oh|wow|well),?\s+)*(?:your|his|her|their|baby's|the baby's|[a-z][a-z]+'s) (?!(?:pain|symptoms?|sleep|mood|appetite|energy|headaches?|stress|life|week|day|family|plan|insurance|job|work|diet|schedule|results?|labs?|tests?|numbers?)\b)(?:[a-z-]+ ){0,3}(?:looks?|feels?|seems?|appears?|sounds?) (?!like\b|to be\b|okay\b|good\b|fine\b|great\b)(?:a (?:lot|bit|little) |much |really |quite |so |very |more |less |pretty )*[a-z]+|^(?:your|his|her|their) (?!(?:pain|symptoms?|sleep|mood|appetite|energy|headaches?|stress)\b)(?:[a-z-]+ ){1,3}(?:is|are|'s) (?:a (?:lot|bit|little) |much |really |quite |so |way |far )*(?:steadier|stronger|weaker|tighter|looser|smoother|straighter|quicker|slower|longer|shorter|deeper|higher|lower|wider|better|worse) than (?:last time|before|last week|the (?:left|right|other (?:side|one))|at (?:the|your) last)/);

/** "Your left calf is bigger than the right": one side against the other. */
const SIDE_COMPARED = caseless(/\b(?:left|right) [a-z]+ (?:is|are|looks?|feels?|'s) (?:a (?:lot|bit|little) |much |slightly |definitely |noticeably )*[a-z]+(?:er)? than (?:the |your )?(?:right|left|other)\b/);

/** "You're speaking a lot faster than usual today", "your hands are shaking a bit": behaviour going on now. */
const DOING_NOW = caseless(/^(?:you(?:'re| are)|your (?:hands?|legs?|voice|eyes?|lips?|head|knees?|body) (?:is|are|'s|'re)) (?:a (?:lot|bit|little) )?(?!going\b|taking\b|using\b|getting\b|doing\b|having\b|feeling\b|looking\b|coming\b|trying\b|planning\b|still\b|not\b)[a-z]+ing\b[^.?!]{0,40}\b(?:today|right now|than usual|at the moment|a (?:bit|little)|in the room)\b/);

const TIMED_NOW = caseless(/^(?:(?:okay|so|good|great|right|and),?\s+)*(?:that(?:'s| is| was)|you (?:held|did|managed|lasted|got|went)(?: (?:it|that|for))*|it (?:took|was)) (?:about |around |only |just |nearly |almost |over |under )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|sixty)(?:\.\d+)? seconds?\b/);
/** "Thirty seconds with no wobble", "45 seconds, steady": a time called out as a fragment, not a hold prescribed ("30 seconds each side"). */
const TIMED_FRAGMENT = caseless(/^(?:(?:okay|so|good|great|right|and|wow),?\s+)*(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty)(?:\.\d+)? seconds?(?: (?:with|without)\b|,\s*(?:no|with|without|steady|good|nice|solid)\b|[.!]?$)(?![^.?!]*\b(?:each|every|times|a day|repeat|rest|hold|per)\b)/);
/**
 * "You've been tearful with me", "your eye contact is poor and your speech is slow": the mental state seen in the
 * session, said to the patient rather than of them. How the mood has been is the patient's report, so it is left out.
 */
const SEEN_IN_SESSION = caseless(/^(?:(?:and|so|okay|now|also|today),?\s+)*(?:you(?:'ve| have) been (?:quite |very |a (?:bit|little) |really )?(?:tearful|teary|quiet|flat|guarded|withdrawn|restless|agitated|distracted|slowed|irritable|fidgety|on edge) (?:with me|today|in (?:the|this|our) session|here|while we(?:'ve| have) been talking)|your (?:eye contact|speech|affect|thought (?:form|process)|insight|judge?ment|concentration|psychomotor \w+) (?:is|are|'s|has been|seems?|appears?) (?:quite |very |a (?:bit|little) |really |rather )?(?!okay\b|fine\b|good\b|going\b|getting\b)[a-z]+)/);

/** What a body does without words, seen in the room: "you crossed your arms and looked at the floor". */
const NONVERBAL = String.raw`(?:crossed your (?:arms|legs)|looked (?:away|down|at the floor)|turned away|smiled|laughed|teared up|cried|sighed|paused|hesitated|winced|flinched|grimaced|frowned|fidgeted|shrugged|raised your voice|clenched|tensed up|went quiet|are making eye contact|'re making eye contact|made eye contact|avoided eye contact)`;

const SEES_NOW = caseless(String.raw`^(?:(?:[a-z]+,\s+)?(?:(?:so|and|okay|now|also|alright),?\s+)*)?(?:(?:when|while|as) [^,]{1,40}?,?\s+(?=i\b))?(?:i can (?:fit|get|measure) (?:\w+ )?(?:fingers?|finger ?widths?|\d+|one|two|three|four)\b|i (?:can (?:see|feel|hear|palpate)|notice|'m noticing|am noticing|'m seeing)(?: (?:on|in) (?:the|your) (?:video|camera|screen|picture|photos?))?,? (?:that )?(?:you|your|her|his|their|the|there|it|a|an|some|both)\b|you(?: both| all| two)? (?:seem|look|appear|sound)(?: (?:a lot|a bit|a little|much|so|really|quite))?(?: more| less)? (?!good\b|great\b|well\b|fine\b|nice\b|lovely\b|wonderful\b|amazing\b|fantastic\b|like\b|to\b)[a-z]+|(?:[^,]{1,40},\s*)?you(?: both| two)? ${NONVERBAL}\b|you(?:'re| are) (?:a lot |much |so )?(?:smiling|laughing|more (?:talkative|animated|chatty|relaxed|settled|open))\b|i (?:watched|saw|noticed|observed) you (?:come|coming|walk|walking|get|getting|stand|standing|move|moving|limp|limping|climb|climbing|sit|sitting|run|running)\b)`);

const NOT_AN_OBSERVATION = caseless(/\b(?:why|how (?:much|hard)|you(?:'ve| have) been|you were|you(?:'re| are) (?:worried|upset|frustrated|stressed|concerned|scared|anxious about)|here (?:that|in)|going to|will|'ll|is that|have you|do you|did you|are you|would you)\b|^[^,]{0,25}\b(?:from|in) (?:your|the) (?:chart|notes|records?|file|letter)\b/);

const SEEN_PART = String.raw`(?:coat|skin|gums?|teeth|tooth|eyes?|ears?|nails?|tongue|throat|wound|ulcer|incision|scar|site|sites|stoma|stump|gait|posture|breathing|voice|chest|lungs|abdomen|belly|tummy|pupils?|pulses?|reflexes|balance|mole|lesion|rash|callus|heel|sole|latch|hamstrings?|quads|quadriceps|calf|calves|glutes?|hip flexors|fingertips)`;
/** "Your breathing is a bit noisy", "his coat is dull": a part seen now and how it is (not how it is getting on). */
const PART_IS = caseless(String.raw`^(?:(?:okay|so|and|now|oh|hmm),?\s+)*(?:(?:your|his|her|their|the|baby's) (?:[a-z]+ )?)?${SEEN_PART} (?:is|are|'s|look|looks) (?:a (?:bit|little) |quite |very |really |nice and |pretty |slightly )*(?!better\b|worse\b|fine\b|okay\b|good\b|great\b|improving\b|getting\b|going\b|doing\b|still\b|the\b|a\b|an\b|from\b|because\b|why\b)[a-z]+`);
/**
 * "She's alert and chatty", "he's bright and settled": how the patient presents in the room; after the exam's other
 * findings, "otherwise he's bright and alert" or "overall she's settled" says the same.
 */
const PERSON_STATE = caseless(/^(?:(?:okay|so|and|now|oh|otherwise|overall|generally|in (?:himself|herself)),?\s+)*(?:he|she|they|baby|the baby)(?:(?:'s| is| are|'re) (?:very |quite |nice and |really |a (?:bit|little) )?(?:alert|bright|chatty|responsive|settled|calm|agitated|lethargic|flat|withdrawn|tearful|restless|drowsy|floppy|irritable|playful|interactive|well perfused)| (?:looks?|seems?|appears?) (?:very |quite |really |a (?:bit|little) )?(?:comfortable|uncomfortable|well|unwell|pale|flushed|distressed|clammy|sweaty|pink|mottled|alert|drowsy|in (?:no|some|a lot of) (?:pain|distress)))\b/);
/** "Teeth have a lot of tartar", "that mole has irregular edges". */
const HAS_FINDING = caseless(String.raw`^(?:(?:okay|so|and|now|oh),?\s+)*(?:(?:your|his|her|their|the|that|this) (?:[a-z]+ )?)?${SEEN_PART} (?:has|have|has got|have got) (?:a lot of|lots of|some|a bit of|a little|quite a bit of|a few|no|irregular|uneven|raised|rough|smooth|clean|ragged) [a-z]+`);
/** "You've got good movement in the shoulder", "you've got a bit of a tremor in your right hand". */
const GOT_FUNCTION = caseless(/^(?:(?:okay|so|and|now),?\s+)*you(?:'ve| have)? got (?:(?:good|full|reduced|limited|normal|decent|great|less|more|some) (?:movement|range|strength|power|sensation|feeling|pulses|reflexes|balance|grip)|a (?:bit|little) of (?:a )?[a-z]+ (?:in|on|at|over|around|under) (?:your|the) )/);
/** "The swelling's gone down a lot", "the redness has spread up to here": a change seen since the last look. */
const CHANGE_SEEN = caseless(/^(?:(?:okay|so|and|now|oh|wow),?\s+)*(?:the|that|your|his|her) (?:swelling|redness|rash|bruising|bruise|wound|ulcer|lump|cut|scar|gap|cracking|crack|infection|callus)(?:'s| has| is) (?:really |definitely |already )?(?:gone down|spread|shrunk|grown|healed|closed|improved|got (?:bigger|smaller)|come down|settled|faded|reduced|increased|doubled|halved)\b/);
/** "Reading's 138 over 86", "sugar's 5.6": a value read out with a contraction. */
const READING_IS = caseless(/^(?:(?:okay|so|and|now),?\s+)*(?:your |the |his |her )?(?:reading|pressure|blood pressure|sugar|glucose|temp|temperature|weight|pulse|sats?|oxygen|heart rate|score|peak flow)'s (?:about |around |at |now |only |just )?\d+(?:\.\d+)?\b/);

/** "Hop on the scales for me", "lie face down", "let's have you lying on your back": the body placed for the exam. */
export function placesBody(text: string): boolean {
  return POSITIONING.test(text);
}

/** During the exam, a part or the patient described as it is or just did, without talk of what comes next. */
export function describesBodyInExam(text: string): boolean {
  return (OBSERVED_STATE.test(text) || NAMED_PART_STATE.test(text)) && !AGENDA_OR_COMFORT.test(text);
}

/** What the clinician sees, feels or measures now, in any phase of the visit; never a question, a plan or a recap. */
export function isSpokenObservation(text: string): boolean {
  if (/\?$/.test(text)) return false;
  // "I notice you both look a lot calmer", "I can see on the video your rings are loose".
  // "I can see you're using the frame today, and you've been tearful": the first clause is what decides.
  if (SEES_NOW.test(text) && !NOT_AN_OBSERVATION.test(text.split(/,\s+(?:and|but)\s+/i)[0]!)) return true;
  // "Your range looks better than last time", "your left calf is bigger than the right", "there's a bit of tartar here",
  // "you're speaking a lot faster than usual today": the body in front of the clinician, with no exam announced.
  if (!/\b(?:going to|will|'ll|let's|if|when you|you said|you mentioned|you told)\b/i.test(text)
    && (LOOKS_NOW.test(text) || SIDE_COMPARED.test(text) || DOING_NOW.test(text) || isPointedFinding(text)) && findDrugs(text).length === 0) return true;
  // "When I press on your shins it leaves a dent that stays": pitting said plainly.
  if (/\b(?:leaves|left|leaving) (?:a|an|the) (?:dent|pit|mark|indentation|impression)\b/i.test(text) && !/\b(?:if|will|'ll|going to)\b/i.test(text)) return true;
  // "That was twelve seconds, which is short", "you held it for eight seconds": a duration timed in the visit.
  if (TIMED_NOW.test(text) || TIMED_FRAGMENT.test(text)) return true;
  if (SEEN_IN_SESSION.test(text) && !/\b(?:going to|will|'ll|if|you said|you mentioned|at home|usually|lately|recently)\b/i.test(text)) return true;
  // "Your breathing is a bit noisy", "teeth have a lot of tartar", "you've got good movement in the shoulder",
  // "the swelling's gone down a lot", "reading's 138 over 86".
  return !/\b(?:going to|will|'ll|let's|if|you said|you mentioned|you told|last (?:time|week|visit)|yesterday|at home)\b/i.test(text)
    && (PART_IS.test(text) || PERSON_STATE.test(text) || HAS_FINDING.test(text) || GOT_FUNCTION.test(text) || CHANGE_SEEN.test(text) || READING_IS.test(text)
      || VISIBLE_STATE.test(text) || BODY_DOING.test(text) || POSTURE_SEEN.test(text) || (WATCHED.test(text) && !/\b(?:last (?:time|week|month|visit)|ago|yesterday)\b/i.test(text)));
}

/** Words for how a body looks or holds itself that no one reports of themselves in the past: "puffy", "hunched". */
const STATE_WORD = String.raw`(?:up|up around [a-z ]{1,20}|tense|tensed|tight|raised|hunched|rounded|stiff|red|swollen|puffy|pale|flushed|clenched|shaking|trembling|guarded|bruised|blue|purple|deformed|weeping|crusted|crusting|inflamed|blistered|mottled|cold|warm|clammy|sweaty|cracked|calloused|cold to touch|warm to touch|hot to touch)`;
/**
 * "Your shoulders are up around your ears", "that's pretty puffy on the outside", "they're not crusted yet": how a part
 * looks now, said by a therapist or trainer who never announces an exam.
 */
const VISIBLE_STATE = caseless(String.raw`^(?:(?:yeah|okay|so|oh|wow|right|and|now|hmm),?\s+)*(?:(?:your|his|her|the|both) (?:left |right |upper |lower )?(?:shoulders?|jaw|neck|hands?|fists?|ankles?|knees?|feet|foot|legs?|arms?|back|face|lips|fingers?|toes?|wrists?|elbows?|calf|calves|muscles?|blisters?|spots?|lesions?|edges?) (?:is|are|'s|look|looks)|that's|that is|it's|it is|they're|they are) (?:still )?(?:not )?(?:yet )?(?:pretty |quite |really |very |a (?:bit|little) |all |nice and |slightly )?${STATE_WORD}\b`);
/** "You're breathing quite high in your chest", "you're limping", "you're favouring the left leg": the body at work now. */
const BODY_DOING = caseless(/^(?:(?:and|so|okay|now|i notice|i can see),?\s+)*you(?:'re| are) (?:still )?(?:breathing (?:in |out )?(?:too |quite |very |a bit |really )?(?:high|shallow|fast|quickly|rapidly|heavily|hard|through your mouth)|limping|favou?ring (?:your|the|that)|holding (?:your|that) (?:breath|arm|shoulder|leg|neck)|clenching|tensing|guarding|sweating|shaking|trembling|fidgeting|wincing|grimacing)\b/);
/** "Your head sits forward of your shoulders", "your pelvis tilts to the left": posture seen, in the present. */
const POSTURE_SEEN = caseless(/(?:^|,\s*)(?:your|his|her|the) (?:head|chin|shoulders?|pelvis|hips?|spine|back|knees?|feet|foot|arches?|trunk) (?:sits?|tilts?|drifts?|juts?|pokes?|leans?|hangs?|rests?|rolls?|turns?|drops?|collapses?|hitch(?:es)?) (?:forward|back|backwards|in|out|inward|outward|down|up|lower|higher|to the (?:left|right|side))\b/);
/** "…, I saw you walk in", "I watched you come off the field": the clinician's own eyes on how the patient moved. */
const WATCHED = caseless(/(?:^|,\s*)(?:and |but )?i (?:watched|saw|noticed|observed) you (?:come|coming|walk|walking|get|getting|stand|standing|move|moving|limp|limping|climb|climbing|sit|sitting|run|running|hop|hopping|bear|bearing|try|trying|struggle|struggling|manage|managing|use|using|step|stepping|lift|lifting|transfer|transferring|reach|reaching)\b/);
