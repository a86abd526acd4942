/**
 * A reading the patient takes at home and reads out because the clinician asked for it: "Have you taken your
 * temperature today?" — "Yeah, thirty eight point one this morning."; "Have you got the oximeter there?" — "Hang on,
 * it's saying ninety five." The value is measured, not remembered, so it is a finding under the measure's name.
 */
import { caseless } from '../text/caseless-pattern.js';
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
