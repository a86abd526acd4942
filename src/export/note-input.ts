import type { NoteLike } from '../note/index.js';
import { DEFAULT_BILLING_DISCLAIMER } from '../render/billing-codes.js';

export { listCodeRows } from '../render/billing-codes.js';

/** Used when a note carries codes but its provider sent no disclaimer: codes are never shown bare. */
export function describeDisclaimer(note: NoteLike): string {
  return note.billing_codes_disclaimer?.trim() || DEFAULT_BILLING_DISCLAIMER;
}
