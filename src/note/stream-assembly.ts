import { readNoteText } from './heading-sections.js';
import { noteSchema, type NoteLike } from './note.js';
import { SECTIONS, isSection } from './sections.js';
import { isNoteFields, isSectionChunk, type StreamEvent } from './stream-event.js';

/** A note built from its stream, whichever shapes the events came in. */
export interface StreamAssembly {
  add(event: StreamEvent): void;
  /** The note as assembled so far: the four sections first, then whatever else the events carried. */
  note(): NoteLike;
}

/**
 * Collects a stream's events into a note: section chunks append to their section; content-only chunks append to one
 * text, split into the four sections by their headings at the end (see readNoteText); full-note fields are merged
 * in, their non-empty sections having the last word. Fields that do not fit the note model are dropped, not fatal.
 */
export function createStreamAssembly(): StreamAssembly {
  const chunks: Record<string, string> = {};
  let text = '';
  const fields: Record<string, unknown> = {};
  return {
    add(event) {
      if (isNoteFields(event)) Object.assign(fields, event.note);
      else if (isSectionChunk(event)) chunks[event.section] = (chunks[event.section] ?? '') + event.content;
      else text += event.content;
    },
    note() {
      const fromText = text ? readNoteText(text) : undefined;
      const sections: Record<string, string> = {};
      for (const s of SECTIONS) sections[s] = chunks[s] || fromText?.sections[s] || '';
      const others = Object.fromEntries(Object.entries(chunks).filter(([name]) => !isSection(name)));
      const base = { ...sections, ...others, ...(fromText?.preamble ? { preamble: fromText.preamble } : {}) };
      const merged: Record<string, unknown> = { ...base, ...fields };
      for (const s of SECTIONS) {
        const given = fields[s];
        if (typeof given !== 'string' || !given.trim()) merged[s] = sections[s];
      }
      const parsed = noteSchema.safeParse(merged);
      return parsed.success ? parsed.data : base;
    },
  };
}
