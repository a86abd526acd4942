import { z } from 'zod';
import { noteSchema, type NoteRequest } from '../../note/index.js';

// What only SOAPNoteAPI's answers carry; the note itself is the shared model in src/note. Parsed loosely: only what is
// used is checked (a status is any string, compared without case; see wait-for-note.ts).

/** A SOAPNoteAPI note: the shared note with the service's id (`note_…` or a UUID) and, read by id, its job status. */
export const soapNoteSchema = noteSchema.extend({ noteId: z.string().optional(), status: z.string().nullish() });
export type SoapNote = z.infer<typeof soapNoteSchema>;

/**
 * A job's state (the audio status endpoint, a note read by id, an upload answered as a job): its status and, once
 * completed, maybe the note's fields (read with soapNoteSchema then). `error` may say why a job failed.
 */
export const jobStatusSchema = z.looseObject({
  noteId: z.string().nullish(),
  status: z.string().nullish(),
  message: z.string().nullish(),
  error: z.union([z.string(), z.looseObject({ message: z.string().nullish() })]).nullish(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** A job to poll: its id, and where its status is when the upload's answer said (a path under the base URL). */
export interface NoteJob {
  id: string;
  statusPath?: string;
}

/** What an audio upload asks for: the note request without the transcript, and the transcript back diarized. */
export type AudioNoteRequest = Omit<NoteRequest, 'transcript'> & { include_transcript?: boolean };
