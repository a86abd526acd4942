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

/**
 * Names of other measurements: a bare number after one of them is that measurement, not a repeat of the weight
 * ("70 kilos and your waist is 80", "weight 72 kilos, pulse 68").
 */
export const OTHER_MEASURES = new Set([
  'pulse', 'heart', 'hr', 'rate', 'waist', 'hip', 'hips', 'height', 'tall', 'bmi', 'sats', 'saturation', 'saturations', 'oxygen',
  'temp', 'temperature', 'bp', 'pressure', 'respiratory', 'resp', 'rr', 'breathing', 'age', 'aged', 'glucose', 'sugar', 'sugars',
  'hba1c', 'cholesterol', 'circumference', 'head', 'score', 'pain', 'out', 'scale', 'level', 'reading', 'peak', 'flow',
]);

/** The quantities with a bare repeat of a measurement given the unit of the one it follows. */
export function inheritRepeatedUnits(quantities: readonly Quantity[], lineOf: (index: number) => number, tokens: readonly string[] = []): Quantity[] {
  return quantities.map((q, k) => {
    if (q.unit !== null || q.cls !== null || q.den !== undefined || q.rangeEnd !== undefined) return q;
    const before = quantities[k - 1];
    if (!before || !before.unit || !REPEATED_CLASSES.has(before.cls ?? '') || before.den !== undefined) return q;
    if (q.index - before.index > REPEAT_REACH || lineOf(q.index) !== lineOf(before.index)) return q;
    if (Math.abs(q.value - before.value) > before.value * REPEAT_RATIO) return q;
    if (tokens.slice(before.index + 1, q.index).some((t) => OTHER_MEASURES.has(t))) return q;
    return { ...q, unit: before.unit, cls: before.cls, text: before.text.replace(String(before.value), String(q.value)) };
  });
}
