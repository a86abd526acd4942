/**
 * A reading the patient takes at home and reads out because the clinician asked for it: "Have you taken your
 * temperature today?" — "Yeah, thirty eight point one this morning."; "Have you got the oximeter there?" — "Hang on,
 * it's saying ninety five." The value is measured, not remembered, so it is a finding under the measure's name.
 */
import { caseless } from '../text/caseless-pattern.js';
import { normalizeMeasurements } from './normalize-measurements.js';
import { NUMBER_PHRASE, spokenNumberToDigits } from './spoken-numbers.js';

const MEASURES: readonly [RegExp, string, string][] = [
  [/\b(?:temperature|temp|thermometer)\b/, 'Temperature', ''],
  [/\b(?:oximeters?|sats|saturations?|oxygen(?: level)?)\b/, 'Oxygen saturation (home oximeter)', '%'],
  [/\b(?:pulse|heart rate)\b/, 'Pulse', ''],
  [/\b(?:blood sugar|sugar|glucose|bm)\b/, 'Blood glucose', ''],
  [/\b(?:weight|scales?)\b/, 'Weight', ''],
  [/\bpeak flow\b/, 'Peak flow', ''],
  // "Have you got your meter with you?": in a diabetes review the meter is the glucose meter.
  [/\b(?:glucometer|meter)\b/, 'Blood glucose', ''],
];

/** "Have you taken/checked your …", "have you got it there", "what's it saying", "and the pulse on it": a reading asked for now. */
const ASKS_READING = caseless(/\b(?:(?:have|did|could|can) you (?:just |still )?(?:taken|take|checked|check|done|do|measured|measure|got|get|read)\b|(?:do|did) you (?:still |now )?have (?:the|your|a|an|that)\b|(?:the|a) (?:number|reading|figure) (?:for|on) (?:the|your|her|his) (?:pulse|heart rate|temperature|temp|sats|oxygen|sugar|weight)\b|(?:what|where)(?:'s| is| does| did) (?:it|that|the \w+) (?:say|saying|read|reading|show|showing)\b|(?:and|what about) (?:the|your) (?:pulse|heart rate|temperature|temp|sats|oxygen|sugar|weight)\b(?: (?:on it|on there|reading|it says))?\s*[?.]?$)/);
/** Words before the number that only show the reader looking: "yeah, hang on, um, it's saying …". */
const LOOKING = /^(?:(?:yeah|yes|yep|okay|ok|right|so|um+|uh+|er+|erm|hang on|hold on|one sec(?:ond)?|just a (?:sec|second|minute)|let me (?:see|look)|it's|it is|it says|it's saying|it's reading|it reads|says|saying|reads|reading|it was|that's|about|around|roughly|just)(?:[,.]|\.\.\.|\u2026)?\s+)*/i;
const WHEN = /(?:\s+(?:this morning|this afternoon|today|tonight|last night|just now|now|earlier|at home|at the moment))?/;

/**
 * "Sam, can you take her blood pressure before we start?": a pressure asked for now, which a colleague reads out as a
 * pair ("One eighteen over seventy-six."). Only a colleague's answer is read so: a patient's own cuff is the home
 * reading's (readHomeReading).
 */
export function askedPressure(clinicianText: string): { name: string; unit: string; pair: true } | undefined {
  return ASKS_READING.test(clinicianText) && /\b(?:blood pressure|bp)\b/i.test(clinicianText) ? { name: 'Blood pressure', unit: '', pair: true } : undefined;
}

const PAIR_VALUE = new RegExp(`^(${NUMBER_PHRASE})\\s*(?:over|/)\\s*(${NUMBER_PHRASE})\\s*[.!]?$`, 'i');

/** "One eighteen over seventy-six." asked as a blood pressure → "Blood pressure 118/76."; else undefined. */
export function readPressureAnswer(answer: string): string | undefined {
  const m = PAIR_VALUE.exec(answer.trim().replace(LOOKING, ''));
  const [high, low] = m ? [toDigits(m[1]!), toDigits(m[2]!)] : [];
  return high === undefined || low === undefined ? undefined : `Blood pressure ${high}/${low}.`;
}

/** The measure a clinician's words ask the patient to read, if any. */
export function askedMeasure(clinicianText: string): { name: string; unit: string } | undefined {
  if (!ASKS_READING.test(clinicianText)) return undefined;
  const lower = clinicianText.toLowerCase();
  const hit = MEASURES.find(([re]) => re.test(lower));
  return hit ? { name: hit[1], unit: hit[2] } : undefined;
}

const VALUE = new RegExp(`^(${NUMBER_PHRASE})(\\s*(?:%|percent|degrees|kilos|kg|bpm))?(${WHEN.source})\\s*[.!]?$`, 'i');
/** "This morning before breakfast, eleven point four", "Monday, six point two": a reading from the meter's memory, by when. */
const TIMED = new RegExp(`^((?:this|yesterday|last|on)?\\s*(?:morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:\\s+(?:morning|afternoon|evening|night|before|after|at)(?:\\s+(?:breakfast|lunch|tea|dinner|supper|bed|food|\\d+))?)?),?\\s+(?:it was\\s+|it's\\s+|i got\\s+)?(${NUMBER_PHRASE})\\s*[.!]?$`, 'i');
/** "Hang on, the wife's getting it… right, under the tongue… it says thirty-seven point four": the value at the end of a long look. */
const READ_AT_END = new RegExp(`\\b(?:it says|it's saying|it reads|it's reading|it's showing|it shows|it came up|it came to)\\s+(${NUMBER_PHRASE})(\\s*(?:%|percent|degrees|kilos|kg|bpm))?\\s*[.!]?$`, 'i');

function toDigits(phrase: string): string | undefined {
  return /^\d+(?:\.\d+)?$/.test(phrase) ? phrase : spokenNumberToDigits(phrase);
}

function writeUnit(said: string | undefined, fallback: string): string {
  return said?.trim() ? ` ${said.trim().replace(/^percent$/i, '%').replace(/^kilos$/i, 'kg')}`.replace(' %', '%') : fallback;
}

/** "Yeah thirty eight point one this morning" asked as a temperature → "Temperature 38.1 this morning."; else undefined. */
export function readMeasureAnswer(measure: { name: string; unit: string }, answer: string): string | undefined {
  const looked = answer.trim().replace(LOOKING, '');
  const m = VALUE.exec(looked);
  if (m) {
    const digits = toDigits(m[1]!);
    return digits === undefined ? undefined : `${measure.name} ${digits}${writeUnit(m[2], measure.unit)}${m[3] ?? ''}.`;
  }
  const timed = TIMED.exec(looked);
  if (timed) {
    const digits = toDigits(timed[2]!);
    return digits === undefined ? undefined : `${measure.name} ${digits}${measure.unit} ${timed[1]!.trim().toLowerCase()}.`;
  }
  const end = READ_AT_END.exec(answer.trim());
  const digits = end ? toDigits(end[1]!) : undefined;
  return digits === undefined ? undefined : `${measure.name} ${digits}${writeUnit(end![2], measure.unit)}.`;
}

/**
 * "Please.", "Yes please, the last few days.", "Go on.": the clinician only lets the patient go on reading, so a
 * reading asked for before is still being read out after it.
 */
const GO_ON = /^(?:(?:yes|yeah|yep|ok|okay|please|sure|great|lovely|perfect|good|right|thanks|thank you|mm-?hm|go on|go ahead|carry on|keep going|and|so)[,.!]?\s*)+(?:(?:just )?the (?:last|past) (?:few|couple of|two|three|four|five|seven) (?:days|readings|weeks|mornings)|read (?:them|it|some|those) (?:out|to me))?[.!]?$/i;

export function letsReadingGoOn(clinicianText: string): boolean {
  return GO_ON.test(clinicianText.trim());
}

/**
 * "Could you have a look at her gums for me while we're on the phone?", "can you press on his tummy for me now?": on a
 * call or video visit the clinician asks whoever is with the patient to look, feel or count now.
 */
const ASKS_OBSERVATION = caseless(/\b(?:could|can|would) you (?:just |also |quickly )?(?:have a (?:quick )?look (?:at|in)|look (?:at|in)|feel|press (?:on)?|count|check|lift up|pull down)\b(?: ((?:her|his|their|its|the|your) [a-z]+))?[^?]{0,60}?(?:\bfor me\b|\bwhile (?:we're|we are|i'm|i am) (?:on the (?:phone|call|line)|talking|here)\b|\bright now\b)/);

/** What a clinician's words ask to be looked at now ("her gums"; "" when unnamed), or undefined if they ask for nothing. */
export function askedObservation(clinicianText: string): string | undefined {
  const m = ASKS_OBSERVATION.exec(clinicianText);
  return m ? (m[1] ?? '').replace(/^your\b/i, 'the') : undefined;
}

/** "Per the owner, they're pink." under "her gums": a reply that only points back to what was asked is given its name. */
export function nameObserved(topic: string, seen: string): string {
  if (topic === '' || !/^(?:per [^,]+,\s*)?(?:they|they're|it|it's|that|that's)\b/i.test(seen)) return seen;
  return `${topic.charAt(0).toUpperCase()}${topic.slice(1)}: ${seen.charAt(0).toLowerCase()}${seen.slice(1)}`;
}

const JUST_LOOKING = /^(?:(?:yeah|yes|yep|okay|ok|right|um+|uh+|er+|erm|hang on|hold on|one sec(?:ond)?|just a (?:sec|second|minute)|let me (?:see|look))[,.!]?\s*)+$/i;

/** A sentence of the answer that says what was seen or felt (not "hang on", not a question back). */
export function isObservationReply(sentence: string, question: boolean): boolean {
  return !question && !JUST_LOOKING.test(sentence.trim()) && sentence.split(/\s+/).length >= 2;
}

/** "It says 108 over 66": a pair of numbers read off the cuff asked for is a blood pressure, though not called one. */
export function readHomeReading(text: string): string {
  const measured = normalizeMeasurements(text);
  return measured === text && /\bover\b/i.test(text) ? normalizeMeasurements(`reading ${text}`).replace(/^reading /, '') : measured;
}

/** A clinician asking for a measurement now, on a video or phone visit: "can you take a reading now with your cuff?". */
const MEASURE_NOW = caseless(/\b(?:take|check|do|read|tell me)\b[^.?!]{0,30}\b(?:reading|blood pressure|temperature|temp|pulse|sugar|glucose|oxygen|weight|scale)\b[^.?!]{0,40}\b(?:now|right now|for me|while i (?:watch|wait)|while we're)\b|\bstep on (?:the|your) scale\b/);

/**
 * "Did you manage to check your blood pressure and weight at the pharmacy?", "What were your home readings?": readings
 * taken for this visit and read out in it are its vitals, as a telephone or video visit has no others.
 */
const MEASURED_FOR_VISIT = caseless(/\b(?:(?:did|have|could) you (?:manage to |get to |remember to |been able to |get a chance to )?|were you able to )(?:check|take|measure|get|do|bring|record)\b[^.?!]{0,40}\b(?:blood pressure|pressure|weight|pulse|readings?|sugars?|glucose|temperature|oxygen|sats|peak flows?)\b|\bwhat (?:was|were|are|is) (?:your|the) (?:home |latest |recent |last )?(?:readings?|blood pressures?|pressure readings|weight|sats|peak flows?)\b/);

/** True when a clinician's words ask for a reading taken now or for the visit (the next answer is read as its value). */
export function asksReadingNow(clinicianText: string): boolean {
  return MEASURE_NOW.test(clinicianText) || MEASURED_FOR_VISIT.test(clinicianText);
}
