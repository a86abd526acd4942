import type { CommandIo } from '../io.js';
import type { CommonFlags } from '../../config/resolve-settings.js';
import { ExitCode } from '../../exit-codes.js';
import { emitNote } from '../../output/emit-note.js';
import { startProgress } from '../../ui/progress.js';
import { prepareNoteRequest, type NoteRequestFlags } from '../prepare-note-request.js';
import { createSoapNoteApiClient } from '../../api/soapnoteapi/create-client.js';

export interface NoteFlags extends CommonFlags, NoteRequestFlags {
  output?: string;
}

/** `soap note`: checks everything locally, then one POST /v1/note, then prints the note. */
export async function runNote(file: string, flags: NoteFlags, io: CommandIo): Promise<number> {
  const { settings, request } = await prepareNoteRequest(file, flags, io);
  const client = createSoapNoteApiClient(settings, io);
  const progress = await startProgress(io.ctx.stderr, 'Writing the SOAP note…', settings.format !== 'json' && !io.globals.quiet);
  try {
    const { data: note } = await client.createNote(request);
    progress.stop();
    await emitNote(note, { format: settings.format, output: flags.output }, io);
  } finally {
    progress.stop();
  }
  return ExitCode.ok;
}
