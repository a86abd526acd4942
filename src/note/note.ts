import { z } from 'zod';
import { SECTIONS } from './sections.js';

// Answers are parsed loosely (unknown fields kept) so `--json` prints what the service sent, and only what is used is
// checked: a null or an unexpected value in an optional field never fails a note that was paid for.

/** One suggested code (ICD-10, CPT, HCPCS, ICD-11…); its description may be missing or null. */
export const codeSchema = z.looseObject({
  code: z.union([z.string(), z.number().transform(String)]),
  description: z.string().nullish(),
});
export type Code = z.infer<typeof codeSchema>;

/** A code as a system lists it: an object, or a bare code. */
const codeEntrySchema = z.union([codeSchema, z.string().transform((code): Code => ({ code }))]);

/**
 * Suggested codes by system: an open map (icd10, cpt, hcpcs, icd11, or any system a service adds), each a list of
 * codes; shown only with their disclaimer. What is not a list of codes is dropped rather than failing the note.
 */
export const billingCodesSchema = z.record(z.string(), z.unknown()).transform((map) => {
  const systems: Record<string, Code[]> = {};
  for (const [system, value] of Object.entries(map)) {
    if (!Array.isArray(value)) continue;
    systems[system] = value.flatMap((entry) => {
      const code = codeEntrySchema.safeParse(entry);
      return code.success ? [code.data] : [];
    });
  }
  return systems;
});
export type BillingCodes = z.infer<typeof billingCodesSchema>;

/** A section: required, but a null (a service's "nothing here") reads as empty. */
const sectionSchema = z
  .string()
  .nullable()
  .transform((text) => text ?? '');

/**
 * A transcript as a service returns it: text, or (SOAPNoteAPI's `include_transcript`) a diarized, timestamped
 * structure whose shape is not documented; see readTranscriptText.
 */
export const transcriptSchema = z.union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())]);
export type TranscriptValue = z.infer<typeof transcriptSchema>;

const optionalText = z.string().nullish();

/**
 * A note from any backend: the four sections, what its backend adds (SOAPNoteAPI's id, codes, summary and expiry; a
 * model's name; the offline engine's evidence) and which backend made it. Every layer reads notes through this.
 */
export const noteSchema = z.looseObject({
  provider: z.string().optional(),
  noteId: z.string().optional(),
  subjective: sectionSchema,
  objective: sectionSchema,
  assessment: sectionSchema,
  plan: sectionSchema,
  transcript: transcriptSchema.nullish(),
  billing_codes: billingCodesSchema.nullish(),
  billing_codes_disclaimer: optionalText,
  patient_summary: optionalText,
  expires_at: optionalText,
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

/** True when an answer carries a note's sections (as opposed to a job's id and status). */
export function carriesSections(value: object): boolean {
  return SECTIONS.some((s) => typeof (value as Record<string, unknown>)[s] === 'string');
}

/** What renderers, exporters and the checker read of a note: the sections may be missing in a partial one. */
export type NoteLike = Partial<Note>;
