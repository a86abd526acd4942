/**
 * A measurement said twice in one breath names its unit once: "I was 68 kilos when I started, and this morning I
 * was 65". The bare second value is the same kind of measurement, so a note's "65 kg" is what was said.
 */
import type { Quantity } from './quantities.js';

/** Measurements whose repeat is said bare; doses and times are left alone (a bare number after "5 mg" is often a count). */
const REPEATED_CLASSES = new Set(['weight', 'temperature', 'length']);
/** How far (tokens) the bare value may follow the one with a unit. */
const REPEAT_REACH = 14;
/** How far apart the two may be: a repeat of a weight is a close weight, not an age or a dose. */
const REPEAT_RATIO = 0.2;

/** The quantities with a bare repeat of a measurement given the unit of the one it follows. */
export function inheritRepeatedUnits(quantities: readonly Quantity[], lineOf: (index: number) => number): Quantity[] {
  return quantities.map((q, k) => {
    if (q.unit !== null || q.cls !== null || q.den !== undefined || q.rangeEnd !== undefined) return q;
    const before = quantities[k - 1];
    if (!before || !before.unit || !REPEATED_CLASSES.has(before.cls ?? '') || before.den !== undefined) return q;
    if (q.index - before.index > REPEAT_REACH || lineOf(q.index) !== lineOf(before.index)) return q;
    if (Math.abs(q.value - before.value) > before.value * REPEAT_RATIO) return q;
    return { ...q, unit: before.unit, cls: before.cls, text: before.text.replace(String(before.value), String(q.value)) };
  });
}
