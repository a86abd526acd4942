import type { CommandIo } from '../io.js';
import { readTranscript } from '../../input/transcript.js';
import { loadNoteBackend } from '../../providers/load-backend.js';
import { announceDefaultProvider } from '../../providers/announce-default.js';
import { prepareNoteBase } from '../prepare-note-request.js';
import { renderCheckedNote } from '../verify-note.js';
import { runBatchCommand } from '../batch/run-batch-command.js';
import type { NoteFlags } from './run.js';

/** `soap note` over many transcripts: the request is prepared once, then each input is read and sent on its own. */
export async function runNoteBatch(args: string[], flags: NoteFlags, io: CommandIo): Promise<number> {
  const { settings, base } = await prepareNoteBase(flags, io, [...args, ...(flags.fromList ? [flags.fromList] : [])]);
  // Built once up front so a missing key or a bad gateway flag stops the run before any input is read.
  await loadNoteBackend(settings, io, { gateway: flags });
  return runBatchCommand(
    {
      args,
      onStart: () => announceDefaultProvider(settings, io),
      flags,
      format: settings.format,
      extensions: ['.txt'],
      async makeNote(input, gate, itemIo) {
        const { text } = await readTranscript(input.path, itemIo.ctx.stdin);
        const backend = await loadNoteBackend(settings, itemIo, { gateway: flags, rateGate: gate });
        const note = await backend.createNote({ ...base, transcript: text });
        return renderCheckedNote(note, text, flags, { format: settings.format, patient: base.context?.patient_info }, base.context);
      },
    },
    io,
  );
}
