/**
 * Counts of a medicine's units: "paracetamol 1 tab BD" where the patient said "two tablets in the morning and two at
 * night". A count is said bare as often as with its unit ("take one in the morning"), so a bare number meets it — but
 * where the conversation counts that very unit, only a bare number said in talk of a count or a dose is one: the
 * "one" of "it's been weeping, one pad a day" or of "just one more thing" is not the tablets' count.
 */
import type { Quantity } from './quantities.js';
import type { HeardQuantity } from './transcript-quantities.js';

/** The heard quantities that may meet a count claim. */
export function selectCountPool(claim: Quantity, quantities: readonly HeardQuantity[]): readonly HeardQuantity[] {
  if (claim.cls !== 'count') return quantities;
  const counted = quantities.filter((q) => q.cls === 'count' && q.unit === claim.unit);
  if (counted.length === 0) return quantities;
  const talkTurns = new Set(quantities.filter((q) => q.cls === 'dose' || (q.cls === 'count' && q.unit === claim.unit)).map((q) => q.turn));
  return quantities.filter((q) => q.unit !== null || talkTurns.has(q.turn));
}
