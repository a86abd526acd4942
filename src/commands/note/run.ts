import type { CommandIo } from '../io.js';
import type { CommonFlags } from '../../config/resolve-settings.js';
import { ExitCode } from '../../exit-codes.js';
import { emitNote } from '../../output/emit-note.js';
import { startProgress } from '../../ui/progress.js';
import { loadNoteBackend } from '../../providers/load-backend.js';
import { announceDefaultProvider } from '../../providers/announce-default.js';
import { prepareNoteRequest, type NoteRequestFlags } from '../prepare-note-request.js';

export interface NoteFlags extends CommonFlags, NoteRequestFlags {
  output?: string;
}

/** `soap note`: checks everything locally, asks the chosen backend for the note, prints it. */
export async function runNote(file: string, flags: NoteFlags, io: CommandIo): Promise<number> {
  const { settings, request } = await prepareNoteRequest(file, flags, io);
  const backend = await loadNoteBackend(settings, io);
  announceDefaultProvider(settings, io);
  const progress = await startProgress(io.ctx.stderr, 'Writing the SOAP note…', settings.format !== 'json' && !io.globals.quiet && settings.provider !== 'local');
  try {
    const note = await backend.createNote(request);
    progress.stop();
    await emitNote(note, { format: settings.format, output: flags.output }, io);
  } finally {
    progress.stop();
  }
  return ExitCode.ok;
}
