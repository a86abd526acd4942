/**
 * One streamed piece of a note, in any of the shapes a backend streams (SOAPNoteAPI has two readings).
 * - `{section, content}`: text to append to a named section (SOAPNoteAPI's API docs; the model backends).
 * - `{content}`: a chunk of the whole note with its headings inside the text (SOAPNoteAPI's help center).
 * - `{note}`: full-note keys a server sent in an event (a final note, its id, codes…), merged into the note.
 */
export type StreamEvent = SectionChunk | TextChunk | NoteFields;

export interface SectionChunk {
  section: string;
  content: string;
}

export interface TextChunk {
  content: string;
}

export interface NoteFields {
  note: Record<string, unknown>;
}

export function isSectionChunk(event: StreamEvent): event is SectionChunk {
  return 'section' in event;
}

export function isNoteFields(event: StreamEvent): event is NoteFields {
  return 'note' in event;
}
