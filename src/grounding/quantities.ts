import { FRACTION_RE, NUMBER_RE, stemWord } from './tokenize.js';

/** Units whose values can only be compared with the very same unit (3 days ≠ 3 weeks, 5 mg ≠ 5 mcg, 20 kg ≠ 20 lb). */
const STRICT_CLASSES = new Set(['time', 'dose', 'serving', 'weight', 'length']);

interface UnitDef {
  phrase: readonly string[];
  unit: string;
  cls: string;
}

function defineUnits(cls: string, unit: string, ...phrases: string[]): UnitDef[] {
  return phrases.map((phrase) => ({ phrase: phrase.split(' '), unit, cls }));
}

/** Unit spellings after stemming, longest phrases first so "mg / dl" wins over "mg". */
const UNIT_DEFS: readonly UnitDef[] = [
  ...defineUnits('conc', 'mg/dL', 'mg / dl', 'milligram per deciliter'),
  ...defineUnits('conc', 'g/dL', 'g / dl', 'gram per deciliter'),
  ...defineUnits('conc', 'mmol/L', 'mmol / l', 'mmol'),
  ...defineUnits('conc', 'ng/mL', 'ng / ml', 'nanogram per milliliter'),
  ...defineUnits('conc', 'mEq/L', 'meq / l'),
  ...defineUnits('pressure', 'mmHg', 'mmhg', 'mm hg', 'millimeter of mercury'),
  ...defineUnits('rate', '/min', '/ min', 'per minute', 'beat per minute', 'beat a minute', 'breath per minute', 'breath a minute', 'time a minute', 'time per minute', 'bpm'),
  ...defineUnits('percent', '%', '%', 'percent', 'per cent'),
  ...defineUnits('temperature', '°', '° f', '° c', '°', 'degree fahrenheit', 'degree celsius', 'degree'),
  ...defineUnits('dose', 'mg', 'mg', 'milligram', 'milligrams', 'mgs'),
  ...defineUnits('dose', 'mcg', 'mcg', 'microgram'),
  ...defineUnits('dose', 'mL', 'ml', 'mls', 'mils', 'milliliter', 'millilitre', 'cc'),
  ...defineUnits('dose', 'units', 'unit', 'iu'),
  ...defineUnits('dose', 'meq', 'meq'),
  ...defineUnits('dose', 'g', 'g', 'gram'),
  ...defineUnits('count', 'tablets', 'tablet', 'tab', 'pill', 'capsule', 'puff', 'drop', 'spray', 'patch'),
  // Servings of food and drink: "rice 2 cups a meal", "4 pints on a Saturday", "3 bottles of cola a day". A serving
  // is compared only with the same kind of serving (2 cups of tea are not 2 glasses of wine).
  ...defineUnits('serving', 'cups', 'cup', 'mug'),
  ...defineUnits('serving', 'glasses', 'glass', 'glasse'),
  ...defineUnits('serving', 'bottles', 'bottle'),
  ...defineUnits('serving', 'cans', 'can'),
  ...defineUnits('serving', 'pints', 'pint'),
  ...defineUnits('serving', 'drinks', 'drink', 'beer', 'shot'),
  ...defineUnits('serving', 'slices', 'slice'),
  ...defineUnits('serving', 'servings', 'serving', 'portion'),
  ...defineUnits('volume', 'L', 'l', 'litre', 'liter'),
  ...defineUnits('weight', 'kg', 'kg', 'kilogram', 'kilo'),
  ...defineUnits('weight', 'lb', 'lb', 'pound'),
  ...defineUnits('weight', 'st', 'stone'),
  ...defineUnits('length', 'cm', 'cm', 'centimeter', 'centimetre'),
  ...defineUnits('length', 'mm', 'mm', 'millimeter', 'millimetre'),
  ...defineUnits('length', 'in', 'inch', 'inche'),
  ...defineUnits('time', 'seconds', 'second', 'sec'),
  ...defineUnits('time', 'minutes', 'minute', 'min'),
  ...defineUnits('time', 'hours', 'hour', 'hr', 'hrs', 'h'),
  ...defineUnits('time', 'days', 'day', 'dys', 'd'),
  ...defineUnits('time', 'nights', 'night'),
  ...defineUnits('time', 'weeks', 'week', 'wk', 'wks', 'w'),
  ...defineUnits('time', 'months', 'month', 'mo', 'mos', 'mth', 'mths'),
  ...defineUnits('time', 'years', 'year', 'yr', 'yrs'),
].sort((a, b) => b.phrase.length - a.phrase.length);

const SHORTHAND_PERIODS: Readonly<Record<number, string>> = { 7: 'days', 52: 'weeks', 12: 'months', 24: 'hours' };
/** Words a written day and month follow. */
const DATE_LEADS = new Set(['lmp', 'edd', 'dob', 'edc']);

export type Direction = 'past' | 'future' | null;

export interface Quantity {
  value: number;
  /** Second number of a ratio such as 120/80 or 6/10. */
  den?: number;
  /** The other end of a range ("5-6 weeks", "24 to 48 hours"). */
  rangeEnd?: number;
  unit: string | null;
  cls: string | null;
  /** How the quantity reads in a reason ("20 mg", "120/80"). */
  text: string;
  index: number;
  /** For times: whether it looks back ("3 days ago", "for the past week") or ahead ("in 2 weeks"). */
  direction: Direction;
}

function readUnit(tokens: readonly string[], start: number): UnitDef | null {
  let i = start;
  while (tokens[i] === '-') i += 1;
  for (const def of UNIT_DEFS) {
    if (def.phrase.every((word, k) => stemWord(tokens[i + k] ?? '') === word || tokens[i + k] === word)) {
      // A lone "d", "w" or "h" is a unit only right after the number ("3-5d", "2w"), not "a 2 h pylori test" or "w/".
      if (def.phrase.length === 1 && (def.phrase[0] ?? '').length === 1 && def.phrase[0] !== 'g' && i !== start) return null;
      return def;
    }
  }
  return null;
}

function formatQuantity(value: number, den: number | undefined, unit: string | null): string {
  const number = den === undefined ? String(value) : `${value}/${den}`;
  if (!unit || den !== undefined) return number;
  if (unit === '%' || unit === '°') return `${number}${unit}`;
  // Time units are stored plural ("weeks"); "1 week" reads better in a reason.
  return `${number} ${value === 1 && /[a-z]s$/.test(unit) && unit !== 'units' ? unit.slice(0, -1) : unit}`;
}

const PAST_BEFORE = new Set(['past', 'last', 'since', 'been', 'ago', 'previous', 'previously', 'prior']);
const SENTENCE_ENDS = new Set(['.', '?', '!', ';']);
const FUTURE_BEFORE = new Set(['in', 'within', 'next', 'another', 'coming', 'until']);

/** Whether a time looks back or ahead, from the words around it. */
/** Whether "in" before a time follows an amount with its unit ("3 kilos in", "two stone in"). */
function isChangeBefore(tokens: readonly string[], index: number): boolean {
  const k = tokens.lastIndexOf('in', index - 1);
  const unit = tokens[k - 1] ?? '';
  return k >= 2 && NUMBER_RE.test(tokens[k - 2] ?? '') && UNIT_DEFS.some((d) => d.cls !== 'time' && d.phrase.length === 1 && (unit === d.phrase[0] || stemWord(unit) === d.phrase[0]));
}

export function readDirection(tokens: readonly string[], index: number, end: number): Direction {
  // "see you in six weeks. Before then, keep a diary": a word after the sentence ends is not said of this time.
  const stop = tokens.slice(end, end + 2).findIndex((t) => SENTENCE_ENDS.has(t));
  const after = tokens.slice(end, stop === -1 ? end + 2 : end + stop);
  if (after.includes('ago') || after.includes('prior') || after.includes('before')) return 'past';
  if (after[0] === 'time' || (after[0] === 'from' && after[1] === 'now')) return 'future';
  const before = tokens.slice(Math.max(0, index - 3), index).filter((t) => !['about', 'around', 'approximately', 'the', 'a', 'roughly', 'like', 'maybe', 'over', 'for'].includes(t));
  const nearest = before[before.length - 1];
  // "three kilos in three months", "2 stone in a year": the span a change took, not a time ahead.
  if (nearest === 'in' && isChangeBefore(tokens, index)) return null;
  if (nearest && FUTURE_BEFORE.has(nearest)) return 'future';
  if (before.some((t) => PAST_BEFORE.has(t))) return 'past';
  return null;
}

/** "57 year old", "age 57", "57 yo": an age, which the chart rather than the conversation often supplies. */
function isAge(tokens: readonly string[], index: number, unitEnd: number, def: UnitDef | null): boolean {
  if (def?.unit === 'years' && tokens[unitEnd] === 'old') return true;
  // An infant's or a child's age: "a 2-month-old", "a 5-year, 5-month-old male".
  if (def?.cls === 'time' && def.unit !== 'years' && tokens[unitEnd] === 'old') return true;
  if (def?.unit === 'years' && [',', 'and'].includes(tokens[unitEnd] ?? '') && NUMBER_RE.test(tokens[unitEnd + 1] ?? '') && tokens[unitEnd + 3] === 'old') return true;
  if (!def && (tokens[index + 1] === 'yo' || (tokens[index + 1] === 'y' && tokens[index + 3] === 'o'))) return true;
  // A note's "15F", "A 72M": a whole age with the sex's letter, opening the statement.
  if (!def && /^\d{1,3}$/.test(tokens[index] ?? '') && ['f', 'm'].includes(tokens[index + 1] ?? '') && (index === 0 || ['a', 'an', ':'].includes(tokens[index - 1] ?? ''))) return true;
  // "age 57", "aged 16yrs".
  return (tokens[index - 1] === 'age' || tokens[index - 1] === 'aged') && (!def || def.unit === 'years');
}

/** Body temperatures in each scale: a letter after a value in its range is the scale, not a sex or a grade. */
const TEMPERATURE_LETTERS: Readonly<Record<string, readonly [number, number]>> = { f: [93, 110], c: [34, 43] };

/** "Tmax 101.2 F", "temp 38.4 C": the scale's bare letter after a body temperature is its unit. */
function readTemperatureLetter(tokens: readonly string[], start: number, value: number): UnitDef | null {
  const range = TEMPERATURE_LETTERS[tokens[start] ?? ''];
  if (!range || value < range[0] || value > range[1]) return null;
  return { phrase: [tokens[start] as string], unit: '°', cls: 'temperature' };
}

function unitSpan(tokens: readonly string[], start: number, def: UnitDef): number {
  let i = start;
  while (tokens[i] === '-') i += 1;
  return i + def.phrase.length;
}

/**
 * A spoken range said by counting, "two three days", "four five six seven days": whole numbers each one more than the
 * last, straight before a time unit. Returns how many numbers follow the first (0 when it is no such run).
 */
function countCountingRun(tokens: readonly string[], i: number): number {
  let k = i;
  while (/^\d+$/.test(tokens[k + 1] ?? '') && Number(tokens[k + 1]) === Number(tokens[k]) + 1 && Number(tokens[k]) < 12) k += 1;
  return k > i && readUnit(tokens, k + 1)?.cls === 'time' ? k - i : 0;
}

/** "2/2 cipro", "2/2 to dehydration": the shorthand for "secondary to", followed by the cause in words. */
function isSecondaryTo(tokens: readonly string[], i: number, value: number, den: number): boolean {
  return value === 2 && den === 2 && /^[a-z]/.test(tokens[i + 1] ?? '') && !readUnit(tokens, i + 1);
}

/** Finds every number in a normalised token stream with the unit that follows it, if any. */
export function extractQuantities(tokens: readonly string[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const raw = tokens[i] as string;
    // GP shorthand "cough x3 days": the "x" is "for".
    const token = /^x\d+$/.test(raw) && readUnit(tokens, i + 1)?.cls === 'time' ? raw.slice(1) : raw;
    const fraction = FRACTION_RE.exec(token);
    if (fraction) {
      const value = Number(fraction[1]);
      const den = Number(fraction[2]);
      // "INR 2/2 ciprofloxacin-warfarin interaction": US shorthand for "secondary to" before a cause, not a ratio.
      if (isSecondaryTo(tokens, i, value, den)) continue;
      // British shorthand for durations: 3/7 = 3 days, 2/52 = 2 weeks, 6/12 = 6 months, 4/24 = 4 hours; a half is
      // written too ("1.5/52 ago" for "a week and a half ago"), and counts past the period ("10/7 supply", "18/12").
      // "LMP 3/3", "EDD 12/10": a day and month, not a ratio nor a duration.
      // "LMP 2/7 ago" is still 2 days: a period's denominator, or "ago", keeps the GP shorthand.
      if (DATE_LEADS.has(tokens[i - 1] ?? '') && !SHORTHAND_PERIODS[den] && tokens[i + 1] !== 'ago' && den <= 12 && value >= 1 && value <= 31 && Number.isInteger(value)) continue;
      // Obstetric shorthand: "28/40" is 28 weeks of a 40-week pregnancy, "from 12/40" twelve weeks.
      if (den === 40 && value <= 42 && Number.isInteger(value * 7)) {
        found.push({ value, unit: 'weeks', cls: 'time', text: formatQuantity(value, undefined, 'weeks'), index: i, direction: readDirection(tokens, i, i + 1) });
        continue;
      }
      const period = SHORTHAND_PERIODS[den];
      if (period && value <= den * 3 && Number.isInteger(value * 2)) {
        found.push({ value, unit: period, cls: 'time', text: formatQuantity(value, undefined, period), index: i, direction: readDirection(tokens, i, i + 1) });
        continue;
      }
      found.push({ value, den, unit: null, cls: 'ratio', text: formatQuantity(value, den, null), index: i, direction: null });
      continue;
    }
    if (/^\d+(?:\.\d+)?\+$/.test(token)) {
      found.push({ value: Number(token.slice(0, -1)), unit: '+', cls: 'grade', text: token, index: i, direction: null });
      continue;
    }
    if (!NUMBER_RE.test(token)) continue;
    // "running in the one twenties": a number before a decade word is part of a spoken range, not a value of its own.
    if (/^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|teens|hundreds)$/.test(tokens[i + 1] ?? '')) continue;
    // A range ("5-6 weeks", "5 to 6 weeks") gives its unit to both ends.
    const joiner = tokens[i + 1];
    const run = countCountingRun(tokens, i);
    const rangeEnd = run > 0 ? tokens[i + run] : joiner === '-' || joiner === 'to' || joiner === 'or' ? tokens[i + 2] : undefined;
    // "diagnosed in 12-2019" is a month and its year, not the values 12 to 2019 (which would support any dose between).
    const isMonthYear = run === 0 && Number(token) <= 12 && /^(?:19|20)\d\d$/.test(rangeEnd ?? '');
    const isRange = rangeEnd !== undefined && NUMBER_RE.test(rangeEnd) && !isMonthYear;
    const unitStart = run > 0 ? i + run + 1 : isRange ? i + 3 : i + 1;
    const def = readUnit(tokens, unitStart) ?? readTemperatureLetter(tokens, unitStart, Number(token));
    const end = def ? unitSpan(tokens, unitStart, def) : unitStart;
    const value = Number(token);
    if (isAge(tokens, i, end, def)) {
      const unit = def && def.unit !== 'years' ? def.unit : 'years';
      found.push({ value, unit, cls: 'age', text: unit === 'years' ? `age ${value}` : `age ${value} ${unit}`, index: i, direction: null });
      continue;
    }
    const direction = def?.cls === 'time' ? readDirection(tokens, i, end) : null;
    // UK alcohol units ("14 units/week") are counts, not a dose.
    const cls = def?.unit === 'units' && ['/', 'per', 'a', 'pw'].includes(tokens[end] ?? '') && /^(?:week|wk|pw)/.test(tokens[end + 1] ?? tokens[end] ?? '') ? 'count' : (def?.cls ?? null);
    const q: Quantity = { value, unit: def?.unit ?? null, cls, text: formatQuantity(value, undefined, def?.unit ?? null), index: i, direction };
    if (isRange) q.rangeEnd = Number(rangeEnd);
    found.push(q);
    // The other end of a range is a quantity of its own, with the same unit, pointing back at this one.
    if (isRange && def) {
      found.push({ ...q, value: Number(rangeEnd), rangeEnd: value, text: formatQuantity(Number(rangeEnd), undefined, def.unit), index: run > 0 ? i + run : i + 2 });
      i += run > 0 ? run : 2;
    }
  }
  return carryServings(tokens, found);
}

/** "two cups in the morning, sometimes three": a bare count said just after a serving, in its clause, is more of it. */
function carryServings(tokens: readonly string[], found: readonly Quantity[]): Quantity[] {
  return found.map((q, k) => {
    const before = found[k - 1];
    if (q.unit !== null || q.cls !== null || before?.cls !== 'serving' || q.index - before.index > 10) return q;
    if (tokens.slice(before.index + 1, q.index).some((t) => ['.', '?', ';', '!'].includes(t))) return q;
    return { ...q, unit: before.unit, cls: 'serving', text: formatQuantity(q.value, undefined, before.unit) };
  });
}

/** True when the units of a claim and of a transcript mention can describe the same quantity. */
export function doUnitsAgree(claim: Quantity, heard: Quantity): boolean {
  if (claim.cls === 'count') return heard.unit === null || heard.unit === claim.unit;
  if (claim.cls === 'time') return heard.unit === claim.unit;
  if (heard.unit === null || heard.cls === 'ratio') return claim.value >= 10 || !Number.isInteger(claim.value) || claim.cls === 'percent';
  if (claim.unit === heard.unit) return true;
  return claim.cls === heard.cls && !STRICT_CLASSES.has(claim.cls ?? '');
}

export function doDirectionsAgree(claim: Quantity, heard: Quantity): boolean {
  return claim.direction === null || heard.direction === null || claim.direction === heard.direction;
}

/**
 * A value is supported by the same value or a range around it ("a couple of hours" supports "2 hours"); one end of a
 * range claim ("review in 3-5 days") by a value inside the range.
 */
export function isWithinRange(claim: Quantity, heard: Quantity): boolean {
  if (heard.value === claim.value) return true;
  // "review in 3-5 days" is met by "in four days"; a history's "6 to 8 weeks" needs each end said.
  if (claim.direction === 'future' && claim.rangeEnd !== undefined && heard.value >= Math.min(claim.value, claim.rangeEnd) && heard.value <= Math.max(claim.value, claim.rangeEnd)) return true;
  if (heard.rangeEnd === undefined) return false;
  // A range claimed against a range said: its ends are the said ends ("6 to 8 weeks" is not "7 to 8 weeks").
  if (claim.rangeEnd !== undefined) return claim.value === heard.rangeEnd;
  return claim.value >= Math.min(heard.value, heard.rangeEnd) && claim.value <= Math.max(heard.value, heard.rangeEnd);
}
