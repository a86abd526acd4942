import { z } from 'zod';
import { codeSchema } from './note.js';

/** YYYY-MM-DD, or a full ISO 8601 timestamp; both must name a real day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date such as 2026-02-15')
  .refine((value) => {
    const day = value.slice(0, 10);
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, 'is not a real calendar date');

const visitSectionsSchema = z
  .strictObject({ subjective: z.string(), objective: z.string(), assessment: z.string(), plan: z.string() })
  .partial();

export const visitSchema = z
  .looseObject({
    visit_date: isoDateSchema,
    provider: z.string().optional(),
    soap_note: visitSectionsSchema.optional(),
    summary: z.string().optional(),
  })
  .refine((v) => v.soap_note !== undefined || v.summary !== undefined, 'each visit needs a soap_note or a summary');
export type Visit = z.infer<typeof visitSchema>;

/** What a visit summary is asked for with: SOAPNoteAPI's /v1/visit-summary body, used by every backend. */
export const visitSummaryRequestSchema = z.looseObject({
  patient_info: z.looseObject({ name: z.string().optional(), age: z.number().int().min(0).max(150).optional() }).optional(),
  focus: z.string().optional(),
  visits: z.array(visitSchema).min(1, 'needs at least one visit'),
});
export type VisitSummaryRequest = z.infer<typeof visitSummaryRequestSchema>;

/** A summary across visits, from any backend. */
export const visitSummarySchema = z.looseObject({
  summary: z.string(),
  key_findings: z.array(z.string()),
  active_diagnoses: z.array(codeSchema),
});
export type VisitSummary = z.infer<typeof visitSummarySchema>;
