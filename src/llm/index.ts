/** Provider-neutral note logic: prompts, answer parsing and stream assembly shared by both LLM gateways. */
export { SECTIONS, SECTION_TITLES, isSection, orderSections, type NoteSections, type Section } from '../note/sections.js';
export { chatCompletionSchema, readCompletionText, type ChatCompletion, type ChatMessage, type ChatRequest } from './chat.js';
export { ModelAnswerError, StreamTruncatedError } from './errors.js';
export { formatUtterances, type Utterance } from './format-utterances.js';
export { TRANSCRIPT_TAG, containsTranscriptTag, defuseTranscriptTag } from './transcript-tag.js';
export { buildNoteMessages, type NotePromptInput } from './note-prompts.js';
export { parseNoteAnswer, parseJsonSections, parseHeadingAnswer } from './parse-note-answer.js';
export { splitHeadingSections } from '../note/heading-sections.js';
export { parseChatStream } from './parse-chat-stream.js';
export { readPartialSections, type PartialSection } from './partial-sections.js';
export { assembleStreamedNote, type SectionEvent, type StreamedNote } from './assemble-streamed-note.js';
export { buildVisitSummaryMessages, parseVisitSummaryAnswer, visitSummarySchema, type VisitSummary, type VisitSummaryInput } from './visit-summary.js';
export { previousNoteSchema, regenerateSections, type PreviousNote, type ProviderNote } from './provider-note.js';
export { generateNoteSections, generateSection, type CompleteChat, type NoteMethod } from './generate-note.js';
