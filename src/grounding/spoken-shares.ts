/**
 * Shares said in words — "flexion limited to about half", "a third of the way", "three quarters of the time" — are
 * the percentages a clinician writes for them ("~50%", "33%", "75%").
 */
import type { Quantity } from './quantities.js';

const SHARES: Readonly<Record<string, number>> = { half: 50, third: 33, quarter: 25, quarters: 75 };
/** Words after which "half" is part of another quantity: "two and a half", "half past", "half an hour", "half a tablet". */
const NOT_A_SHARE_AFTER = new Set(['a', 'an', 'past', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'dose', 'tablet', 'tablets', 'pill']);

/** The shares a token stream says in words, as percentages. */
export function readSpokenShares(tokens: readonly string[]): Quantity[] {
  const found: Quantity[] = [];
  tokens.forEach((token, i) => {
    const value = SHARES[token];
    if (value === undefined || NOT_A_SHARE_AFTER.has(tokens[i + 1] ?? '') || tokens[i - 1] === 'and') return;
    // "a third" and "three quarters" need their count; "half" stands alone.
    if (token === 'third' && tokens[i - 1] !== 'a' && tokens[i - 1] !== 'one') return;
    if (token === 'quarter' && tokens[i - 1] !== 'a' && tokens[i - 1] !== 'one') return;
    if (token === 'quarters' && tokens[i - 1] !== 'three' && tokens[i - 1] !== '3') return;
    found.push({ value, unit: '%', cls: 'percent', text: `${value}%`, index: i, direction: null });
  });
  return found;
}
