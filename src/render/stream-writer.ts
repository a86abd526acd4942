import type { Style } from '../ui/style.js';
import { SECTIONS, createStreamAssembly, isNoteFields, isSectionChunk, type NoteLike, type StreamEvent } from '../note/index.js';
import { renderNoteExtras } from './note-text.js';

/** Writes a note as it streams: people see the text as it comes; programs get one JSON line per event. */
export interface StreamWriter {
  /** The note as assembled so far (see createStreamAssembly). */
  readonly note: NoteLike;
  write(event: StreamEvent): void;
  /** After the end marker (or a failure when `incomplete`): closes the output. */
  finish(incomplete: boolean, extra?: Record<string, unknown>): void;
}

export const INCOMPLETE_MARKER = '[incomplete: the stream ended early; the note above is partial]';

/**
 * Text for terminals and pipes alike, each chunk written the moment it comes, exactly as received: a section chunk
 * under a heading of its section, a content-only chunk as it is (its headings are in the text). Sections that only
 * a full-note event carried are shown when it arrives; codes (with their disclaimer), the summary and the note id
 * follow the text at the end.
 */
export function createTextStreamWriter(write: (text: string) => void, style: Style): StreamWriter {
  const assembly = createStreamAssembly();
  let current: string | undefined;
  let last = '';
  let sawText = false;
  const shown = new Set<string>();
  const out = (text: string) => {
    if (!text) return;
    write(text);
    last = text.at(-1)!;
  };
  const startSection = (section: string) => {
    out(`${last === '' ? '' : last === '\n' ? '\n' : '\n\n'}${style.heading(section.replace(/_/g, ' ').toUpperCase())}\n`);
    current = section;
    shown.add(section);
  };
  return {
    get note() {
      return assembly.note();
    },
    write(event) {
      assembly.add(event);
      if (isNoteFields(event)) {
        if (sawText) return;
        for (const s of SECTIONS) {
          const text = event.note[s];
          if (shown.has(s) || typeof text !== 'string' || !text.trim()) continue;
          startSection(s);
          out(text);
        }
      } else if (isSectionChunk(event)) {
        if (event.section !== current) startSection(event.section);
        out(event.content);
      } else {
        sawText = true;
        out(event.content);
      }
    },
    finish(incomplete) {
      if (last !== '' && last !== '\n') out('\n');
      const extras = renderNoteExtras(assembly.note(), style, { decorate: false });
      if (extras.length) out(`\n${extras.join('\n')}`);
      if (incomplete) out(`\n${style.warn(INCOMPLETE_MARKER)}\n`);
    },
  };
}

/** NDJSON: every event as it arrives (a full-note event as its fields), then the assembled note (flagged `incomplete` when the stream broke). */
export function createJsonStreamWriter(write: (text: string) => void): StreamWriter {
  const assembly = createStreamAssembly();
  return {
    get note() {
      return assembly.note();
    },
    write(event) {
      assembly.add(event);
      write(`${JSON.stringify(isNoteFields(event) ? event.note : event)}\n`);
    },
    finish(incomplete, extra) {
      write(`${JSON.stringify({ ...assembly.note(), ...extra, ...(incomplete ? { incomplete: true } : {}) })}\n`);
    },
  };
}
