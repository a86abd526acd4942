import { z } from 'zod';
import { SECTIONS } from './sections.js';

// Answers are parsed loosely (unknown fields kept) so `--json` prints what the service sent.

/** One suggested code (ICD-10, CPT…); the description is what people read beside it. */
export const codeSchema = z.looseObject({ code: z.string(), description: z.string() });
export type Code = z.infer<typeof codeSchema>;

/** Suggested codes by system (`icd10`, `cpt`); shown only with their disclaimer. */
export const billingCodesSchema = z.looseObject({
  icd10: z.array(codeSchema).optional(),
  cpt: z.array(codeSchema).optional(),
});
export type BillingCodes = z.infer<typeof billingCodesSchema>;

/**
 * A note from any backend: the four sections, what its backend adds (SOAPNoteAPI's id, codes, summary and expiry; a
 * model's name; the offline engine's evidence) and which backend made it. Every layer reads notes through this.
 */
export const noteSchema = z.looseObject({
  provider: z.string().optional(),
  noteId: z.string().optional(),
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
  transcript: z.string().optional(),
  billing_codes: billingCodesSchema.optional(),
  billing_codes_disclaimer: z.string().optional(),
  patient_summary: z.string().optional(),
  expires_at: z.string().optional(),
  model: z.string().optional(),
  transcript_id: z.string().optional(),
});
export type Note = z.infer<typeof noteSchema>;

/**
 * A note read back from a file (`soap check`, `--from`, `soap summarize`): any provider's, extra fields kept, with at
 * least one of the four sections.
 */
export const savedNoteSchema = noteSchema
  .partial({ subjective: true, objective: true, assessment: true, plan: true })
  .refine(hasSomeSection, 'has none of subjective, objective, assessment, plan');
export type SavedNote = z.infer<typeof savedNoteSchema>;

/** True when a partial note has at least one of the four sections. */
export function hasSomeSection(note: Partial<Record<(typeof SECTIONS)[number], unknown>>): boolean {
  return SECTIONS.some((s) => note[s] !== undefined);
}

/** What renderers, exporters and the checker read of a note: the sections may be missing in a partial one. */
export type NoteLike = Partial<Note>;
