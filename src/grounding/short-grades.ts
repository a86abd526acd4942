/**
 * Muscle-power and reflex grades said the short way: "external rotation, I'd call that a 4 out of 5 on the right … left
 * is a 5" grades the left 5/5. A clinician names the scale once and gives the next grade as a bare number, so a note's
 * "5/5" is met by that bare 5 where the same line gives another grade out of five or the turn talks of strength.
 */
import { stemTopicWord, type QuantityIndex } from './transcript-quantities.js';
import type { Quantity } from './quantities.js';

/** Stems of the words a strength examination is told in ("strength", "power", "grip", "resist me"). */
const STRENGTH_STEMS = new Set(['strength', 'power', 'grip', 'resist'].map(stemTopicWord));

/** Whether the transcript gives the claim's grade out of five as a bare number in a strength examination. */
export function isGradeSaidShort(claim: Quantity, index: QuantityIndex): boolean {
  if (claim.den !== 5 || claim.value > 5) return false;
  const isStrengthTalk = (turn: number) => [...(index.turnStems.get(turn) ?? [])].some((w) => STRENGTH_STEMS.has(w));
  return index.quantities.some((q) => q.den === undefined && q.unit === null && q.cls === null && q.value === claim.value
    && (index.quantities.some((g) => g.den === 5 && g.line === q.line) || isStrengthTalk(q.turn)));
}
