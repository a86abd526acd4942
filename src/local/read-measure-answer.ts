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
];

/** "Have you taken/checked your …", "have you got it there", "what's it saying", "and the pulse on it": a reading asked for now. */
const ASKS_READING = caseless(/\b(?:(?:have|did|could|can) you (?:just )?(?:taken|take|checked|check|done|do|measured|measure|got|get|read)\b|(?:what|where)(?:'s| is| does| did) (?:it|that|the \w+) (?:say|saying|read|reading|show|showing)\b|(?:and|what about) (?:the|your) (?:pulse|heart rate|temperature|temp|sats|oxygen|sugar|weight)\b(?: (?:on it|on there|reading|it says))?\s*[?.]?$)/);
/** Words before the number that only show the reader looking: "yeah, hang on, um, it's saying …". */
const LOOKING = /^(?:(?:yeah|yes|yep|okay|ok|right|so|um+|uh+|er+|erm|hang on|hold on|one sec(?:ond)?|just a (?:sec|second|minute)|let me (?:see|look)|it's|it is|it says|it's saying|it's reading|it reads|says|saying|reads|reading|it was|that's|about|around|roughly|just)[,.]?\s+)*/i;
const WHEN = /(?:\s+(?:this morning|this afternoon|today|tonight|last night|just now|now|earlier|at home|at the moment))?/;

/** The measure a clinician's words ask the patient to read, if any. */
export function askedMeasure(clinicianText: string): { name: string; unit: string } | undefined {
  if (!ASKS_READING.test(clinicianText)) return undefined;
  const lower = clinicianText.toLowerCase();
  const hit = MEASURES.find(([re]) => re.test(lower));
  return hit ? { name: hit[1], unit: hit[2] } : undefined;
}

const VALUE = new RegExp(`^(${NUMBER_PHRASE})(\\s*(?:%|percent|degrees|kilos|kg|bpm))?(${WHEN.source})\\s*[.!]?$`, 'i');

/** "Yeah thirty eight point one this morning" asked as a temperature → "Temperature 38.1 this morning."; else undefined. */
export function readMeasureAnswer(measure: { name: string; unit: string }, answer: string): string | undefined {
  const m = VALUE.exec(answer.trim().replace(LOOKING, ''));
  if (!m) return undefined;
  const digits = /^\d+(?:\.\d+)?$/.test(m[1]!) ? m[1]! : spokenNumberToDigits(m[1]!);
  if (digits === undefined) return undefined;
  const unit = m[2]?.trim() ? ` ${m[2].trim().replace(/^percent$/i, '%').replace(/^kilos$/i, 'kg')}`.replace(' %', '%') : measure.unit;
  return `${measure.name} ${digits}${unit}${m[3] ?? ''}.`;
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
