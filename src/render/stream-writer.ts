import type { Style } from '../ui/style.js';
import type { StreamEvent } from '../note/index.js';

/** The note as assembled from its events so far, section by section. */
type AssembledNote = Record<string, string>;

/** Writes a note as it streams: people see headings as sections start; programs get one JSON line per event. */
export interface StreamWriter {
  /** The note as assembled so far, section by section. */
  readonly note: AssembledNote;
  write(chunk: StreamEvent): void;
  /** After the end marker (or a failure when `incomplete`): closes the output. */
  finish(incomplete: boolean, extra?: Record<string, unknown>): void;
}

export const INCOMPLETE_MARKER = '[incomplete: the stream ended early; the note above is partial]';

/** Text for terminals and pipes alike: each chunk is written as it comes, never held back until the end. */
export function createTextStreamWriter(write: (text: string) => void, style: Style): StreamWriter {
  const note: AssembledNote = {};
  let current: string | undefined;
  return {
    note,
    write({ section, content }) {
      if (section !== current) {
        write(`${current === undefined ? '' : '\n\n'}${style.heading(section.replace(/_/g, ' ').toUpperCase())}\n`);
        current = section;
      }
      note[section] = (note[section] ?? '') + content;
      write(content);
    },
    finish(incomplete) {
      if (current !== undefined) write('\n');
      if (incomplete) write(`\n${style.warn(INCOMPLETE_MARKER)}\n`);
    },
  };
}

/** NDJSON: every event as it arrives, then the assembled note (flagged `incomplete` when the stream broke). */
export function createJsonStreamWriter(write: (text: string) => void): StreamWriter {
  const note: AssembledNote = {};
  return {
    note,
    write(chunk) {
      note[chunk.section] = (note[chunk.section] ?? '') + chunk.content;
      write(`${JSON.stringify(chunk)}\n`);
    },
    finish(incomplete, extra) {
      write(`${JSON.stringify({ ...note, ...extra, ...(incomplete ? { incomplete: true } : {}) })}\n`);
    },
  };
}
