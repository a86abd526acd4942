import { z } from 'zod';
import { noteSchema } from '../../note/index.js';

// What only SOAPNoteAPI's answers carry; the note itself is the shared model in src/note.

export const noteStatusSchema = z.enum(['processing', 'completed', 'failed']);

/** A SOAPNoteAPI note: the shared note with the service's id (and, read by id, its job status). */
export const soapNoteSchema = noteSchema.extend({ noteId: z.string(), status: noteStatusSchema.optional() });
export type SoapNote = z.infer<typeof soapNoteSchema>;

const specialtySchema = z.looseObject({ id: z.string(), name: z.string() });

/** The list arrives either bare or wrapped in `{specialties}`; both become one array. */
export const specialtiesSchema = z
  .union([z.array(specialtySchema), z.looseObject({ specialties: z.array(specialtySchema) })])
  .transform((value) => (Array.isArray(value) ? value : value.specialties));

export type Specialty = z.infer<typeof specialtySchema>;

/** 202 answer to an audio upload of 30 minutes or more. */
export const audioAcceptedSchema = z.looseObject({ noteId: z.string(), status: z.literal('processing'), message: z.string().optional() });

/** Either a finished note or an accepted job; the body tells which (see isFinishedNote). */
export const audioAnswerSchema = z.union([soapNoteSchema, audioAcceptedSchema]);
export type AudioAnswer = z.infer<typeof audioAnswerSchema>;

/** A finished note carries its sections; an accepted job only its id and status. */
export function isFinishedNote(answer: AudioAnswer): answer is SoapNote {
  return typeof answer.subjective === 'string';
}

/** A job's state; the note fields are present once it completed (checked again with soapNoteSchema then). */
export const jobStatusSchema = z.looseObject({ noteId: z.string().optional(), status: noteStatusSchema, message: z.string().optional() });
export type JobStatus = z.infer<typeof jobStatusSchema>;
