import type { CommandIo } from '../io.js';
import type { CommonFlags } from '../../config/resolve-settings.js';
import { startProgress } from '../../ui/progress.js';
import { loadNoteBackend } from '../../providers/load-backend.js';
import type { GatewayFlags } from '../../providers/gateway-options.js';
import { runPaidStep } from '../raw-answer.js';
import { chooseRunMode, type BatchFlags } from '../batch/batch-flags.js';
import { announceDefaultProvider } from '../../providers/announce-default.js';
import { prepareNoteRequest, type NoteRequestFlags } from '../prepare-note-request.js';
import { emitCheckedNote, type VerifyFlags } from '../verify-note.js';

export interface NoteFlags extends CommonFlags, NoteRequestFlags, VerifyFlags, GatewayFlags, BatchFlags {
  output?: string;
}

/** `soap note`: one transcript, or a batch of them (several inputs, folders, globs, --out-dir…). */
export async function runNote(inputs: string[], flags: NoteFlags, io: CommandIo): Promise<number> {
  if ((await chooseRunMode(inputs, flags, 'transcript')) === 'batch') return (await import('./run-batch.js')).runNoteBatch(inputs, flags, io);
  return runSingleNote(inputs[0]!, flags, io);
}

/** One note: checks everything locally, asks the chosen backend for the note, prints it. */
async function runSingleNote(file: string, flags: NoteFlags, io: CommandIo): Promise<number> {
  const { settings, request } = await prepareNoteRequest(file, flags, io);
  const backend = await loadNoteBackend(settings, io, { gateway: flags });
  announceDefaultProvider(settings, io);
  const progress = await startProgress(io.ctx.stderr, 'Writing the SOAP note…', settings.format !== 'json' && !io.globals.quiet && settings.provider !== 'local');
  const note = await runPaidStep(progress, io, () => backend.createNote(request));
  return emitCheckedNote(note, request.transcript, flags, { format: settings.format, output: flags.output, patient: request.context?.patient_info }, io, request.context);
}
