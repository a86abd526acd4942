import type { CommandIo } from '../command-io.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { UsageError } from '../../errors.js';
import { readTranscript } from '../../input/transcript.js';
import { runBatchCommand } from '../batch/run-batch-command.js';
import { announceDefaultProvider, namedInputs, renderCheckedNote } from '../shared/emit-note.js';
import { readNoteRequestBase } from '../shared/note-request.js';
import { createBackendRuntime } from '../shared/runtime.js';
import type { NoteOptions } from './options.js';

/** `soap note` over many transcripts: the request is prepared once, then each input is read and sent on its own. */
export async function runNoteBatch(options: NoteOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  if (options.regenerate) throw new UsageError('--section/--from regenerate sections of one note; give one transcript');
  // A dry run sends nothing: the specialty is not looked up at the service, the backend (and its key) not loaded.
  const base = options.plan.dryRun ? undefined : await readNoteRequestBase(options.request, io, options);
  // Built once up front so a missing key stops the run before any input is read.
  if (!options.plan.dryRun) await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), options.backend);
  return runBatchCommand(
    {
      args: options.inputs,
      batch: options.batch,
      plan: { command: 'note', choice: options, specialty: options.request.specialty, plan: options.plan, countFor: () => options.count },
      otherInputs: namedInputs([['--context', options.request.context], ['--patient-history', options.request.patientHistory]]),
      onStart: () => announceDefaultProvider(settings, io),
      format: settings.format,
      extensions: ['.txt'],
      async makeNote(input, gate, itemIo) {
        const { text } = await readTranscript(input.path, itemIo.ctx);
        const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(itemIo, gate), options.backend);
        const note = await backend.createNote({ ...base!, transcript: text });
        return renderCheckedNote(note, text, options.verify, { format: settings.format, patient: base!.context?.patient_info }, base!.context);
      },
    },
    io,
  );
}
