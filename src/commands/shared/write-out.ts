import type { OutStream } from '../../context.js';
import { OutputClosedError } from '../../errors.js';

/**
 * Writes a note to stdout and waits until it is handed over. When the reader went away (`| head`, EPIPE) the note
 * was paid for but not delivered: the write fails, and the error keeps the note's id so `soap status` can fetch it.
 */
export function writeNoteOut(stdout: OutStream, text: string, noteId: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    stdout.write(text, (err) => {
      if (!err) return resolve();
      const lost = noteId ? `note ${noteId} was not written (soap status ${noteId} fetches it)` : 'the note was not written, and this backend keeps no copy';
      reject(new OutputClosedError(`stdout was closed: ${lost}`, { cause: err }));
    });
  });
}
