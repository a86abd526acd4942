/**
 * Readings called out while they are taken: a measurement is named ("Let's do a peak flow.", "Pressure first.",
 * "Temperature?"), then its value is said bare ("Two hundred and ten.", "142 over 88.", "Ninety-six."), often in the
 * next turn; and a test or site is named on its own ("Lachman.", "Left eye.") before what it showed.
 */
import { caseless } from '../text/caseless-pattern.js';
import { NUMBER_PHRASE, spokenNumberToDigits } from './spoken-numbers.js';

/** What is measured in the room, as it is said. */
const MEASURE = String.raw`(?:peak flows?|peak expiratory flow|sats|saturations?|oxygen(?: levels?| saturation)?|spo2|o2 sats?|blood pressure|pressure|bp|temperature|temp|pulse|heart rate|resps|respiratory rate|weight|height|bmi|waist|head circumference|grip(?: strength)?|flexion|extension|abduction|adduction|supination|pronation|(?:internal |external )?rotation|dorsiflexion|plantarflexion|range of motion|blood sugar|sugar|glucose|finger ?prick|bm|ketones|fundal height|spirometry|fev1|fvc|ratio|cap(?:illary)? refill|calprotectin|crp|hb|haemoglobin|hemoglobin|albumin|ferritin|potassium|sodium|creatinine|egfr|hba1c|a1c|cholesterol|inr|psa|tsh|(?:free )?t[34]|platelets|white (?:cell|count)|wcc|lactate|troponin|bilirubin|alt|ast|alp|ggt|esr|mcv|vitamin d|b12|folate)`;
/** Lab values, read out as results rather than measured at the couch. */
const LAB = /^(?:calprotectin|crp|hb|haemoglobin|hemoglobin|albumin|ferritin|potassium|sodium|creatinine|egfr|hba1c|a1c|cholesterol|inr|psa|tsh|(?:free )?t[34]|platelets|white (?:cell|count)|wcc|lactate|troponin|bilirubin|alt|ast|alp|ggt|esr|mcv|vitamin d|b12|folate)$/i;

export function isLabName(name: string): boolean {
  return LAB.test(name.trim());
}

/** "Let's do a peak flow.", "let me check your sats", "I'll take your blood pressure", "pop this on your finger". */
const TAKES_MEASURE = caseless(String.raw`^(?:(?:okay|ok|right|so|now|and|next|then|first|alright|lovely|great),?\s+)*(?:(?:let's|let us|let me|i'll|i will|i'm going to|i am going to|we'll|we will|can i|could i|i'm just going to)\s+(?:just\s+|quickly\s+)?(?:do|check|take|get|measure|have|test|record|repeat|try|go with)\s+(?:a|an|your|the|his|her|their|some)?\s*(?:quick\s+|few\s+|new\s+)?(${MEASURE})\b[^.?!]{0,40}|(?:(?:let's|let us|let me|can we|we'll|i'll|can you|could you|would you) )?(?:(?:hop|step|pop|get|jump|put|straight|quickly|quick) )?(?:(?:him|her|them|you|baby) )?(?:up )?on(?:to)? the scales?(?:,? (?:for me|please|now|first))?|(?:(?:the |our )?(?:nurse|healthcare assistant|health care assistant|hca|assistant)|we|i|they) (?:just )?weighed (?:you|him|her|them|baby)(?: (?:on the way in|earlier|just now|this morning|today|before you came in))?|(?:[a-z]+,\s+)?(?:can|could|would) you (?:please |just )?(?:weigh|measure) (?:him|her|them|it)\b[^.?!]{0,20}|(?:let me|i'll|i'm going to|can i)\s+(?:just\s+)?(?:pop|put|clip|stick) (?:this|the (?:probe|clip|sensor|monitor|sats probe)) on (?:your|his|her|their) finger[^.?!]{0,20})[.?!\u2026]*$`);

/** "Blood pressure now\u2026", "Pressure first.", "Temperature?", "grip dynamometer in the right hand first": a measure named alone. */
const NAMES_MEASURE = caseless(String.raw`^(?:[a-z]+[\s,]+){0,4}?(${MEASURE})\b(?:\s+(?:now|first|next|again|then|too|please|today|check|reading|test|dynamometer|measurement)|\s+(?:in|on|with|of) (?:the|your|his|her|their) [a-z ]{1,30}?|,\s*[a-z ]{1,25}?)*[.?!\u2026:]*$`);
const HAS_VERB = caseless(/\b(?:is|are|was|were|has|have|had|feels?|looks?|sounds?|seems?|do|does|did|can|could|will|would|should|shows?|showed|came|went|said|says|i|you|we|he|she|they|it|that's|it's|there's|let's|let|going)\b|\d/);

const FOUND_BEFORE = /\b(?:full|normal|good|limited|reduced|restricted|decreased|painful|weak|equal|symmetrical|poor|excellent|near-full|nearly full|pain-free|painless)\s+$/i;

/** A measurement for another day, or for the patient to take at home, is plan, not a reading about to be said. */
const LATER = /\b(?:next|tomorrow|every|daily|at home|yourself|week|month|again in|at your|before|after|when|if|regularly)\b/i;

/** The measure a clinician's sentence announces, named as said; undefined when it announces none. */
export function announcedMeasure(text: string): string | undefined {
  if (LATER.test(text)) return undefined;
  const taken = TAKES_MEASURE.exec(text);
  if (taken) return taken[1] ?? (/\b(?:weigh\w*|measure|scales?)\b/i.test(taken[0]) ? (/weigh|scale/i.test(taken[0]) ? 'weight' : 'measurement') : 'oxygen saturation');
  const named = NAMES_MEASURE.exec(text);
  // "Great, full extension.": a measure with its verdict before it is the finding itself, not one about to be read.
  if (named && FOUND_BEFORE.test(text.slice(0, named.index + named[0].indexOf(named[1]!)))) return undefined;
  // "Free T4.": the digit of the measure's own name is not a value said with it.
  if (named && text.split(/\s+/).length <= 12 && !HAS_VERB.test(text.replace(named[1]!, ' ').replace(/[.?!\u2026:]+$/, ''))) return named[1]!;
  // "ESR.", "MCV.", "GGT.": a result's short name said alone, before its bare value, is the measure the value belongs to,
  // never the value of the measure named before it. Capitals are the only sign, so this test is case-sensitive.
  const name = READ_OUT_NAME.exec(text);
  return name === null || NOT_A_NAME.test(name[2]!) ? undefined : name[1];
}

const READ_OUT_NAME = /^(?:(?:[Aa]nd|[Tt]hen|[Nn]ext|[Nn]ow|[Yy]our|[Tt]he),?\s+)*((?:[A-Z][a-z]+ )?([A-Z][A-Z0-9]{1,5}))[.:\u2026]*$/;

/** "OK.", "GP.", "Mm.": capitals said alone that name no result. */
const NOT_A_NAME = /^(?:ok|okay|no|yes|hi|gp|tv|uk|nhs|id|am|pm|oh|ah|um|uh|er|erm|hm|hmm|mm|ed|ae|us)$/i;

const LEAD = /^(?:(?:okay|ok|right|so|and|now|brilliant|great|good (?:girl|boy|lad|dog)|good|lovely|perfect|thank you|thanks|well done|there we go|here we go|there we are|that's|that is|it's|it is|it says|reading|and again|again|yep|yes|he's|she's|he is|she is|he weighs|she weighs)[,.!]?\s+)*/i;
/** "about 380", "under two seconds": words that qualify the value, kept with it. */
const QUALIFIER = /^((?:about|around|roughly|approximately|nearly|almost|just over|just under|over|under|less than|more than|below|above)\s+)?/i;
/** A second and a third value after the first, each after a comma: a list of measurements, not one value and its gloss. */
const VALUE_RUN = caseless(String.raw`^\s*,\s*(?:\d[\d.]*|${NUMBER_PHRASE})\s*,\s*(?:\d|${NUMBER_PHRASE})`);
const BARE = caseless(String.raw`^(${NUMBER_PHRASE})(?:\s*(?:over|/)\s*(${NUMBER_PHRASE}))?(\s*(?:percent|%|kg|kilos?|kilograms?|degrees?|litres?|liters?|l/min|mmol|cm|centimetres?|centimeters?|mm|seconds?|bpm|beats per minute))?(?=[\s.,;!\u2026]|$)`);

/**
 * "Two hundred and ten.", "380, and your best is about 500", "142 over 88": a value said with nothing before it but
 * an "okay" or a "that's", written with digits; undefined when the sentence does not open on one.
 */
export function readBareReading(text: string): string | undefined {
  const led = text.replace(LEAD, '');
  const qualifier = QUALIFIER.exec(led)?.[1] ?? '';
  // "Less than point zero one.": a decimal said without its leading zero.
  const core = led.slice(qualifier.length).replace(/^point(?=[\s-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)/i, 'zero point');
  if (core.split(/\s+/).length > 14) return undefined;
  const m = BARE.exec(core);
  if (!m) return undefined;
  const first = /^\d/.test(m[1]!) ? m[1]! : spokenNumberToDigits(m[1]!.replace(/-/g, ' '));
  const second = m[2] === undefined ? undefined : /^\d/.test(m[2]) ? m[2] : spokenNumberToDigits(m[2].replace(/-/g, ' '));
  if (first === undefined || (m[2] !== undefined && second === undefined)) return undefined;
  const rest = core.slice(m[0].length);
  // "Two days ago", "three times a week": a number that counts time or events is no reading.
  if (/^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times|o'clock|am|pm|of (?:them|those|these)|more|less|or)\b/i.test(rest)) return undefined;
  // "4.2, 3.1, 0.3, sixty, forty.": a run of values read off one's notes is several things measured, not one reading.
  if (VALUE_RUN.test(rest)) return undefined;
  const value = second !== undefined ? `${first}/${second}` : first;
  return `${qualifier.toLowerCase()}${value}${m[3] ?? ''}${rest}`.replace(/\s+/g, ' ').trim();
}

/**
 * "Lachman.", "McMurray's.", "Left eye.", "Right eye photos.", "Reflexes…": a test, site or part of the neurological
 * exam named alone, before what it showed.
 */
const TEST_NAME = caseless(/^(?:lachman'?s?|mcmurray'?s?|thessaly|phalen'?s?|tinel'?s?|finkelstein'?s?|romberg'?s?|babinski|rinne|weber|hawkins(?:-kennedy)?|neer'?s?|speed'?s?|empty can|anterior drawer|posterior drawer|drawer test|pivot shift|slump(?: test)?|straight leg raise|faber|fadir|trendelenburg|simmonds'?|thompson'?s?|murphy'?s?|rovsing'?s?|kernig'?s?|brudzinski'?s?|froment'?s?|allen'?s?|spurling'?s?|apley'?s?|valgus stress|varus stress|(?:deep tendon |ankle |knee )?reflexes|(?:light touch )?sensation|power|tone|coordination|peripheral pulses|pedal pulses|cranial nerves|(?:(?:first|second|third|next|other) (?:lesion|mole|spot|one),?\s+)?(?:on the )?(?:left|right) (?:upper |lower |inner |outer |mid |front of the |back of the )?(?:eye|ear|knee|hip|shoulder|ankle|wrist|elbow|hand|foot|lung|breast|back|arm|forearm|thigh|leg|shin|calf|chest|cheek|temple|flank|buttock|scalp|neck)(?: (?:photos?|pictures?|images?|scan|x-?ray|film))?(?:,\s*(?:by|near|over|under|above|below|behind|on) (?:the|his|her|your) [a-z]+)?)[.:\u2026]*$/);
/** "Now the left.", "and the right one": the side the next reading is of. */
const SIDE_ONLY = /^(?:(?:and|now|next|then|okay|right),?\s+)*(?:the |your )?(left|right)(?: one| side| hand| arm| leg)?[.\u2026]*$/i;

export function namedSide(text: string): string | undefined {
  return SIDE_ONLY.exec(text)?.[1]?.toLowerCase();
}

export function namedExamTopic(text: string): string | undefined {
  // "Right, left eye." opens on an interjection; "Right temple." names the side.
  const core = text.replace(/^(?:(?:and|now|next|then|okay|so|right(?=,)),?\s+)+/i, '');
  return TEST_NAME.test(core) ? core.replace(/[.:\u2026]+$/, '') : undefined;
}

/** "CRP, 24.", "Haemoglobin 112.", "Ratio 0.74": a measure named and its value said in one breath. */
const NAMED_READING = caseless(String.raw`^(?:(?:and|so|then|okay|the|your)[,\s]+)*(${MEASURE})[,:]?\s+(.+)$`);

export function readNamedReading(text: string): { name: string; value: string } | undefined {
  const m = NAMED_READING.exec(text);
  if (!m) return undefined;
  const value = readBareReading(m[2]!);
  return value === undefined || m[2]!.split(/\s+/).length > 6 ? undefined : { name: m[1]!, value };
}
