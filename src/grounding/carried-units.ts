/**
 * A timed test's unit is said once and carried through the talk about it: "Timed up and go is 14 seconds. — Is 14
 * good? — It's better than last time, it was 17. Over about 13 and a half we think about fall risk", and minutes later
 * "getting that timed up and go under 12". The bare values are seconds of the same test, so a note's "17 seconds
 * previously" or "TUG under 12 seconds" is what was said.
 */
import type { Quantity } from './quantities.js';
import { OTHER_MEASURES } from './repeated-units.js';

/** Units of timed tests, which speakers drop once said; times of days or weeks are left alone (a bare count follows them often). */
const CARRIED_UNITS = new Set(['seconds']);
/** How many turns the unit carries without the test being named again. */
const CARRY_TURNS = 3;
/** How far apart the values may be: a retest, a previous result or a cut-off is of the same size. */
const CARRY_RATIO = 0.5;
/** How many words before a value may name its test. */
const NAME_REACH = 5;
/** Words too common to name a test. */
const NAME_STOPWORDS = new Set(['the', 'a', 'an', 'is', 'was', 'and', 'that', 'it', 'your', 'you', 'of', 'to', 'at', 'in', 'on', 'so', 'be', 'we', 'i', 'get', 'getting', 'for']);

interface Place {
  turn: number;
}

/** The words a speaker names a test by: those just before its value. */
function readNameWords(tokens: readonly string[], at: number): Set<string> {
  return new Set(tokens.slice(Math.max(0, at - NAME_REACH), at).filter((t) => /^[a-z]+$/.test(t) && !NAME_STOPWORDS.has(t)));
}

/** Whether a bare value is said under the test's own name again: two of the naming words before it. */
function isNamedAgain(tokens: readonly string[], timed: Quantity, bare: Quantity): boolean {
  const name = readNameWords(tokens, timed.index);
  return [...readNameWords(tokens, bare.index)].filter((w) => name.has(w)).length >= 2;
}

/** The quantities with a bare value of a timed test given the test's unit. */
export function carryTestUnits(quantities: readonly Quantity[], placeOf: (index: number) => Place, tokens: readonly string[]): Quantity[] {
  return quantities.map((q, k) => {
    if (q.unit !== null || q.cls !== null || q.den !== undefined) return q;
    const timed = quantities.slice(0, k).reverse().find((p) => p.unit !== null && CARRIED_UNITS.has(p.unit) && p.den === undefined);
    if (!timed || Math.abs(q.value - timed.value) > timed.value * CARRY_RATIO) return q;
    // A value after another measurement's name is that measurement's: "held it 20 seconds, pulse 18".
    if (tokens.slice(Math.max(timed.index + 1, q.index - NAME_REACH), q.index).some((t) => OTHER_MEASURES.has(t))) return q;
    // "Last month it was nineteen and a half": a time said with the value dates it and does not end the test's talk.
    const close = placeOf(q.index).turn - placeOf(timed.index).turn <= CARRY_TURNS;
    if (!close && !isNamedAgain(tokens, timed, q)) return q;
    const rangeEnd = q.rangeEnd === undefined ? '' : `-${q.rangeEnd}`;
    return { ...q, unit: timed.unit, cls: timed.cls, direction: null, text: `${q.value}${rangeEnd} ${timed.unit}` };
  });
}
