/**
 * Numbers in context: a value is supported by the same quantity in the transcript — the same vital, analyte or score,
 * a dose of the same drug, a time in the same unit looking the same way (a follow-up is not a duration) — not by
 * the same digits said about something else.
 */
import { canKeyTakeUnit, findKeys } from './claim-keys.js';
import { findMedicationsInTokens } from './medication-check.js';
import { expandShorthand, isBound, isFollowUpStatement, isLedByFollowUp, isNextVisitTime } from './number-cues.js';
import { doDirectionsAgree, doUnitsAgree, extractQuantities, isWithinRange, type Quantity } from './quantities.js';
import { normaliseTokens } from './tokenize.js';
import { readTopicWords, stemTopicWord, type HeardQuantity, type QuantityIndex } from './transcript-quantities.js';
import { isAboutTheSize, readVagueTimes } from './vague-times.js';
import { isOffTimeline, readDurationConcepts, readTimeline } from './duration-timeline.js';
import { listMentionHints } from './clinical-terms.js';
import { isGradeSaidShort } from './short-grades.js';
import { selectCountPool } from './counted-units.js';

export interface NumberProblem {
  phrase: string;
  reason: string;
  lines: number[];
}

interface NumberClaim extends Quantity {
  key: string | null;
  drug: { name: string; aliases: readonly string[] } | null;
  /** Said as "about", "approximately", "around", "~". */
  approximate?: boolean;
  /** The next visit's interval: "follow up in 2 weeks", "review in 3/7". */
  followUp?: boolean;
  /** A limit rather than a value: "<14 units/week", "more than 2 hours". */
  bound?: boolean;
  /** A time said without a number: "a few years ago", "for a couple of weeks". */
  vague?: boolean;
  /** A goal rather than a reading: "INR goal 2-3", "target BP 120-130". */
  target?: boolean;
}

/** Words that make a value after them a goal: "INR goal 2-3", "target range 4-7". */
const TARGET_WORDS = new Set(['goal', 'target', 'aim', 'range', 'therapeutic']);

/** How far before a value a note may name what it measures: "Hemoglobin A1c is elevated at 8". */
const NOTE_KEY_REACH = 6;
const NOTE_DRUG_REACH = 8;
/** How many lines after naming an analyte a conversation may give its value with a unit and without the name. */
const KEY_LINES_AFTER = 3;

function isDate(q: Quantity, tokens: readonly string[]): boolean {
  const raw = tokens[q.index] ?? '';
  // A zero-padded part ("02/07", "3/09") is a date, never GP shorthand for a duration ("2/7" = 2 days).
  if (raw.includes('/') && /(?:^|\/)0\d/.test(raw)) return true;
  return q.den !== undefined && (q.den >= 1000 || DATE_LEADS.has(tokens[q.index - 1] ?? ''));
}

/** Words a date follows: "on 3/11", "Wednesday 3/11", "until 4/2" (a GP's "2/7" of a duration follows none of them). */
const DATE_LEADS = new Set(['on', 'dated', 'until', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Lab shorthand a conversation may mean otherwise ("k" for okay) but a note writes only before its value: "Cr 1.9", "K 4.1". */
const LAB_SHORTHAND = new Set(['k', 'na', 'ca', 'cr', 'hb', 'mag']);

function isLabShorthand(tokens: readonly string[], at: number): boolean {
  return LAB_SHORTHAND.has(tokens[at] ?? '') && /^\d+(?:\.\d+)?$/.test(tokens[at + 1] ?? '');
}

/** "SPADI score 48", "Wells score of 2", "CURB-65 score: 0": a score word right before its value labels it. */
function isScoreLabel(tokens: readonly string[], at: number): boolean {
  if (!['score', 'scored'].includes(tokens[at] ?? '')) return false;
  const next = ['of', 'is', 'was', ':', '='].includes(tokens[at + 1] ?? '') ? tokens[at + 2] : tokens[at + 1];
  return /^\d+(?:\.\d+)?$/.test(next ?? '');
}

/** The numbers of a statement that count as claims: ones with a unit, ratios, grades, ages, or values after a vital/lab name. */
export function extractNumberClaims(statement: string): NumberClaim[] {
  const tokens = normaliseTokens(statement);
  const keys = findKeys(tokens).filter((k) => !k.weak || isLabShorthand(tokens, k.index) || isScoreLabel(tokens, k.index));
  const drugs = findMedicationsInTokens(tokens);
  const claims: NumberClaim[] = [];
  const followUp = isFollowUpStatement(statement);
  const quantities = extractQuantities(tokens);
  const timeIndexes = quantities.filter((q) => q.cls === 'time').map((q) => q.index);
  const keyOf = (q: Quantity) => keys
    .filter((k) => k.index + k.length <= q.index && q.index - (k.index + k.length) <= NOTE_KEY_REACH && canKeyTakeUnit(k.key, q.cls))
    .filter((k) => !tokens.slice(k.index + k.length, q.index).some((t) => /^\d/.test(t)))
    .pop();
  for (const q of quantities) {
    if (isDate(q, tokens)) continue;
    // "FBG 80-130": a range's far end measures what its near end does.
    const near = q.rangeEnd === undefined ? undefined : quantities.find((o) => o.index < q.index && o.value === q.rangeEnd && o.rangeEnd === q.value);
    const key = keyOf(q) ?? (near ? keyOf(near) : undefined);
    const nearest = q.cls === 'dose' ? drugs.filter((d) => d.index < q.index && q.index - d.index <= NOTE_DRUG_REACH).pop() ?? null : null;
    // "Lantus insulin 84 units": a brand and its class named together are one drug, either name's aliases its own.
    const named = nearest ? drugs.filter((d) => d === nearest || d.index + d.length === nearest.index) : [];
    const drug = nearest ? { name: nearest.name, aliases: [...new Set(named.flatMap((d) => d.aliases))] } : null;
    if (q.unit === null && q.cls !== 'ratio' && q.cls !== 'grade' && !key) continue;
    const text = key && q.unit === null && q.cls !== 'ratio' ? `${tokens.slice(key.index, key.index + key.length).join(' ')} ${q.text}` : q.text;
    const approximate = ['about', 'approximately', 'around', '~', 'roughly', 'approx'].includes(tokens[q.index - 1] ?? '');
    // GP shorthand "Review 1/52", "F/U 2 wks", "RTC 3 months": a time right after a follow-up word looks ahead.
    const direction = q.cls === 'time' && q.direction === null && isLedByFollowUp(tokens, q.index) ? 'future' : q.direction;
    const target = tokens.slice(Math.max(0, q.index - 3), q.index).some((t) => TARGET_WORDS.has(t));
    const flags = { ...(approximate ? { approximate } : {}), ...(target ? { target } : {}), ...(followUp && q.cls === 'time' && direction === 'future' && isNextVisitTime(tokens, q.index, timeIndexes) ? { followUp } : {}), ...(isBound(tokens, q.index) ? { bound: true } : {}) };
    claims.push({ ...q, direction, text, key: key?.key ?? null, drug: drug ? { name: drug.name, aliases: drug.aliases } : null, ...flags });
  }
  for (const v of readVagueTimes(tokens)) claims.push({ ...v, key: null, drug: null });
  return claims;
}

function sameValue(claim: Quantity, heard: Quantity): boolean {
  if (claim.den !== undefined || heard.den !== undefined) return claim.value === heard.value && claim.den === heard.den;
  return claim.value === heard.value;
}

function linesOf(quantities: readonly HeardQuantity[]): number[] {
  return quantities.map((q) => q.line);
}

interface Verdict {
  supported: boolean;
  alternatives: readonly HeardQuantity[];
  said?: string;
}

function judgeAge(claim: NumberClaim, heard: readonly HeardQuantity[]): Verdict {
  const ages = heard.filter((q) => q.cls === 'age');
  // An age the conversation never states comes from the chart; only a different stated age contradicts it.
  // A bare number said of a test or a drug ("the eGFR was 78") is no age.
  if (ages.length === 0 || heard.some((q) => q.value === claim.value && ((q.unit === null && q.key === null && q.drug === null) || (q.cls === 'age' && q.unit === claim.unit)))) return { supported: true, alternatives: [] };
  return { supported: false, alternatives: ages };
}

function judgeScore(claim: NumberClaim, index: QuantityIndex): Verdict {
  if (index.scaleValues.has(claim.value) || index.quantities.some((q) => q.value === claim.value && q.den === 10)) return { supported: true, alternatives: [] };
  return { supported: false, alternatives: index.quantities.filter((q) => q.den === 10) };
}

/** Kilograms in a pound: a note may give in kg what was said in pounds ("3 and a half pounds" → "1.5 kg"). */
const KG_PER_LB = 0.4536;
/** "about fifteen stone": British weight, 14 pounds. */
const KG_PER_STONE = 6.35;

/** The same weight in the other unit, within the rounding a clinician would do. */
function isConvertedWeight(claim: Quantity, heard: Quantity): boolean {
  if (claim.cls !== 'weight' || heard.cls !== 'weight' || claim.unit === heard.unit || claim.den !== undefined) return false;
  const kg = (q: Quantity) => (q.unit === 'lb' ? q.value * KG_PER_LB : q.unit === 'st' ? q.value * KG_PER_STONE : q.value);
  return Math.abs(kg(claim) - kg(heard)) <= Math.max(0.2, 0.1 * kg(heard));
}

/** "a fever of about 100" for "a hundred point four": an approximate value is met by one it rounds. */
function isRounded(claim: NumberClaim, heard: Quantity): boolean {
  return claim.approximate === true && claim.den === undefined && heard.den === undefined && Number.isInteger(claim.value) && Math.round(heard.value) === claim.value;
}

/** Blood counts told in thousands: the "white count is 15,000" said (per microlitre) is a note's "WBC 15.0" (×10⁹/L). */
const THOUSANDS_KEYS = new Set(['white count', 'platelets']);

function isSameCountInThousands(claim: NumberClaim, heard: Quantity): boolean {
  if (!THOUSANDS_KEYS.has(claim.key ?? '') || claim.den !== undefined || heard.den !== undefined) return false;
  return Math.abs(claim.value * 1000 - heard.value) < 1e-6 || Math.abs(heard.value * 1000 - claim.value) < 1e-6;
}

/** A bare number, of nothing else, said within a few lines after the key was named. */
function isToldBareAfter(q: HeardQuantity, key: string | null, index: QuantityIndex): boolean {
  if (q.key !== null || q.unit !== null || q.den !== undefined || q.cls !== null || q.drug !== null) return false;
  return index.keyMentions.some((k) => k.key === key && q.line > k.line && q.line - k.line <= KEY_LINES_AFTER);
}

function judgeKeyed(claim: NumberClaim, index: QuantityIndex): Verdict {
  const fits = (q: HeardQuantity) => ((sameValue(claim, q) || isRounded(claim, q) || isSameCountInThousands(claim, q)) && (q.unit === null || claim.unit === null || doUnitsAgree(claim, q))) || isConvertedWeight(claim, q);
  const said = index.quantities.filter((q) => q.key === claim.key && (claim.den !== undefined) === (q.den !== undefined));
  if (said.some(fits)) return { supported: true, alternatives: [] };
  // "my triglycerides … 145 milligrams per deciliter from 265": the value said with its unit a few lines after the
  // name, too far for the name to reach it, is still said of it.
  const nearby = (q: HeardQuantity) => q.key === null && q.unit !== null && index.keyMentions.some((k) => k.key === claim.key && q.line >= k.line && q.line - k.line <= KEY_LINES_AFTER);
  if (claim.unit !== null && index.quantities.some((q) => nearby(q) && fits(q))) return { supported: true, alternatives: [] };
  // "I'll paste the anxiety questionnaire … — 2 1 1 2 — That's 11": a total told bare a line or two after the scale was
  // named is the scale's, though the numbers said with its name were its answer range or item numbers.
  if (claim.unit === null && index.quantities.some((q) => isToldBareAfter(q, claim.key, index) && fits(q))) return { supported: true, alternatives: [] };
  // "how about your weight ? — it has gone up and down , i was one hundred and sixty three …": a large value said
  // bare, of nothing else, a while after its name was asked about, is the one asked about.
  // "Let me pop this in your ear … thirty-seven point eight": a decimal said bare, of nothing else, is as telling.
  if ((claim.value >= 100 || !Number.isInteger(claim.value)) && claim.den === undefined && index.quantities.some((q) => q.key === null && q.unit === null && q.den === undefined && q.cls === null && q.value === claim.value)) return { supported: true, alternatives: [] };
  // "Good girl... 34.2 kilos." and, later, "we're aiming for 30 kilos" after "weight loss": a value said in a unit only
  // a weight has, and of nothing else, is a weight too, though another weight was said nearer the word.
  if (claim.key === 'weight' && index.quantities.some((q) => q.key === null && q.cls === 'weight' && q.den === undefined && fits(q))) return { supported: true, alternatives: [] };
  // "INR goal 2-3" for "your target is two to three": a goal range is said as a range, often far from the name of
  // what it is a goal for, and is no reading to compare with the readings said of it.
  if (claim.target && claim.rangeEnd !== undefined && index.quantities.some((q) => q.key === null && q.value === claim.value && q.rangeEnd === claim.rangeEnd)) return { supported: true, alternatives: [] };
  if (said.length > 0) return { supported: false, alternatives: said, said: claim.key ?? undefined };
  // The transcript names no value for it: a mention of the value with the same unit, or said of nothing else, will do.
  const free = index.quantities.filter((q) => fits(q));
  return { supported: free.length > 0, alternatives: [] };
}

/** Milligrams in a unit of mass: a note's "1 g" is the "one thousand milligrams" said, "0.1 mg" the "100 micrograms". */
const MG_PER: Readonly<Record<string, number>> = { g: 1000, mg: 1, mcg: 0.001 };

/** The dose in each unit of mass it can be written in (just itself for other units). */
function convertDose(claim: NumberClaim): NumberClaim[] {
  const factor = MG_PER[claim.unit ?? ''];
  if (factor === undefined) return [claim];
  const to = (unit: string, per: number) => {
    const scale = (v: number) => Math.round((v * factor * 1e6) / per) / 1e6;
    return { ...claim, unit, value: scale(claim.value), ...(claim.rangeEnd !== undefined ? { rangeEnd: scale(claim.rangeEnd) } : {}) };
  };
  return Object.entries(MG_PER).map(([unit, per]) => (unit === claim.unit ? claim : to(unit, per)));
}

/**
 * A strength the conversation never gives for a drug it names — "Rx nitrofurantoin 100mg BD" where the doctor said
 * "one tablet twice a day" — is the prescriber's, written from the formulary: no dose of that drug, nor one said of
 * no drug in the same unit, is there to contradict it (an invented drug is the medication check's to find).
 */
function isPrescribersDose(claim: NumberClaim, index: QuantityIndex): boolean {
  const aliases = claim.drug?.aliases;
  if (!aliases) return false;
  if (index.quantities.some((q) => q.cls === 'dose' && (q.drug === null ? q.unit === claim.unit : q.drug.some((a) => aliases.includes(a))))) return false;
  // "ibuprofen four hundred three times a day": a bare number said with the drug's name is its strength.
  const stems = new Set(aliases.map(stemTopicWord));
  const namedIn = (turn: number) => [turn - 1, turn, turn + 1].some((t) => [...(index.turnStems.get(t) ?? [])].some((w) => stems.has(w)));
  return !index.quantities.some((q) => q.unit === null && q.cls === null && q.key === null && q.den === undefined && q.value >= 5 && namedIn(q.turn));
}

function judgeDose(claim: NumberClaim, index: QuantityIndex): Verdict {
  const readings = convertDose(claim);
  // "Metformin 1 g BD" for "metformin 1000 twice a day": a bare strength said in the drug's turn is in milligrams.
  const stems = new Set((claim.drug?.aliases ?? []).map(stemTopicWord));
  const bareOfDrug = (q: HeardQuantity, c: NumberClaim) => q.unit === null && q.cls === null && c.unit === 'mg' && c.value >= 10 && [...(index.turnStems.get(q.turn) ?? [])].some((w) => stems.has(w));
  // "four of ondansetron" for "ondansetron 4 mg": a bare number beside the drug's own name is its strength.
  const besideDrug = (q: HeardQuantity) => q.cls === null && q.drug !== null && q.drug.some((a) => claim.drug?.aliases.includes(a));
  const keyedDoses = claim.drug === null && claim.key !== null && index.quantities.some((q) => q.key === claim.key && q.cls === 'dose' && q.unit === claim.unit);
  const matches = index.quantities.filter((q) => q.den === undefined && q.cls !== 'time' && readings.some((c) => isWithinRange(c, q) && (c === claim ? doUnitsAgree(c, q) || besideDrug(q) : q.unit === c.unit || bareOfDrug(q, c))))
    // "Vitamin D 4000 units" where the conversation gives vitamin D as "1000 units": a number said bare of something
    // else ("about 4000 steps a day") is no dose of it.
    .filter((q) => !keyedDoses || q.unit !== null || q.key === claim.key);
  const alternatives = index.quantities.filter((q) => q.unit === claim.unit && !matches.includes(q));
  if (matches.length === 0) return isPrescribersDose(claim, index) ? { supported: true, alternatives: [] } : { supported: false, alternatives };
  const aliases = claim.drug?.aliases;
  if (!aliases || matches.some((q) => q.drug === null || q.drug.some((a) => aliases.includes(a)))) return { supported: true, alternatives: [] };
  // Every time the transcript says this dose it is about another drug.
  return { supported: false, alternatives: matches, said: `${matches[0]?.drug?.[0] ?? 'another drug'}` };
}

/** Exact conversions between neighbouring time units: 24 hours = 1 day, 14 days = 2 weeks, 18 months = 1.5 years. */
const TIME_STEPS: Readonly<Record<string, [string, number]>> = { minutes: ['hours', 60], hours: ['days', 24], days: ['weeks', 7], months: ['years', 12] };

/** The same time in the neighbouring units, so "24-48 hours" is compared with "a day or two". */
function convertTime(claim: NumberClaim): NumberClaim[] {
  const out: NumberClaim[] = [claim];
  const up = TIME_STEPS[claim.unit ?? ''];
  if (up) out.push({ ...claim, unit: up[0], value: claim.value / up[1], ...(claim.rangeEnd !== undefined ? { rangeEnd: claim.rangeEnd / up[1] } : {}) });
  const down = Object.entries(TIME_STEPS).find(([, [unit]]) => unit === claim.unit);
  if (down) out.push({ ...claim, unit: down[0], value: claim.value * down[1][1], ...(claim.rangeEnd !== undefined ? { rangeEnd: claim.rangeEnd * down[1][1] } : {}) });
  // "1.5/52" for "about ten days": half a week is no whole number of days, so the days either side count.
  if (claim.unit === 'weeks' && claim.rangeEnd === undefined && claim.value % 1 === 0.5) {
    for (const days of [Math.floor(claim.value * 7), Math.ceil(claim.value * 7)]) out.push({ ...claim, unit: 'days', value: days });
  }
  // A next visit "in a month" is the note's "4 weeks", and a history's "8 weeks" the patient's "two months" (months of
  // four weeks, as people count them; a single "4 weeks" is left to "a month" said ahead, where it is no change).
  if (claim.direction !== 'future' && !(claim.unit === 'weeks' && claim.value >= 8) && !(claim.unit === 'months' && claim.value >= 2)) return out;
  if (claim.unit === 'months') out.push({ ...claim, unit: 'weeks', value: claim.value * 4, ...(claim.rangeEnd !== undefined ? { rangeEnd: claim.rangeEnd * 4 } : {}) });
  if (claim.unit === 'weeks' && claim.value % 4 === 0) out.push({ ...claim, unit: 'months', value: claim.value / 4, ...(claim.rangeEnd !== undefined ? { rangeEnd: claim.rangeEnd / 4 } : {}) });
  return out;
}

/**
 * Whether a heard time is said of something the statement talks about, so "3 days of diarrhea" is not supported by
 * "the takeaway was 3 days ago": its own words and its question's, or, for a time said of nothing in particular, its
 * turn and the ones around it. Follow-up intervals have no such topic.
 */
function isSameTopic(topic: ReadonlySet<string>, q: HeardQuantity, index: QuantityIndex, reach = 2): boolean {
  if (topic.size === 0) return true;
  if (q.subject && [...q.subject].some((s) => topic.has(s))) return true;
  for (let t = q.turn - reach; t <= q.turn + 1; t += 1) for (const stem of index.turnStems.get(t) ?? []) if (topic.has(stem)) return true;
  return false;
}

/**
 * Statements of events with times of their own, which no complaint's time gives: the last period, a partner, sex.
 * (Smoking is left out: "smoked cannabis ~1.5/52 ago" takes a time the patient gives it in other words.)
 */
const LIFE_EVENT_RE = /\b(?:lmp|last (?:menstrual )?period|menstrua\w*|periods?\b(?!\s+of\b)|partner|relationship|upsi|usi)\b/i;

/** Topic stems that name no complaint of their own: "symptoms", GP "sx". */
const GENERIC_TOPICS = new Set(['sympt']);

const DAYS: Readonly<Record<string, number>> = { minutes: 1 / 1440, hours: 1 / 24, days: 1, weeks: 7, months: 30, years: 365 };

/**
 * A complaint's duration the clinician worked out from a day the conversation gives it ("the cough started on the
 * weekend" for "3/7 hx of cough"), when the conversation gives the complaint no count of its own: supported up to the
 * most days that day can mean (a weekday a week and a day back, the weekend ten days, "last week" fourteen).
 */
function isAnchoredFor(claim: NumberClaim, index: QuantityIndex, concepts: ReadonlySet<string>): boolean {
  if (claim.cls !== 'time' || claim.direction === 'future' || claim.followUp || concepts.size === 0 || readTimeline(claim, index, concepts).length > 0) return false;
  const days = claim.value * (DAYS[claim.unit ?? ''] ?? Infinity);
  return index.anchors.some((a) => days <= a.maxDays && [...a.concepts].some((c) => concepts.has(c)));
}

/**
 * "Weakness, fatigue and dark urine for one week": the time may be a complaint's the concept table does not hold ("my
 * pee has been a very dark color for about a week now"), said in words of the statement no concept of it covers.
 */
function isSaidOfOtherComplaint(claim: NumberClaim, readings: readonly NumberClaim[], index: QuantityIndex, topic: ReadonlySet<string>, concepts: ReadonlySet<string>): boolean {
  const covered = new Set([...concepts].flatMap((c) => readTopicWords(c.split(' '))));
  const own = [...topic].filter((w) => !covered.has(w) && !GENERIC_TOPICS.has(w));
  return index.quantities.some((q) => q.cls === 'time' && q.den === undefined && !q.frequency && !q.followUp && q.subject !== null && doDirectionsAgree(claim, q)
    && readings.some((c) => isWithinRange(c, q) && doUnitsAgree(c, q)) && own.some((w) => q.subject?.has(w)));
}

/**
 * "Crutches for 2 weeks" where the conversation says "take the crutches for the next two days": a time said of the
 * statement's own thing (two of its words in the time's own clause) in the same count and another unit is the one to
 * compare, not the same count said of something else ("two to three weeks" to recover). Only a time to come or an instruction of the plan: a past duration
 * has its own reading (the rivals below).
 */
function findOwnTimes(claim: NumberClaim, pool: readonly HeardQuantity[], topic: ReadonlySet<string>, planned: boolean): HeardQuantity[] {
  if (claim.cls !== 'time' || (claim.direction !== 'future' && !planned) || claim.direction === 'past' || claim.followUp || claim.vague) return [];
  // Only the same count in another unit, the mark of a unit slipped: a different count may be of a different step.
  return pool.filter((q) => q.cls === 'time' && !q.frequency && !q.followUp && q.den === undefined && q.direction !== 'past' && q.subject !== null
    && q.value === claim.value && q.unit !== claim.unit && [...q.subject].filter((s) => topic.has(s)).length >= 2);
}

/**
 * How long the patient has had a complaint ("I've had this cough for about ten days"): the history's time, which says
 * nothing of a time to come in the plan ("back to the GP if no better in 10 days", "next session in two weeks").
 */
function isComplaintDuration(q: HeardQuantity): boolean {
  return q.role === 'patient' && q.cls === 'time' && q.direction !== 'future' && !q.followUp && !q.frequency && (q.concepts?.size ?? 0) > 0;
}

function judgePlain(claim: NumberClaim, index: QuantityIndex, topic: ReadonlySet<string>, concepts: ReadonlySet<string> = new Set(), event = false, planned = false): Verdict {
  if (claim.cls === 'grade') return { supported: index.quantities.some((q) => q.value === claim.value && q.cls !== 'time'), alternatives: [] };
  const readings = claim.cls === 'time' ? convertTime(claim) : [claim];
  const ends = claim.rangeEnd === undefined ? readings : [...readings, ...convertTime({ ...claim, value: claim.rangeEnd, rangeEnd: claim.value })];
  const timeline = isOffTimeline(claim, ends, index, concepts);
  if (timeline && !isSaidOfOtherComplaint(claim, readings, index, topic, concepts)) return { supported: false, alternatives: timeline };
  if (isAnchoredFor(claim, index, concepts)) return { supported: true, alternatives: [] };
  // "If the weight goes up by 2 kg in 3 days, call the nurse": the same time said of the same thing supports it, even
  // where the transcript's indexer took it for an interval to the next contact.
  if (isSaidOfSameThing(claim, index, topic)) return { supported: true, alternatives: [] };
  // A time supports the claim when it is said of the same thing, or of nothing in particular ("this happened about
  // two days ago" is the visit's complaint).
  // The same value supports more readily than another rivals: its conversation may run a few turns back.
  // "Symptoms for 2-3 days" names no complaint: a time the history gives is the complaint's.
  const generic = topic.size > 0 && [...topic].every((w) => GENERIC_TOPICS.has(w));
  // A time of a life event (the last period, a partner, stopping smoking) is not the complaint's: a time said of
  // nothing in particular ("about two days ago") or of the complaint ("it's really for the last couple of days, it's
  // tummy pain") near the talk of periods does not support "LMP 2/7 ago".
  const ofEvent = claim.cls === 'time' && concepts.size === 0 && event;
  const isEventTime = (q: HeardQuantity) => q.subject === null || [...q.subject].some((s) => topic.has(s));
  const isAbout = (q: HeardQuantity) => claim.cls !== 'time' || (claim.direction === 'future' ? !isComplaintDuration(q)
    : (ofEvent ? isEventTime(q) && isSameTopic(topic, q, index, 3) : ((q.subject === null || generic) && q.line <= index.historyEnd) || isSameTopic(topic, q, index, 3)));
  // The next visit's interval is compared with the times said of the next visit, when the conversation says any: "a
  // couple of months" for the next blood test does not support "follow up in 2 months".
  const visits = claim.followUp ? index.quantities.filter((q) => q.followUp) : [];
  const pool = visits.length > 0 ? visits : selectCountPool(claim, index.quantities);
  const matches = pool.filter(
    (q) => q.den === undefined && (readings.some((c) => isWithinRange(c, q) && doUnitsAgree(c, q)) || isConvertedWeight(claim, q)) && doDirectionsAgree(claim, q) && isAbout(q),
  );
  const own = findOwnTimes(claim, pool, topic, planned);
  // "Start them in 2 or 3 days when the pain settles": the claim's own time said of anything it speaks of still holds.
  const heldToo = (q: HeardQuantity) => q.cls === 'time' && (q.subject === null || [...q.subject].some((s) => topic.has(s))) && ends.some((c) => isWithinRange(c, q) && doUnitsAgree(c, q));
  if (own.length > 0 && !pool.some(heldToo)) return { supported: false, alternatives: own };
  if (matches.length > 0 || isRangeAroundSaid(claim, pool, isAbout, topic, index)) return { supported: true, alternatives: [] };
  if (claim.cls === 'time' && claim.direction !== 'future') {
    // A duration the conversation gives no time for ("it happened on saturday") is the clinician's arithmetic; only a
    // different time said about the same thing contradicts it — or one said of nothing in particular, in the same
    // unit or with the same count ("about four days ago" against the note's "8 days", or its "4 weeks").
    // A time that says the claim's own value is no rival, whatever it is said of.
    const rivals = index.quantities.filter(
      (q) => q.cls === 'time' && !q.frequency && q.direction !== 'future' && doDirectionsAgree(claim, q)
        && (isSameTopic(topic, q, index) || ((q.subject === null || generic) && (q.unit === claim.unit || q.value === claim.value)) && (!generic || q.line <= index.historyEnd))
        && !readings.some((c) => isWithinRange(c, q) && doUnitsAgree(c, q)),
    );
    return { supported: rivals.length === 0, alternatives: rivals };
  }
  if (visits.length > 0) return { supported: false, alternatives: visits };
  const sameUnit = index.quantities.filter((q) => q.unit !== null && q.unit === claim.unit);
  // A limit the conversation gives no value for is a guideline ("<14 units/week"), not a measurement.
  if (claim.bound && sameUnit.length === 0) return { supported: true, alternatives: [] };
  return { supported: false, alternatives: sameUnit };
}

/**
 * A range drawn around a value said on its own — "3 to 3.5 pounds" for "three and a half pounds", "7-8 hours" of sleep
 * for "eight hours" — when nothing else in that unit is said of it. A range said as a range needs both its ends.
 */
function isRangeAroundSaid(claim: NumberClaim, pool: readonly HeardQuantity[], isAbout: (q: HeardQuantity) => boolean, topic: ReadonlySet<string>, index: QuantityIndex): boolean {
  if (claim.rangeEnd === undefined) return false;
  const partner: NumberClaim = { ...claim, value: claim.rangeEnd, rangeEnd: claim.value };
  const readings = partner.cls === 'time' ? convertTime(partner) : [partner];
  const alone = pool.filter((q) => q.den === undefined && q.rangeEnd === undefined && readings.some((c) => c.value === q.value && doUnitsAgree(c, q)) && doDirectionsAgree(claim, q) && isAbout(q));
  if (alone.length === 0) return false;
  return !pool.some((q) => q.unit === claim.unit && q.value !== partner.value && (claim.cls !== 'time' || isSameTopic(topic, q, index)));
}

function judgeRatio(claim: NumberClaim, index: QuantityIndex): Verdict {
  const match = index.quantities.some((q) => sameValue(claim, q));
  // "Rate it from zero to a hundred … Seventy.": a bare rating on a scale named up to a hundred is the note's "70/100".
  const rated = claim.den === 100 && index.hundredScale && index.scaleValues.has(claim.value);
  if (match || rated || isGradeSaidShort(claim, index)) return { supported: true, alternatives: [] };
  return { supported: false, alternatives: index.quantities.filter((q) => q.den !== undefined && q.den !== 10 && (claim.key === null || q.key === claim.key)) };
}

/**
 * A vague past time is met by any time of about its size the conversation says; only a time said of the same thing
 * (its own words or its question's share two of the statement's) that is not of that size contradicts it.
 */
function isSaidOfSameThing(claim: NumberClaim, index: QuantityIndex, topic: ReadonlySet<string>): boolean {
  return claim.cls === 'time' && index.quantities.some((q) => q.cls === 'time' && q.value === claim.value && q.unit === claim.unit && q.subject !== null
    && [...q.subject].filter((w) => topic.has(w)).length >= 2);
}

function judgeVague(claim: NumberClaim, index: QuantityIndex, topic: ReadonlySet<string>, concepts: ReadonlySet<string>): Verdict {
  // "nauseous for a couple of weeks" where the nausea lasted "a couple of days": the complaint's own times decide.
  const timeline = readTimeline(claim, index, concepts);
  if (timeline.length > 0) return timeline.some((q) => isAboutTheSize(claim, q)) ? { supported: true, alternatives: [] } : { supported: false, alternatives: timeline };
  const times = index.quantities.filter((q) => q.cls === 'time' && !q.frequency && !q.followUp && q.den === undefined && doDirectionsAgree(claim, q));
  if (times.some((q) => isAboutTheSize(claim, q))) return { supported: true, alternatives: [] };
  // "Reduce the amitriptyline to 10 mg for a month, and if the pain doesn't come back, the GP can stop it": the time the
  // indexer took for a follow-up interval is still said of the same thing, in the same words.
  if (isSaidOfSameThing(claim, index, topic)) return { supported: true, alternatives: [] };
  const rivals = times.filter((q) => q.subject !== null && [...q.subject].filter((s) => topic.has(s)).length >= 2);
  return { supported: rivals.length === 0, alternatives: rivals };
}

function judgeClaim(claim: NumberClaim, index: QuantityIndex, topic: ReadonlySet<string>, concepts: ReadonlySet<string>, event: boolean, planned: boolean): Verdict {
  if (claim.vague) return judgeVague(claim, index, topic, concepts);
  if (claim.cls === 'age') return judgeAge(claim, index.quantities);
  if (claim.den === 10) return judgeScore(claim, index);
  if (claim.key && claim.cls !== 'dose' && claim.cls !== 'time') return judgeKeyed(claim, index);
  if (claim.den !== undefined) return judgeRatio(claim, index);
  if (claim.cls === 'dose') return judgeDose(claim, index);
  return judgePlain(claim, index, topic, concepts, event, planned);
}

function describeHeard(q: HeardQuantity): string {
  return q.key && q.unit === null && q.den === undefined ? `${q.key} ${q.value}` : q.text;
}

function formatRange(a: NumberClaim, b: NumberClaim): string {
  const [lo, hi] = a.value <= b.value ? [a, b] : [b, a];
  return hi.text.replace(String(hi.value), `${lo.value}-${hi.value}`);
}

const ALCOHOL_WORDS = new Set(['etoh', 'alcohol', 'drinks', 'drink', 'drinking', 'drinker', 'wine', 'beer', 'beers', 'pints', 'lager', 'spirits']);
const DRINK_STEMS = ['pint', 'wine', 'beer', 'lager', 'spiri', 'glass', 'bottl', 'vodka', 'whisk', 'cider', 'drink', 'alcoh'];

function isAlcoholStatement(tokens: readonly string[]): boolean {
  return tokens.some((t) => ALCOHOL_WORDS.has(t));
}

/**
 * Units of alcohol are the clinician's sum of the drinks the patient describes ("a bottle of wine at the weekend" is
 * "EtOH ~10 units/week"): a note's units are judged only when the conversation itself counts units.
 */
function isDrinkingTold(index: QuantityIndex): boolean {
  if (index.quantities.some((q) => q.unit === 'units' && q.drug === null)) return false;
  return [...index.turnStems.values()].some((stems) => [...stems].some((s) => DRINK_STEMS.some((d) => s.startsWith(d))));
}

/**
 * Servings and volumes are judged only where the conversation counts them in the same unit itself ("two cups of rice",
 * "two litres a day"): "a bottle of wine", "a beer or two" or "six glasses of water" are the clinician's to write as
 * "1 bottle", "1-2 drinks", "1.5 L".
 */
function isServingCounted(claim: NumberClaim, index: QuantityIndex): boolean {
  return index.quantities.some((q) => q.cls === claim.cls && q.unit === claim.unit);
}

/**
 * A history's serving is what the patient counts ("3 bottles a day"), not the clinician's target for it ("cut down to
 * 1 bottle a day"): where the patient counts that serving, the clinician's counts of it are left out.
 */
function selectHeard(claim: NumberClaim, index: QuantityIndex, section: string | undefined): QuantityIndex {
  if (section !== 'subjective' || claim.cls !== 'serving') return index;
  const isServing = (q: HeardQuantity) => q.cls === 'serving' && q.unit === claim.unit;
  if (!index.quantities.some((q) => isServing(q) && q.role === 'patient')) return index;
  return { ...index, quantities: index.quantities.filter((q) => !isServing(q) || q.role !== 'clinician') };
}

/**
 * What a statement is about, with a medical term's everyday words beside it: "dysuria for 2 weeks" is about the
 * "burning when I pee" the patient timed, so that time is the one compared.
 */
const OPERATION_WORD = /(?:ectomy|otomy|ostomy|plasty|pexy|reconstruction|repair|replacement|fixation|arthroscopy|postop|post-op)$/;

function readStatementTopic(statement: string): Set<string> {
  const words = expandShorthand(normaliseTokens(statement));
  const lay = words.flatMap((w) => listMentionHints(w)).flatMap((hint) => hint.split(' ')).filter((w) => w.length >= 4);
  // "8 weeks s/p ACL reconstruction" is timed from "the surgery" or "the operation".
  const operated = words.some((w) => OPERATION_WORD.test(w)) ? ['surgery', 'operation'] : [];
  return new Set(readTopicWords([...words, ...lay, ...operated]));
}

/** Words after a time that tie it to an event it is counted from: "3 days after ED visit", "2 weeks post-op". */
const SINCE_EVENT = new Set(['after', 'post', 'following', 'since']);

/**
 * "Telephone f/u 3 days after ED visit": in the history a follow-up word names this visit, and a time counted from a
 * past event is how long ago that was, not the interval to the next visit (which the plan gives).
 */
function readElapsedTime(claim: NumberClaim, tokens: readonly string[]): NumberClaim {
  if (claim.cls !== 'time' || !claim.followUp || !SINCE_EVENT.has(tokens[claim.index + 2] ?? '')) return claim;
  const { followUp: _visit, ...rest } = claim;
  return { ...rest, direction: 'past' };
}

/** Numbers claimed in the statement that the transcript does not state for the same quantity. */
export function checkNumbers(statement: string, index: QuantityIndex, section?: string): NumberProblem[] {
  const problems: NumberProblem[] = [];
  const seen = new Set<string>();
  const topic = readStatementTopic(statement);
  const tokens = normaliseTokens(statement);
  const claims = extractNumberClaims(statement).map((c) => (section === 'subjective' ? readElapsedTime(c, tokens) : c));
  const reckoned = isAlcoholStatement(tokens) && isDrinkingTold(index);
  const failed = claims
    .filter((claim) => !(reckoned && claim.unit === 'units' && claim.drug === null) && !((claim.cls === 'serving' || claim.cls === 'volume') && !isServingCounted(claim, index)))
    .map((claim) => ({ claim, verdict: judgeClaim(claim, selectHeard(claim, index, section), topic, readDurationConcepts(tokens, claim.index, section), LIFE_EVENT_RE.test(statement), section === 'plan') })).filter((c) => !c.verdict.supported);
  for (const [at, { claim: end, verdict }] of failed.entries()) {
    // A range neither end of which is said is one unsupported fact: "2-3 hours", not "2 hours" and "3 hours".
    const partner = end.rangeEnd === undefined ? undefined : failed.find((o, k) => k !== at && o.claim.value === end.rangeEnd && o.claim.rangeEnd === end.value && o.claim.unit === end.unit);
    const claim = partner ? { ...end, text: formatRange(end, partner.claim) } : end;
    if (seen.has(claim.text)) continue;
    seen.add(claim.text);
    const others = [...new Set(verdict.alternatives.map(describeHeard))].filter((t) => t !== claim.text).slice(0, 3);
    let reason: string;
    if (claim.cls === 'dose' && verdict.said && claim.drug) {
      reason = `"${claim.text}" of ${claim.drug.name} is not in the transcript: it says ${claim.text} of ${verdict.said}`;
    } else if (verdict.said) {
      reason = `"${claim.text}" is not what the transcript says for ${verdict.said} (it says ${others.join(', ') || 'another value'})`;
    } else {
      reason = `"${claim.text}" does not appear in the transcript${others.length ? ` (it mentions ${others.join(', ')})` : ''}`;
    }
    problems.push({ phrase: claim.text, reason, lines: linesOf(verdict.alternatives) });
  }
  return problems;
}
