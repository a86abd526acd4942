import { z } from 'zod';

/** `context.patient_info` as documented; strict so a misspelt key is reported with its JSON path. */
export const patientInfoSchema = z
  .strictObject({
    name: z.string(),
    age: z.number().int().min(0).max(150),
    gender: z.string(),
    medications: z.array(z.string()),
    allergies: z.array(z.string()),
    medical_history: z.string(),
  })
  .partial();
export type PatientInfo = z.infer<typeof patientInfoSchema>;

/** The documented `context` object of a note request (`custom_instructions`: the help center and the vendor's client). */
export const noteContextSchema = z
  .strictObject({
    patient_info: patientInfoSchema,
    patient_history: z.string(),
    chat_messages: z.array(z.strictObject({ role: z.string(), content: z.string(), timestamp: z.string().optional() })),
    custom_instructions: z.string(),
  })
  .partial();
export type NoteContext = z.infer<typeof noteContextSchema>;

/** A request for a note, whichever backend writes it (SOAPNoteAPI's field names). */
export const noteRequestSchema = z.strictObject({
  transcript: z.string(),
  specialty: z.string(),
  template: z.string().optional(),
  context: noteContextSchema.optional(),
  include_billing_codes: z.boolean().optional(),
  include_patient_summary: z.boolean().optional(),
  /** Advisory ICD-11 codes (current API; sent only when asked for, as older servers may refuse the field). */
  include_icd11: z.boolean().optional(),
});
export type NoteRequest = z.infer<typeof noteRequestSchema>;
