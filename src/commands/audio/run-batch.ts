import type { CommandIo } from '../io.js';
import { UsageError } from '../../errors.js';
import { SILENT_PROGRESS } from '../../ui/progress.js';
import { renderCheckedNote } from '../verify-note.js';
import { writeAudioNote } from './write-audio-note.js';
import { loadNoteBackend } from '../../providers/load-backend.js';
import { runBatchCommand } from '../batch/run-batch-command.js';
import { checkAudioSettings, type AudioFlags } from './run.js';

const AUDIO_EXTENSIONS = ['.mp3', '.m4a', '.wav', '.ogg', '.webm', '.flac'];

/** `soap audio` over many recordings; each waits for its own note (a deferred job is polled, never dropped). */
export async function runAudioBatch(args: string[], rawFlags: AudioFlags, io: CommandIo): Promise<number> {
  const { settings, flags } = checkAudioSettings(rawFlags, io);
  // Built once up front so a missing key stops the run before any recording is read.
  await loadNoteBackend(settings, io, { gateway: flags });
  if (flags.wait === false) throw new UsageError('--no-wait is for a single recording; a batch waits for every note (Ctrl-C stops scheduling)');
  return runBatchCommand(
    {
      args,
      flags,
      format: settings.format,
      extensions: AUDIO_EXTENSIONS,
      async makeNote(input, gate, itemIo) {
        const outcome = await writeAudioNote(input.path, { settings, flags, io: itemIo, progress: SILENT_PROGRESS, rateGate: gate });
        // A batch always waits (--no-wait is refused above), so a pending job cannot come back here.
        if ('pending' in outcome) throw new UsageError(`${input.path}: job ${outcome.pending.id} is still running — resume with: ${outcome.pending.resumeCommand}`);
        const { note } = outcome;
        return renderCheckedNote(note, typeof note.transcript === 'string' ? note.transcript : '', flags, { format: settings.format, showTranscript: flags.showTranscript });
      },
    },
    io,
  );
}
