import { z } from 'zod';

// Answers are parsed loosely (unknown fields kept) so `--json` prints what the service sent; requests are strict.

export const codeSchema = z.looseObject({ code: z.string(), description: z.string() });

export const billingCodesSchema = z.looseObject({
  icd10: z.array(codeSchema).optional(),
  cpt: z.array(codeSchema).optional(),
});

export const noteStatusSchema = z.enum(['processing', 'completed', 'failed']);

export const noteSchema = z.looseObject({
  noteId: z.string(),
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
  transcript: z.string().optional(),
  billing_codes: billingCodesSchema.optional(),
  billing_codes_disclaimer: z.string().optional(),
  patient_summary: z.string().optional(),
  expires_at: z.string().optional(),
  status: noteStatusSchema.optional(),
});

export type Note = z.infer<typeof noteSchema>;

const patientInfoSchema = z.strictObject({
  name: z.string(),
  age: z.number().int().min(0).max(150),
  gender: z.string(),
  medications: z.array(z.string()),
  allergies: z.array(z.string()),
  medical_history: z.string(),
}).partial();

/** The documented `context` object; strict so a misspelt key is reported with its JSON path. */
export const noteContextSchema = z.strictObject({
  patient_info: patientInfoSchema,
  patient_history: z.string(),
  chat_messages: z.array(z.strictObject({ role: z.string(), content: z.string(), timestamp: z.string().optional() })),
}).partial();

export type NoteContext = z.infer<typeof noteContextSchema>;

export interface NoteRequest {
  transcript: string;
  specialty: string;
  template?: string;
  context?: NoteContext;
  include_billing_codes?: boolean;
  include_patient_summary?: boolean;
}

const specialtySchema = z.looseObject({ id: z.string(), name: z.string() });

/** The list arrives either bare or wrapped in `{specialties}`; both become one array. */
export const specialtiesSchema = z
  .union([z.array(specialtySchema), z.looseObject({ specialties: z.array(specialtySchema) })])
  .transform((value) => (Array.isArray(value) ? value : value.specialties));

export type Specialty = z.infer<typeof specialtySchema>;

/** 202 answer to an audio upload of 30 minutes or more. */
export const audioAcceptedSchema = z.looseObject({ noteId: z.string(), status: z.literal('processing'), message: z.string().optional() });

/** Either a finished note (200) or an accepted job (202); the status code tells which. */
export const audioAnswerSchema = z.union([noteSchema, audioAcceptedSchema]);

/** A job's state; the note fields are present once it completed (checked again with noteSchema then). */
export const jobStatusSchema = z.looseObject({ noteId: z.string().optional(), status: noteStatusSchema, message: z.string().optional() });
export type JobStatus = z.infer<typeof jobStatusSchema>;
