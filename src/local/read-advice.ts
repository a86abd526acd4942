/** Advice to the patient, told from the examiner's requests by its verb and by saying when, how often or what for. */
import { caseless } from '../text/caseless-pattern.js';
import { findDrugs, isExamFinding } from './clinical-vocabulary.js';
import type { Phase } from './track-phases.js';

const IMPERATIVE_VERBS = new Set(`feel lean pinch press spread swap count space take start stop hold continue keep avoid ice rest elevate drink apply use wear call come go return bring
feed give limit cut try do floss brush skip book replace swap aim practice breathe inhale exhale shake wait eat sleep walk stretch
wash clean change remove check measure record write weigh watch put place soak cover finish get moisturize massage gargle rinse
spit chew sit stand dry unlock choose practise raise lower have let make leave lock pack read follow schedule plan switch add increase
decrease reduce double halve space alternate split crush mix dissolve store refrigerate discard throw bathe shower soak wrap
splint tape buckle stay lie lay stop-taking spray drop insert squeeze carry ask roll download stick
note jot phone ring text monitor upload send email e-mail photograph submit log`.split(/\s+/));
/** Verbs of advice that an examiner does not use to move or test the body ("take", "hold", "press" can be either). */
export const ADVICE_ONLY_VERBS = new Set(`use avoid apply wear drink eat limit cut skip choose spread swap continue keep stop start carry give
avoid moisturize gargle rinse wash clean soak cover bathe shower store mix dissolve aim practice put book call bring switch add
increase decrease reduce replace watch weigh record sleep walk get set buy practise download install`.split(/\s+/));

/** The first word of an instruction, past "always", "only", "please" and the like. */
export function adviceVerb(text: string): string {
  return firstWord(text.replace(/^(?:(?:so|and|also|then|now|okay|please|just|only|always|never|definitely|for now|at home|from now on),?\s+)+/i, ''));
}

export const PLAN_TRANSITION = caseless(/^(?:in the meantime|meanwhile|until then|from now on|going forward|for the next (?:few|couple|\d+|two|three) \w+)\b/);
export const MANEUVER_VERBS = new Set('lie lay breathe look follow squeeze push pull relax open say turn bend stand sit lift point touch cough hold raise lower roll'.split(' '));
export const ADVICE_MARKERS = caseless(/\b(?:after|before|when|every|daily|nightly|at night|in the morning|for (?:\d+|a|one|two|three|the next)|until|if|twice|once|times a|as needed|at home|at first|each|slowly|right away|now|today|tonight|tomorrow)\b/);

/** "… so the screen is at eye level", "… to keep her swallowing": what an instruction is for. */
export const ADVICE_PURPOSE = caseless(/\bso (?:that )?(?:the|your|it|you|she|he|they)\b|\bto (?:keep|help|stop|prevent|avoid|reduce|ease|protect|loosen|soften|strengthen)\b/);

/** "Turn your head", "raise your arm": the exam's manoeuvres move the body; "raise your laptop" does not. */
export const MOVES_BODY = caseless(/^\w+ (?:up |down |out |over )?(?:your|the|this|that|my|his|her) (?:(?:left|right|other|good|bad) )?(?:head|arms?|legs?|hands?|feet|foot|knees?|chin|eyes?|mouth|tongue|shoulders?|back|hips?|elbows?|wrists?|fingers?|toes?|neck|chest|body|heels?|ankles?|thumbs?)\b|\b(?:for me|my (?:finger|hand)s?)\b/);

export function firstWord(text: string): string {
  return text.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
}

/** "Tell the pharmacist you're on warfarin", "show them this card": passing word on to others ("tell me…" asks). */
const TELLS_OTHERS = caseless(/^(?:tell|show|inform|remind|warn) (?:the|your|them|him|her|anyone|any|whoever|every|each)\b/);

/** An instruction to the patient ("Dry her ears after swimming", "Stand up slowly at first"): a verb first, with a when or how. */
export function isAdvice(text: string, phase: Phase = 'history'): boolean {
  const core = text
    // ("Whenever you're given an antibiotic, or anything new, tell the pharmacist…": the condition may run on with "or".)
    .replace(/^(?:(?:while|until|when|whenever|any ?time|each time|every time|before|after|once|as soon as|if|every) [^,]{1,60},\s*(?:(?:if|when|or) [^,]{1,60},\s*)?|for (?:a|an|the|any) [^,]{1,30},\s*|(?:on|for|with|during|at|in) [^,]{1,30},\s*(?=[a-z]+ (?:your|the|a|an|his|her|their|it|them|some|up|down|off|each|both|every)\b|(?:take|try|use|do|keep|get|make|go|walk|stretch|rest|drink|eat|wear|avoid|stop|start|put)\b))/i, '')
    .replace(/^(?:(?:so|and|also|then|now|okay|please|just|first|second|finally|meanwhile|in the meantime|only|always|never|don't|do not|definitely|for now|at home|at night|every day|each day|from now on|going forward|this week|next week|today|tonight|in the mornings?|(?:once|twice|three times) (?:a|per) (?:day|week|night)|every (?:morning|evening|night|other day)|(?:on|during|in|for) (?:\w+ ){0,2}(?:days?|shifts?|nights?|weekends?|mornings?|evenings?|flights?|drives?|runs?|walks?|trips?)),?\s+)+/i, '');
  const first = core.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
  if (!(IMPERATIVE_VERBS.has(first) || TELLS_OTHERS.test(core)) || /\?$/.test(text) || text.split(/\s+/).length < 4) return false;
  // "Do a single leg squat for me on the right": a request of the exam, unless it says when or how often.
  if (/\bfor me\b/i.test(text) && !ADVICE_MARKERS.test(text.replace(/\bon the (?:left|right)\b/gi, ''))) return false;
  // "Lie on your stomach", "take a deep breath": exam instructions, unless they say when or how often.
  // "Raise the head of your bed six inches and avoid eating late" is advice, however it starts; "raise your arm" is not.
  if (MANEUVER_VERBS.has(first) && (text.split(/\s+/).length < 9 || isExamFinding(text))) return ADVICE_MARKERS.test(text) && !/\b(?:deep breath|for me|on your (?:back|stomach|side)|my finger|the table)\b/i.test(text);
  return ADVICE_MARKERS.test(text) || phase === 'plan' || findDrugs(core).length > 0 || core !== text.trim() || text.split(/\s+/).length >= 5;
}

export const DEVICE = caseless(/\b(?:spacer|inhaler|nebuli[sz]er|pen|syringe|needle|glucometer|meter|cpap|mask|brace|crutches|sling|splint|boot|walker|cane|pump|patch|drops|dropper|lens(?:es)?|hearing aids?|retainer|dressing)\b/);

/**
 * "Dinner: could you swap the rice for brown rice?" → "Dinner: swap the rice for brown rice.": a task asked politely is
 * written as the task, as a note writes it; anything else comes back unchanged.
 */
export function restateAskedTask(text: string): string {
  const m = /^((?:[A-Za-z]+:\s*)?(?:(?:and|so|also),?\s+)?)(?:can|could|would) you (?:please |also |just )?(?=[a-z])/i.exec(text);
  if (!m) return text;
  // ("send me your readings": to the clinician, whom the note does not name.)
  const rest = text.slice(m[0].length).replace(/\?\s*$/, '.').replace(/^(send|email|e-mail|text|message|upload|post|show|bring|give|forward) me\b\s*/i, '$1 ');
  return m[1] ? `${m[1].replace(/(?:(?:and|so|also),?\s+)$/i, '')}${rest}` : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
