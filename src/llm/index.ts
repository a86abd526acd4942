/** Provider-neutral note logic: prompts, answer parsing and stream assembly shared by both LLM gateways. */
export type { ChatMessage } from './chat-message.js';
export { IncompleteAnswerError, ModelAnswerError } from './errors.js';
export { formatUtterances, type Utterance } from './format-utterances.js';
export { TRANSCRIPT_TAG, defuseTranscriptTag } from './transcript-tag.js';
export { buildNoteMessages, type NotePromptInput } from './note-prompts.js';
export { parseNoteAnswer, parseJsonSections, parseHeadingAnswer } from './parse-note-answer.js';
export { readPartialSections, type PartialSection } from './partial-sections.js';
export { assembleStreamedNote, type SectionEvent, type AssembledAnswer } from './assemble-streamed-note.js';
export { buildVisitSummaryMessages, parseVisitSummaryAnswer } from './visit-summary.js';
export { regenerateSections } from './regenerate-sections.js';
export { generateNoteSections, generateSection, requireCompleteAnswer, type CompleteChat, type ModelAnswer, type NoteMethod } from './generate-note.js';
