import { SoapError } from '../errors.js';
import { SECTIONS, type NoteLike } from '../note/index.js';

/** Why a paid note was not kept as asked: it had nothing in it, or its file could not be written. */
export type UnkeptReason = 'EMPTY_NOTE' | 'NOT_SAVED';

/**
 * A note that was paid for but not kept as asked. It has already been handed over (stdout) when this is thrown, and
 * its id, when the backend gave one, is named so `soap status <id>` can fetch it again. Exit 1; a batch counts the
 * input as failed and keeps the id in its report line.
 */
export class UnkeptNoteError extends SoapError {
  readonly code: UnkeptReason;
  readonly noteId: string | undefined;

  constructor(message: string, fields: { code: UnkeptReason; noteId: string | undefined; hint?: string; cause?: unknown }) {
    super(message, { hint: fields.hint, cause: fields.cause });
    this.code = fields.code;
    this.noteId = fields.noteId;
  }
}

/** The file of a note (or summary) could not be written, after the answer was paid for. */
export class OutputWriteError extends SoapError {
  readonly path: string;
  /** The system's code: ENOSPC, EACCES, EROFS, EDQUOT… */
  readonly errno: string;

  constructor(path: string, errno: string, cause: unknown) {
    super(`${path}: could not be written (${errno})`, { hint: errno === 'ENOSPC' || errno === 'EDQUOT' ? 'free some space' : 'check the folder exists and is writable', cause });
    this.path = path;
    this.errno = errno;
  }
}

/** All four sections missing or blank: a service's empty answer, or the offline engine on a file with nothing clinical in it. */
export function isEmptyNote(note: NoteLike): boolean {
  return SECTIONS.every((s) => !note[s]?.trim());
}

/** " (note id note_x)" when there is one, so an error line says what `soap status` can fetch. */
export function describeNoteId(noteId: string | undefined): string {
  return noteId ? ` (note id ${noteId})` : '';
}

/** How to get a kept note back: by its id when the backend keeps notes, else from where it was handed over. */
export function fetchHint(noteId: string | undefined, where: string): string {
  return noteId ? `soap status ${noteId} fetches it again` : `copy it from ${where}`;
}
