/**
 * A dose taken as several tablets of one strength: "the 500s, two pills every six hours", "two 200 milligram tablets",
 * "the 10 mg ones, I take three of them". The note writes what is taken at once ("1000 mg every 6 hours"), the
 * product the conversation never says as one number.
 */
import type { Quantity } from './quantities.js';

/** How far apart (tokens, same line) a strength and the count of its tablets may be said. */
const COUNT_REACH = 8;
/** How far before a bare strength ("the 500s") a drug must be named for it to be milligrams of that drug. */
const DRUG_REACH = 12;
/** Counts of tablets taken at once: one is the strength itself, more than four is a supply. */
const MIN_COUNT = 2;
const MAX_COUNT = 4;
/** The smallest bare number read as a strength in milligrams ("the 500s"), not a count or a time. */
const MIN_BARE_STRENGTH = 50;
const MASS_UNITS = new Set(['mg', 'mcg', 'g']);
/** Words that make a bare number after them a count of tablets: "take 3 of them", "two of those". */
const OF_TABLETS = new Set(['them', 'those', 'these', 'the']);
const TABLET_WORD_RE = /^(?:tab|tablet|pill|capsule|cap)s?$/;

interface DrugHit {
  index: number;
  length: number;
}

function isCountValue(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_COUNT && value <= MAX_COUNT;
}

/** A strength in mass, said with its unit or bare just after the drug's name ("tylenol . the 500 s"). */
function readStrength(q: Quantity, drugs: readonly DrugHit[]): Quantity | null {
  if (q.den !== undefined || q.rangeEnd !== undefined) return null;
  if (q.cls === 'dose' && MASS_UNITS.has(q.unit ?? '')) return q;
  if (q.cls !== null || q.unit !== null || q.value < MIN_BARE_STRENGTH) return null;
  const named = drugs.some((d) => d.index + d.length <= q.index && q.index - (d.index + d.length) <= DRUG_REACH);
  return named ? { ...q, unit: 'mg', cls: 'dose' } : null;
}

/** Whether a quantity counts tablets: "2 pills", or a bare "2" right before the strength or before "of them". */
function isTabletCount(q: Quantity, strength: Quantity, tokens: readonly string[]): boolean {
  if (q.den !== undefined || q.rangeEnd !== undefined || !isCountValue(q.value)) return false;
  // Puffs, drops and sprays are how a strength is given, which a note keeps apart ("110 mcg, 2 puffs").
  if (q.cls === 'count') return TABLET_WORD_RE.test(tokens[q.index + 1] ?? '');
  if (q.cls !== null || q.unit !== null) return false;
  return q.index === strength.index - 1 || (tokens[q.index + 1] === 'of' && OF_TABLETS.has(tokens[q.index + 2] ?? ''));
}

/**
 * The doses a transcript says as a count of tablets of a strength, each placed at its strength (so the drug named
 * there is its drug); only where a line says one strength, so two strengths are never mixed.
 */
export function readTakenDoses(said: readonly Quantity[], tokens: readonly string[], drugs: readonly DrugHit[], lineOf: (index: number) => number): Quantity[] {
  const taken: Quantity[] = [];
  for (const q of said) {
    const strength = readStrength(q, drugs);
    if (!strength) continue;
    const line = lineOf(q.index);
    const sameLine = said.filter((o) => o !== q && lineOf(o.index) === line && Math.abs(o.index - q.index) <= COUNT_REACH);
    if (sameLine.some((o) => o.cls === 'dose' && o.value !== q.value)) continue;
    const count = sameLine.find((o) => isTabletCount(o, strength, tokens));
    if (!count) continue;
    const value = count.value * strength.value;
    taken.push({ value, unit: strength.unit, cls: 'dose', text: `${value} ${strength.unit ?? ''}`.trim(), index: strength.index, direction: null });
  }
  return taken;
}
