import type { RenderableNote } from '../render/note-text.js';

export type { Code as BillingCode } from '../render/billing-codes.js';

/** The subset of a provider's note the exporters read: the same structural shape the text renderer reads. */
export type ExportNote = RenderableNote;


/** Used when a note carries codes but its provider sent no disclaimer: codes are never shown bare. */
export { DEFAULT_BILLING_DISCLAIMER as DEFAULT_CODES_DISCLAIMER } from '../render/billing-codes.js';
import { DEFAULT_BILLING_DISCLAIMER as DEFAULT_CODES_DISCLAIMER } from '../render/billing-codes.js';

export function hasBillingCodes(note: ExportNote): boolean {
  return (note.billing_codes?.icd10?.length ?? 0) + (note.billing_codes?.cpt?.length ?? 0) > 0;
}

export function describeDisclaimer(note: ExportNote): string {
  return note.billing_codes_disclaimer?.trim() || DEFAULT_CODES_DISCLAIMER;
}
