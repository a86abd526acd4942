/** The one model of a note every layer imports: sections, schemas of a note, a request, a streamed event, visits. */
export { SECTIONS, SECTION_TITLES, isSection, orderSections, type NoteSections, type Section } from './sections.js';
export { readHeadingLine, readNoteText, splitHeadingSections, splitHeadingText } from './heading-sections.js';
export {
  billingCodesSchema,
  carriesSections,
  codeSchema,
  hasSomeSection,
  noteSchema,
  savedNoteSchema,
  transcriptSchema,
  type BillingCodes,
  type Code,
  type Note,
  type NoteLike,
  type SavedNote,
  type TranscriptValue,
} from './note.js';
export { hasBillingCodes, isCodeSystem, listCodeSystems, ICD11_ADVISORY, type CodeSystem } from './billing-codes.js';
export { readTranscriptText } from './transcript-text.js';
export { noteContextSchema, noteRequestSchema, patientInfoSchema, type NoteContext, type NoteRequest, type PatientInfo } from './request.js';
export { isNoteFields, isSectionChunk, type NoteFields, type SectionChunk, type StreamEvent, type TextChunk } from './stream-event.js';
export { createStreamAssembly, type StreamAssembly } from './stream-assembly.js';
export { isoDateSchema, visitSchema, visitSummaryRequestSchema, visitSummarySchema, type Visit, type VisitSummary, type VisitSummaryRequest } from './visit-summary.js';
