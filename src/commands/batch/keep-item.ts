import { dirname } from 'node:path';
import type { Format } from '../../output/formats.js';
import { escapeControlChars } from '../../output/control-chars.js';
import { describeNoteId, fetchHint, isEmptyNote, OutputWriteError, UnkeptNoteError } from '../../output/unkept-note.js';
import { makeFolders } from '../../output/make-folders.js';
import { writeFileAtomic } from '../../output/write-atomic.js';
import type { BatchInput } from '../../batch/expand-inputs.js';
import type { ItemResult } from '../../batch/run-batch.js';
import type { NoteLike } from '../../note/index.js';
import type { CommandIo } from '../command-io.js';
import { writeNoteOut } from '../shared/write-out.js';

export interface MadeNote {
  note: NoteLike;
  rendered: string;
}

/** Where a batch item's note goes: a file under --out-dir, or stdout (NDJSON with --json, else headed text). */
export interface KeepTarget {
  output: string | undefined;
  format: Format;
}

/**
 * The paid note of an input that could not be kept as asked, as one NDJSON line on stdout: nothing paid is
 * dropped. Says where it went: " is on stdout", or plainly that it could not be kept (stdout closed as well).
 */
async function handOver(input: BatchInput, note: NoteLike, reason: string, io: CommandIo): Promise<string> {
  const line = `${JSON.stringify({ input: input.path, unsaved: reason, ...note })}\n`;
  return writeNoteOut(io.ctx.stdout, line, note.noteId).then(
    () => 'the note is on stdout',
    () => (note.noteId ? 'stdout is closed too' : 'stdout is closed too: the note could not be kept'),
  );
}

/** The note on stdout, as a batch without --out-dir prints it (a closed stdout fails the input, naming the id). */
function printNote(input: BatchInput, made: MadeNote, format: Format, io: CommandIo): Promise<void> {
  const text = format === 'json' ? `${JSON.stringify({ input: input.path, ...made.note })}\n` : `==> ${escapeControlChars(input.path)} <==\n${made.rendered}\n`;
  return writeNoteOut(io.ctx.stdout, text, made.note.noteId);
}

/**
 * Keeps one paid note: written atomically under --out-dir, or printed. An empty note (four blank sections) is a
 * failure and is not written as the output, so a re-run tries the input again; a note whose file cannot be written
 * goes to stdout as NDJSON. Either way the error carries the note's id for the report and the error line.
 */
export async function keepNote(input: BatchInput, made: MadeNote, target: KeepTarget, io: CommandIo): Promise<ItemResult> {
  const { noteId, usage } = made.note;
  const { output } = target;
  if (isEmptyNote(made.note)) {
    if (output) await handOver(input, made.note, 'EMPTY_NOTE', io);
    else await printNote(input, made, target.format, io).catch(() => undefined);
    throw new UnkeptNoteError(`${input.path}: the note came back empty (all four sections blank)${describeNoteId(noteId)}`, {
      code: 'EMPTY_NOTE',
      noteId,
      hint: 'check that the input holds a clinical encounter',
    });
  }
  if (!output) {
    await printNote(input, made, target.format, io);
    return { noteId, usage };
  }
  try {
    await makeFolders(dirname(output));
    await writeFileAtomic(output, made.rendered);
  } catch (err) {
    const where = await handOver(input, made.note, 'NOT_SAVED', io);
    const errno = err instanceof OutputWriteError ? err.errno : ((err as NodeJS.ErrnoException).code ?? 'error');
    throw new UnkeptNoteError(`${input.path}: ${output} could not be written (${errno}); ${where}${describeNoteId(noteId)}`, {
      code: 'NOT_SAVED',
      noteId,
      hint: fetchHint(noteId, 'stdout'),
      cause: err,
    });
  }
  return { noteId, output, usage };
}
