import { FRACTION_RE, NUMBER_RE, stemWord } from './tokenize.js';

/** Units whose values can only be compared with the very same unit (3 days ≠ 3 weeks, 5 mg ≠ 5 mcg). */
const STRICT_CLASSES = new Set(['time', 'dose']);

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
  ...defineUnits('dose', 'mL', 'ml', 'milliliter', 'millilitre', 'cc'),
  ...defineUnits('dose', 'units', 'unit', 'iu'),
  ...defineUnits('dose', 'meq', 'meq'),
  ...defineUnits('dose', 'g', 'g', 'gram'),
  ...defineUnits('dose', 'tablets', 'tablet', 'tab', 'pill', 'capsule', 'puff', 'drop'),
  ...defineUnits('weight', 'kg', 'kg', 'kilogram', 'kilo'),
  ...defineUnits('weight', 'lb', 'lb', 'pound'),
  ...defineUnits('length', 'cm', 'cm', 'centimeter', 'centimetre'),
  ...defineUnits('length', 'mm', 'mm', 'millimeter', 'millimetre'),
  ...defineUnits('length', 'in', 'inch', 'inche'),
  ...defineUnits('time', 'seconds', 'second', 'sec'),
  ...defineUnits('time', 'minutes', 'minute', 'min'),
  ...defineUnits('time', 'hours', 'hour', 'hr', 'h'),
  ...defineUnits('time', 'days', 'day'),
  ...defineUnits('time', 'nights', 'night'),
  ...defineUnits('time', 'weeks', 'week', 'wk'),
  ...defineUnits('time', 'months', 'month', 'mo'),
  ...defineUnits('time', 'years', 'year', 'yr'),
].sort((a, b) => b.phrase.length - a.phrase.length);

const SHORTHAND_PERIODS: Readonly<Record<number, string>> = { 7: 'days', 52: 'weeks', 12: 'months', 24: 'hours' };

export interface Quantity {
  value: number;
  /** Second number of a ratio such as 120/80 or 6/10. */
  den?: number;
  unit: string | null;
  cls: string | null;
  /** How the quantity reads in a reason ("20 mg", "120/80"). */
  text: string;
  index: number;
}

function readUnit(tokens: readonly string[], start: number): UnitDef | null {
  let i = start;
  while (tokens[i] === '-') i += 1;
  for (const def of UNIT_DEFS) {
    if (def.phrase.every((word, k) => stemWord(tokens[i + k] ?? '') === word || tokens[i + k] === word)) return def;
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

/** Finds every number in a normalised token stream with the unit that follows it, if any. */
export function extractQuantities(tokens: readonly string[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const fraction = FRACTION_RE.exec(token);
    if (fraction) {
      const value = Number(fraction[1]);
      const den = Number(fraction[2]);
      // British shorthand for durations: 3/7 = 3 days, 2/52 = 2 weeks, 6/12 = 6 months, 4/24 = 4 hours.
      const period = SHORTHAND_PERIODS[den];
      if (period && value <= den && Number.isInteger(value)) {
        found.push({ value, unit: period, cls: 'time', text: formatQuantity(value, undefined, period), index: i });
        continue;
      }
      found.push({ value, den, unit: null, cls: 'ratio', text: formatQuantity(value, den, null), index: i });
      continue;
    }
    if (/^\d+(?:\.\d+)?\+$/.test(token)) {
      const value = Number(token.slice(0, -1));
      found.push({ value, unit: '+', cls: 'grade', text: token, index: i });
      continue;
    }
    if (!NUMBER_RE.test(token)) continue;
    // A range ("5-6 weeks", "5 to 6 weeks") gives its unit to both ends.
    const joiner = tokens[i + 1];
    const rangeEnd = joiner === '-' || joiner === 'to' || joiner === 'or' ? tokens[i + 2] : undefined;
    const isRange = rangeEnd !== undefined && NUMBER_RE.test(rangeEnd);
    const def = readUnit(tokens, isRange ? i + 3 : i + 1);
    const value = Number(token);
    found.push({ value, unit: def?.unit ?? null, cls: def?.cls ?? null, text: formatQuantity(value, undefined, def?.unit ?? null), index: i });
  }
  return found;
}

/** The numbers a transcript mentions, indexed for support look-ups. */
export interface QuantityIndex {
  quantities: Quantity[];
  /** Every value mentioned at all, including both halves of ratios. */
  anyValue: Set<number>;
  /** Values said shortly after "scale" or "pain" ("on a scale of one to ten … it's like a nine"), which support "9/10". */
  scaleValues: Set<number>;
}

/** How many tokens after "scale" or "pain" a number is still taken as a rating ("my pain is a three"). */
const SCALE_REACH = 25;
const SCALE_WORDS = new Set(['scale', 'pain', 'level', 'rate', 'rating']);

export function indexQuantities(tokens: readonly string[]): QuantityIndex {
  const quantities = extractQuantities(tokens);
  const anyValue = new Set<number>();
  const scaleValues = new Set<number>();
  const scaleAt = tokens.flatMap((token, i) => (SCALE_WORDS.has(token) ? [i] : []));
  for (const q of quantities) {
    anyValue.add(q.value);
    if (q.den !== undefined) anyValue.add(q.den);
    if (q.den === undefined && scaleAt.some((s) => q.index > s && q.index - s <= SCALE_REACH)) scaleValues.add(q.value);
  }
  return { quantities, anyValue, scaleValues };
}

function doUnitsAgree(claim: Quantity, heard: Quantity): boolean {
  if (heard.unit === null || heard.cls === 'ratio') return claim.value >= 10 || !Number.isInteger(claim.value);
  if (claim.unit === heard.unit) return true;
  return claim.cls === heard.cls && !STRICT_CLASSES.has(claim.cls ?? '');
}

/** True when the transcript states the claimed quantity (same value, compatible unit). */
export function isQuantitySupported(claim: Quantity, index: QuantityIndex): boolean {
  if (claim.den !== undefined) {
    if (claim.den === 10 && index.scaleValues.has(claim.value)) return true;
    return index.quantities.some(
      (q) => (q.value === claim.value && q.den === claim.den) || (q.value === claim.den && q.den === undefined && hasValueJustBefore(index, q.index, claim.value)),
    );
  }
  if (claim.cls === 'grade') return index.quantities.some((q) => q.value === claim.value && q.cls !== 'time');
  if (claim.cls === 'any') return index.anyValue.has(claim.value);
  return index.quantities.some((q) => q.value === claim.value && q.den === undefined && doUnitsAgree(claim, q));
}

function hasValueJustBefore(index: QuantityIndex, position: number, value: number): boolean {
  return index.quantities.some((q) => q.value === value && q.index < position && position - q.index <= 4);
}

/** Up to three different quantities of the same kind the transcript does mention, for the reason text. */
export function describeAlternatives(claim: Quantity, index: QuantityIndex): string[] {
  const texts = new Set<string>();
  for (const q of index.quantities) {
    // A pain score is compared with scores, a blood pressure with other pressures.
    const sameKind = claim.den !== undefined ? q.den !== undefined && (q.den === 10) === (claim.den === 10) : q.unit !== null && q.unit === claim.unit;
    if (sameKind && q.text !== claim.text) texts.add(q.text);
  }
  return [...texts].slice(0, 3);
}
