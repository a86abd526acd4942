/**
 * The last reading of a clinician's statement that no cue word placed: by its structure rather than its vocabulary.
 * Who acts and in what mood decides — an obligation, a permission, a recommendation or someone else's future action
 * for the patient is Plan; a naming or a reasoned cause is Assessment; a number said as a reading, or what the
 * clinician notices now, is Objective; the patient's past told back to them is history. Word lists are Sets, and the
 * few regular expressions are short, so the engine's start-up stays quick.
 */

import { findDrugs } from './clinical-vocabulary.js';

export type StructuralSlot = 'history' | 'exam' | 'results' | 'assessment' | 'plan';

const LEAD_WORDS = new Set('so okay ok and now then well also alright right but yes yeah look listen today first second finally lastly overall anyway'.split(' '));
const PERSONS = new Set(['you', 'she', 'he', 'they', 'we']);
const SUBJECT_PRONOUNS = new Set(['it', 'this', 'that', 'which']);
const OBLIGATION = new Set(['should', 'must', 'shouldn\'t', 'mustn\'t']);
/** "I'd stop the codeine", "I'd keep it": a recommendation; "I'd say", "I'd imagine" only hedge. */
const HEDGE_AFTER_ID = new Set('say think guess imagine expect be have love hate been rather bet agree hope'.split(' '));
/** People and services who act for the patient: "The nurses will contact you", "the diabetes team will see you". */
const CARERS = new Set(`nurse nurses team dietitian dietician dietitians physio physios physiotherapist physiotherapists pharmacist
pharmacy surgeon surgeons gp doctor doctors clinic hospital receptionist reception midwife midwives therapist consultant specialist
someone secretary service unit ward district coordinator counsellor counselor they`.split(/\s+/));
/** What may be allowed or forbidden: "he can go home tomorrow", "you can't drive for six months". */
const PERMITTED = new Set('go return resume drive swim shower bathe work eat drink exercise fly lift travel start stop have take'.split(' '));
/** Reasoning about a cause or a likelihood: the clinician's interpretation. */
const REASONING = new Set(`probably likely unlikely certainly suspect suspicious worried concerned confident explains explain
expected typical classic common reason trigger triggers cause causes causing culprit why because fits means effect effects`.split(/\s+/));
/** Words that follow "this is a…" without naming a problem: "it's a lot to take in", "that's a good question". */
const NOT_A_PROBLEM = new Set(`lot bit little good great question pleasure shame relief worry big long short while time day week
month year way thing step chance plan sign start very new nice really couple few`.split(/\s+/));
const FUTURE_WORDS = new Set(['will', '\'ll', 'going', 'gonna', 'let\'s', 'would', 'should', 'need', 'needs', 'want', 'plan', 'if']);
const TEST_WORDS = new Set(`level levels result results test tests blood scan ct mri x-ray xray ultrasound biopsy swab culture urine
crp ldh egfr gfr potassium sodium creatinine hemoglobin haemoglobin platelets count marker antibody ana dna cytology sample`.split(/\s+/));
/** Past or perfect verbs of the patient's own story, told back by the clinician: "you've lost about six kilos". */
const STORY_VERBS = new Set(`noticed had lost gained smoked worked started came saw took tried felt fell hit went developed stopped
missed found drank moved began injured broke hurt bit needed spent`.split(/\s+/));
/** The visit's own talk, not a plan: "a couple of other questions we need to ask". */
const VISIT_TALK = new Set('ask talk discuss chat explain look listen examine hear know understand say mention cover wonder think worry'.split(' '));
const VERBISH = new Set('is are was were be been has have had do does did will \'ll can could should would may might take give start stop'.split(' '));
const RESULT_WORDS = new Set('positive negative raised low high normal abnormal elevated clear suspicious reduced unremarkable'.split(' '));
const TREATS = new Set('treat give use start prescribe recommend offer manage suggest advise'.split(' '));
/** The exam's own steps: "I'll just check your back", "I'll have a look". */
const VISIT_STEPS = new Set('check feel press examine listen look test measure watch pop put move lift turn show help probe palpate percuss inspect tap'.split(' '));
/** Who a clinician may want something of: "I need you to…", "I want him on…". */
const OBJECTS = new Set(['you', 'him', 'her', 'them', 'everyone', 'somebody', 'someone', 'anybody', 'anyone']);
/** "I need you to tell me…", "I want you to show me…": asked within the visit, not a plan. */
const ASKED_TO_SAY = new Set('tell describe show point rate answer relax breathe squeeze push pull hold follow open close'.split(' '));
/** "I need you to stand up", "I want you to walk to the door": in the exam, a manoeuvre. */
const EXAM_MOVES = new Set('try stand sit lie walk move look keep turn bend lift raise'.split(' '));
const SOMEONE = new Set('partner partners someone somebody family carer carers parents'.split(' '));
/** Imperatives that change treatment, said without a when or how: "Stop the cranberry juice." */
const TREATMENT_IMPERATIVES = new Set('stop start avoid continue skip increase reduce cut switch resume hold restart halve double'.split(' '));
/** Steps a team takes for the patient, after "we'd" ("we'd want to know" and "we'd expect" are no steps). */
const TEAM_STEPS = new Set('use start offer arrange book send refer run repeat give prescribe recommend suggest add switch order request organise organize test screen'.split(' '));
/** "…, (then) a biopsy would be offered": a step in the passive, after the condition's comma. */
const PLANNED_IF = /,\s*(?:then\s+)?(?:an?\s+|the\s+|your\s+)?[\w -]{1,40}?\s+(?:would|will|could|can)\s+be\s+(?:discussed|offered|arranged|recommended|booked|started|ordered|referred|considered|organi[sz]ed|repeated|sent)\b/i;
const JUDGE = new Set('put rate call describe class classify grade consider score'.split(' '));
/** Verbs that open advice and never an exam manoeuvre: "Wear a soft cotton bra", "drink plenty". */
const ADVICE_VERBS = new Set('wear use apply avoid drink eat buy book wash moisturise moisturize continue keep fill'.split(' '));
const TIME_UNITS = new Set('day days week weeks month months year years hour hours minute minutes times o\'clock am pm a.m p.m'.split(' '));

const COUNT_WORDS = new Set('a an one two three four five six seven eight nine ten twelve few couple'.split(' '));
const PAST_MARKERS = new Set('was were had did ago last since started began happened'.split(' '));

/** "in two weeks", "in a couple of months", "next week", "tomorrow": a time ahead of the visit. */
function aheadInTime(w: string[]): boolean {
  return w.some((t, i) => (t === 'tomorrow' && w[i - 1] !== 'since')
    || (t === 'next' && (w[i + 1] === 'week' || w[i + 1] === 'month' || w[i + 1] === 'visit' || w[i + 1] === 'appointment'))
    || (t === 'in' && (COUNT_WORDS.has(w[i + 1] ?? '') || /^\d+$/.test(w[i + 1] ?? ''))
      && [w[i + 2], w[i + 3], w[i + 4]].some((u) => u === 'days' || u === 'weeks' || u === 'months' || u === 'week' || u === 'month')));
}

function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, '\'').replace(/(\w)'(ll|d|s|re|ve|m)\b/g, '$1 \'$2').split(/[^a-z0-9'/.%-]+/)
    .map((t) => t.replace(/^[.'-]+|[.'-]+$/g, (m) => (m === '\'' ? m : ''))).filter((t) => t !== '');
}

function dropLead(w: string[]): string[] {
  let k = 0;
  while (k < w.length - 1 && LEAD_WORDS.has(w[k]!)) k++;
  return w.slice(k);
}

/** A number read off as a measurement: "142/80", "18 seconds", "raised at 410", "6/6" — not a time or a count of days. */
function hasReading(w: string[]): boolean {
  // "The heartbeat, 140, lovely": a number said after what it measures, in a fragment without a verb.
  if (w.length <= 8 && w.some((t) => /^\d{2,3}(?:\.\d)?$/.test(t)) && !w.some((t) => TIME_UNITS.has(t) || VERBISH.has(t))) return true;
  return w.some((t, i) => {
    if (/^\d{1,3}\/\d{1,3}$/.test(t)) return true;
    if (!/^\d+(?:\.\d+)?%?$/.test(t)) return false;
    const next = w[i + 1] ?? '';
    if (TIME_UNITS.has(next) || next === 'a' || next === 'per') return /^(?:seconds?|secs?)$/.test(next);
    const before = w[i - 1] ?? '';
    return t.endsWith('%') || /^(?:seconds?|secs?|cm|mm|kg|centimet\w*|millimet\w*|kilos?|percent|degrees?|bpm|beats)$/.test(next)
      || ['at', 'is', 'was', 'of', 'are', 'were', 'to', '\'s', 'reads', 'reading'].includes(before) || /\.\d/.test(t);
  });
}

/**
 * Where a clinician's statement belongs by structure, or undefined. Called only for statements (not questions) that
 * no cue placed, so it widens what is kept without moving what the cues already place.
 */
const THIRD_PERSONS = new Set(['he', 'she', 'they']);
const NAMED_COLLEAGUE_WILL = /^(?:(?:and|so|then|now),? )?(?:(?:nurse|sister|dr\.?|doctor) )?[A-Z][a-z]+ (?:will|'ll) (?:just |also )?(?:do|check|take|give|book|arrange|call|ring|see|come|bring|put|start|measure|monitor|watch|sort|organise|organize|get|send|phone|show|teach|fit|dress|change|remove|weigh|swab|repeat|run|pop|set)\b/;

export function classifyByStructure(text: string, phase: 'history' | 'exam' | 'plan'): StructuralSlot | undefined {
  const all = tokens(text);
  const w = dropLead(all);
  if (w.length < 3) return w.length === 2 && w.some((t) => /^\d{2,3}\/\d{2,3}$/.test(t)) ? 'exam' : undefined;
  const has = (set: Set<string>) => w.some((t) => set.has(t));
  const at = (i: number) => w[i] ?? '';
  // --- Plan: the mood of what is asked of, allowed to, or done for the patient.
  // "If the groin becomes hot and red, ring us": a condition, then what to do.
  if (at(0) === 'if' && /,\s*(?:then\s+)?(?:ring|call|phone|contact|come|go|get|see|tell|let|text|email|page|seek)\b/i.test(text)) return 'plan';
  // "If the scan shows a clot, then treatment would be started": what is done should the condition come true.
  if (at(0) === 'if' && PLANNED_IF.test(text)) return 'plan';
  const future0 = w.includes('will') || w.includes('\'ll') || w.includes('going');
  // "What I'm hearing is…", "from what you've described, this sounds like…": the clinician's reading of the story.
  if (/^(?:\w+,? )?(?:what i(?:'m| am) hearing|what i hear|my (?:sense|impression|worry|concern) is|from what you(?:'ve)? (?:described|told me|said))\b/i.test(text) && !future0) return 'assessment';
  for (let i = 0; i < w.length - 1; i++) {
    const t = w[i]!;
    const n = w[i + 1]!;
    // "She should sit on the edge of the bed", "you must come back", "your partner needs to be tested".
    if ((PERSONS.has(t) || SOMEONE.has(t)) && (OBLIGATION.has(n) || ((n === 'need' || n === 'needs' || n === 'have' || n === 'has') && at(i + 2) === 'to'))
      && !(t === 'we' && VISIT_TALK.has(at(i + 3))) && !(n === 'should' && (at(i + 2) === 'be' || at(i + 2) === 'feel' || at(i + 2) === 'notice' || at(i + 2) === 'start'))) return 'plan';
    // "I'd put your risk tonight as moderate", "I'd call it moderate": a judgement, not an action.
    if (t === 'i' && (n === '\'d' || n === 'would') && JUDGE.has(at(i + 2)) && !future0) return 'assessment';
    // "We'd use the longer panel", "we would start with physio": the team's step, said as what it would do.
    if (t === 'we' && (n === '\'d' || n === 'would') && TEAM_STEPS.has(at(i + 2))) return 'plan';
    // "I'd stop the codeine", "I would recommend…".
    if (t === 'i' && (n === '\'d' || n === 'would') && at(i + 2) !== '' && !HEDGE_AFTER_ID.has(at(i + 2)) && !(at(i + 2) === 'like' && at(i + 3) === 'you' && at(i + 4) === 'to' && at(i + 5) === 'tell')) return 'plan';
    // "I need somebody to check his feet every day", "I want you in proper shoes once it heals", "we need her on a
    // thickened diet": what the clinician wants of the patient or a carer, once the history is taken. ("I need you to
    // tell me…" is the visit's talk.)
    if (phase !== 'history' && (t === 'i' || t === 'we') && (n === 'need' || n === 'want') && (OBJECTS.has(at(i + 2)) || SOMEONE.has(at(i + 2)))
      && ((at(i + 3) === 'to' && at(i + 4) !== '' && !(at(i + 2) === 'you' && (VISIT_TALK.has(at(i + 4)) || ASKED_TO_SAY.has(at(i + 4)))) && !(at(i + 2) === 'you' && phase === 'exam' && EXAM_MOVES.has(at(i + 4)))) || ((at(i + 3) === 'in' || at(i + 3) === 'on') && at(i + 4) !== ''))) return 'plan';
    // "The nurses will contact you", "the diabetes team'll see you this week".
    if (CARERS.has(t) && (n === 'will' || n === '\'ll') && at(i + 2) !== 'be' && at(i + 2) !== '') return 'plan';
    // "He can go home tomorrow", "you can't drive for six months", "you may shower".
    // ("…he can lift the straight leg, and there's no shortening": in the exam, what he can do is what was seen.)
    if ((PERSONS.has(t) || t === 'patient') && (n === 'can' || n === 'may' || n === 'can\'t' || n === 'cannot') && PERMITTED.has(at(i + 2))
      && !(at(i + 2) === 'have' && (n !== 'can' || at(i + 3) !== 'a')) && !(phase === 'exam' && THIRD_PERSONS.has(t))) return 'plan';
    // "We can notify them anonymously", "we can refer you".
    if (t === 'we' && n === 'can' && !['see', 'hear', 'tell', 'talk', 'only', 'say', 'be'].includes(at(i + 2))) return 'plan';
  }
  // "Tom will do neuro observations every 30 minutes": a colleague named, and what they will do.
  if (NAMED_COLLEAGUE_WILL.test(text)) return 'plan';
  // "A night light in the hallway would help", "it's worth …", "the next step is an operation".
  if (/\bcan (?:help|ease|relieve|reduce|settle|soothe)\b/i.test(text) && !PERSONS.has(at(0)) && at(0) !== 'i' && !/\b(?:did|didn't|was|were|nothing)\b/i.test(text)) return 'plan';
  if (/\b(?:that|it|which|this)(?:'ll| will) help\b|\bis (?:reasonable|worth (?:trying|a try))\b/i.test(text) && !/\b(?:did|didn't|was|were)\b/i.test(text)) return 'plan';
  if (/\bwould (?:help|be (?:good|best|helpful|sensible|wise|worth|ideal))|\b(?:is|it's) worth\b|\b(?:next step|(?:first|main|most important|best|key) thing|plan|treatment) (?:is|will be|would be)\b/i.test(text)) return 'plan';
  // "We treat it with mesalazine", "we give steroids as soon as possible": the team's practice, said for this patient.
  if (at(0) === 'we' && TREATS.has(at(1))) return 'plan';
  // "I'll take some photographs today", "I'm going to write to your GP": the clinician's own next step.
  const self = at(0) === 'i' || at(0) === 'we' ? (at(1) === '\'ll' || at(1) === 'will' ? 2 : (at(1) === '\'m' || at(1) === 'am' || at(1) === '\'re' || at(1) === 'are') && at(2) === 'going' && at(3) === 'to' ? 4 : -1) : -1;
  if (self > 0) {
    // ("I'll just check…", "I will gently probe it…": an adverb before the step leaves it a step.)
    const v = at(self) === 'just' || at(self) === 'also' || (/ly$/.test(at(self)) && at(self) !== 'only') ? at(self + 1) : at(self);
    if (v !== '' && !VISIT_TALK.has(v) && !VISIT_STEPS.has(v) && !/^(?:be|see|do|try|get|go|need|have|let|make|start)$/.test(v)) return 'plan';
  }
  // "For the bowels, two senna at night and two sachets a day", "high factor sunscreen every day": a verbless
  // instruction that says how often.
  const core = w.join(' ').replace(/^for (?:the|your|his|her) [\w-]+(?: [\w-]+)?,? /, '');
  // ("It keeps her up at night", "this wakes him every morning": a pronoun subject makes a statement, not a dose.)
  const told = SUBJECT_PRONOUNS.has(at(0));
  if (!told && /\b(?:at night|a day|a week|every (?:day|night|morning|evening)|daily|nightly|twice|once)\b/.test(core) && !core.split(' ').slice(0, 6).some((t) => VERBISH.has(t) || PERSONS.has(t) || t === 'i' || t === 'my' || t === '\'s')
    && /^(?:\d+|one|two|three|four|a|an|some|[\w-]+ (?:factor|strength)|[a-z]+)\b/.test(core) && !/\b(?:was|were|had|ago|since|last)\b/.test(core)
    // ("down from around five a week to two": a change told back, not an instruction)
    && !/\b(?:down|up|dropped|gone) from\b/.test(core)) return 'plan';
  if (!told && /^(?:[\w-]+ ){0,4}[\w-]+ (?:every (?:day|night|morning|evening)|(?:once|twice|\w+ times) a (?:day|week)|daily|nightly)\b/i.test(w.join(' ')) && !w.slice(0, 5).some((t) => VERBISH.has(t) || PERSONS.has(t) || t === 'i' || t === 'my')) return 'plan';
  // "For the dressing, silver alginate under gauze", "for the itch, an antihistamine at bedtime": once the plan is
  // under way, what is to be used for a named care need, said without a verb.
  // (A problem named so, "for your diabetes, A1c 7.2…", opens an assessment and plan item: only care needs count.)
  if (phase === 'plan' && /^(?:(?:and|so|now),?\s+)?for (?:the|your|his|her) (?:dressings?|wounds?|itch(?:ing|iness)?|swelling|skin|scars?|bowels|constipation|nausea|sleep|dry(?:ness| skin| mouth| eyes)|blisters?|rash|bruising|cough|dressing changes|feet|nails),\s*\S/i.test(text)) {
    const rest = tokens(text.replace(/^[^,]*,\s*/, ''));
    if (rest.length >= 2 && !rest.some((t) => VERBISH.has(t) || PERSONS.has(t) || ['i', 'it', 'my', '\'s', '\'re', 'that', 'this'].includes(t))) return 'plan';
  }
  // (after a leading "On training days," or "For the bowels,")
  const afterLead = /^(?:on|for|with|during|at|in|from|until) [^,]{1,30},\s*/i.test(text) ? tokens(text.replace(/^[^,]*,\s*/, '')) : w;
  if (TREATMENT_IMPERATIVES.has(afterLead[0] ?? '') && afterLead.length >= 3 && ['the', 'your', 'his', 'her', 'taking', 'using', 'it', 'them', 'all', 'any', 'that', 'this'].includes(afterLead[1] ?? '')) return 'plan';
  // "Please fill in an incident form", "wear a soft cotton bra, no underwire": a request or advice, in any phase.
  if (at(0) === 'please' && w.length >= 4 && !['excuse', 'hold', 'bear', 'sit', 'lie', 'relax', 'come', 'have', 'take'].includes(at(1))) return 'plan';
  if (ADVICE_VERBS.has(afterLead[0] ?? '') && afterLead.length >= 4 && !/\b(?:for me|deep breath)\b/i.test(text)) return 'plan';
  // "Paracetamol for the fever and pain, and plenty of fluids": a medicine named without a verb, and what it is for.
  if (findDrugs(w.slice(0, 2).join(' ')).length > 0 && /\bfor (?:the|your|his|her|any)\b/i.test(text) && !w.slice(0, 6).some((t) => VERBISH.has(t) || PERSONS.has(t) || t === 'i')) return 'plan';
  // "No heavy lifting for four weeks", "no sex for seven days", "ibuprofen no more than two days a week".
  if ((at(0) === 'no' && w.some((t, i) => (t === 'for' || t === 'until') && i > 1)) || /\bno more than\b/i.test(text)) return 'plan';
  // "Can we get the physios to see him this afternoon": a request to colleagues said without a question mark.
  if (at(0) === 'can' && (at(1) === 'we' || at(1) === 'someone' || at(1) === 'you') && ['get', 'arrange', 'book', 'organise', 'organize', 'ask', 'page', 'call', 'send', 'refer'].includes(at(2))) return 'plan';
  // "You've got your clinic appointment in two weeks", "the results should be back next week": what comes at a time ahead.
  if (aheadInTime(w) && !w.some((t) => PAST_MARKERS.has(t))) return 'plan';
  const future = has(FUTURE_WORDS);
  // --- Assessment: naming the problem, or reasoning about its cause.
  // "Baby's weight loss is within the normal range": a finding read against its range, without the value.
  if (!future && /\b(?:within|outside|in) (?:the )?(?:normal|expected|target|usual) range\b/i.test(text) && !/\d/.test(text)) return 'assessment';
  // "So you're doing well": an appraisal of progress, not something seen.
  if (/\b(?:you're|you are|he's|he is|she's|she is|they're|it's|things are) (?:doing|going|healing|getting on) (?:really |very |so )?(?:well|great|brilliantly|nicely|fine)\b/i.test(text) && !future) return 'assessment';
  // "Your INR is too high", "the potassium is too low": a value read for what it means, without the value.
  if (!future && /\b(?:is|are|'s)\s+(?:much |a bit |a little |way )?too (?:high|low)\b/i.test(text) && !/\d/.test(text)) return 'assessment';
  // "So, a minor head injury with a scalp laceration": a verbless summing-up after the exam names the problem.
  if (phase !== 'history' && all[0] === 'so' && (at(0) === 'a' || at(0) === 'an') && !w.some((t) => VERBISH.has(t) || PERSONS.has(t) || t === 'i')) return 'assessment';
  if (/\b(?:that's|this is|it's|that is|it is|which is) called\b|^(?:\w+,? )?what(?:'s| has| is) (?:happened|going on|happening)(?: here)? is\b/i.test(text)) return 'assessment';
  if (!future) {
    const k = w.findIndex((t) => t === 'this' || t === 'that' || t === 'it');
    // "This was a breakthrough seizure", "this is a curable lymphoma".
    if (k >= 0 && k <= 1 && (at(k + 1) === 'was' || at(k + 1) === 'is' || at(k + 1) === '\'s') && (at(k + 2) === 'a' || at(k + 2) === 'an')
      && !NOT_A_PROBLEM.has(at(k + 3)) && w.length - k >= 5 && phase !== 'history') return 'assessment';
    // "The ibuprofen is very likely part of why it dropped", "I'm worried these are early signs of hypomania".
    const copula = /\b(?:is|are|'s|was|were|'re)\b/i.test(text);
    if (has(REASONING) && copula && !['tell', 'let', 'let\'s', 'please'].includes(at(0)) && (phase !== 'history' || (!w.includes('you') && !/\d/.test(text)))) return 'assessment';
  }
  // --- Objective: a reading said now, or what the clinician notices.
  // "Your blood tests: the ANA is strongly positive, the DNA antibody is raised": a test and how it came out.
  if (!future && has(TEST_WORDS) && has(RESULT_WORDS) && /\b(?:is|are|was|were|'s|came back|shows?|showed)\b/i.test(text)) return 'results';
  // "It's stage 2", "a grade 3 tear": a stage or grade names the problem's extent; it is not a reading.
  if (!future && /\b(?:stage|grade|class) (?:\d|[ivx]{1,3}\b|one|two|three|four)/i.test(text) && /\b(?:is|it's|'s|are|was)\b/i.test(text)) return 'assessment';
  if (!future && hasReading(w)) return w.some((t) => TEST_WORDS.has(t)) ? 'results' : 'exam';
  // In the exam or a results review: "The lining of the rectum was red and inflamed", "the skin looks dry".
  if (!future && phase === 'exam' && ['the', 'your', 'his', 'her', 'their', 'both'].includes(at(0)) && !w.some((t) => PERSONS.has(t) || t === 'i')
    && w.slice(1, 9).some((t) => ['is', 'are', 'was', 'were', 'looks', 'look', 'looked', 'feels', 'feel', 'felt', 'appears', 'appeared', 'seems'].includes(t))) return 'exam';
  // "You sound calmer than when you first called", "you seem brighter": what the clinician perceives of the person.
  if (!future && at(0) === 'you' && ['sound', 'seem', 'look', 'appear'].includes(at(1)) && !/\b(?:like you|as if)\b/i.test(text)) return 'exam';
  if (!future && (at(0) === 'i' && (at(1) === 'notice' || at(1) === 'noticed' || (at(1) === 'can' && at(2) === 'see'))) && !/\b(?:'ve|have|has|been|had|was|were)\b/i.test(text)) return 'exam';
  // --- History: the patient's story told back ("You've smoked for about forty years", "you first noticed the lump").
  // The story's mood is its first clause's: "you've had night sweats where you're drenched and need to change".
  const firstClause = tokens(text.split(/[,;:]/)[0]!);
  // "Mom tells me you've been having headaches", "the nurse said he fell on Tuesday": someone's report of the story.
  if (phase === 'history' && !firstClause.some((t) => FUTURE_WORDS.has(t)) && /\b(?:tells? me|told me|says|said|mentioned|mentions|reports?|reported)(?: that)? (?:you|she|he|they)(?:'ve|'re|'s| have| had| are| were| was| has)?\b/i.test(text)) return 'history';
  if (phase === 'history' && !firstClause.some((t) => FUTURE_WORDS.has(t))) {
    const s = at(0) === 'you' || at(0) === 'she' || at(0) === 'he' ? 1 : -1;
    if (s > 0) {
      let v = s;
      while (['\'ve', 'have', 'has', '\'s', 'had', '\'d', 'first', 'also', 'then', 'recently', 'both', 'just', 'already', 'never'].includes(at(v)) && v < s + 3) v++;
      if (STORY_VERBS.has(at(v))) return 'history';
    }
  }
  return undefined;
}

/** "No sores or ulcers, no swollen glands in the groin", "nothing under the arms": a finding said as a fragment. */
export function isExamFragment(given: string): boolean {
  // "No abscess that I can see", "no nodes I can feel": the examiner's own vantage after the fragment hedges it, and
  // leaves it a finding.
  const text = /^no\s+(?!(?:else|more|other|one|thing)\b)\w/i.test(given) ? given.replace(VANTAGE_TAIL, '') : given;
  const w = tokens(text);
  if (w.length < (text === given ? 3 : 2) || w.length > 18) return false;
  if (w.some((t) => PERSONS.has(t) || t === 'i' || t === 'your' || t === 'my' || t === '\'ll' || t === 'will')) return false;
  if (/\b(?:is|are|was|were|be|need|needs|take|do|does)\b/.test(text)) return false;
  if (['no', 'nothing', 'a', 'some', 'mild', 'small', 'slight', 'two', 'several', 'few', 'couple'].includes(w[0]!)) return true;
  // "Extra-orally, slight swelling over the jaw", "buccal swelling next to it, fluctuant": a sign named where it was
  // found, without a verb — what an examiner says of what is in front of them, unless it opens on an instruction.
  // "Moves fully, bends right up", "turns in fully, no pain": how a joint moved, its subject left unsaid.
  return (FRAGMENT_SIGN.test(text) || MOVED_FRAGMENT.test(text)) && !FRAGMENT_INSTRUCTION.has(w[0]!);
}

const VANTAGE_TAIL = /,?\s+(?:that |which )?i (?:can|could) (?:see|feel|find|hear|spot|make out)(?: (?:here|today|now|on (?:the|this|your) (?:film|x-?ray|image|scan|photo)))?\s*[.!]?$/i;
const MOVED_FRAGMENT = /^(?:(?:and|so|now),?\s+)?(?:moves?|bends?|turns?|rotates?|flexes|extends|straightens|goes)(?: (?:in|out|up|down|back))?\s+(?:fully|normally|freely|well|right (?:up|down|back)|all the way)\b/i;

const FRAGMENT_SIGN = /\b(?:swelling|swollen|tender(?:ness)?|fluctuant|erythema(?:tous)?|redness|bruis(?:ing|ed)|deformity|effusion|crepitus|induration|indurated|oedema|edema|warmth|exudate|pus|discharge|wheeze|crackles|mobility|guarding)\b/i;
const FRAGMENT_INSTRUCTION = new Set(['keep', 'watch', 'let', 'let\'s', 'try', 'put', 'use', 'take', 'apply', 'rest', 'ice', 'elevate', 'check', 'look', 'call', 'come', 'if', 'any', 'when', 'so', 'because', 'for', 'to', 'reduce', 'bring', 'avoid', 'get']);

/** "The titre from last year was 120", "lying down it's 142/80": a value stated as read, in a clause of its own. */
export function statesReading(clause: string): boolean {
  const w = tokens(clause);
  return w.length >= 3 && /\b(?:is|was|are|were|'s|came back at|measured)\b/i.test(clause) && hasReading(w) && !w.some((t) => FUTURE_WORDS.has(t));
}

