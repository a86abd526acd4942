import type { CommandIo } from '../io.js';
import { UsageError } from '../../errors.js';
import { renderNote } from '../../output/emit-note.js';
import type { Progress } from '../../ui/progress.js';
import { verifyIfAsked } from '../verify-note.js';
import { loadNoteBackend } from '../../providers/load-backend.js';
import { runBatchCommand } from '../batch/run-batch-command.js';
import { checkAudioSettings, type AudioFlags } from './run.js';

const AUDIO_EXTENSIONS = ['.mp3', '.m4a', '.wav', '.ogg', '.webm', '.flac'];
const SILENT: Progress = { update: () => undefined, stop: () => undefined };

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
        let note;
        if (settings.provider === 'soapnoteapi') {
          const { writeSoapNoteApiAudioNote } = await import('./soapnoteapi-audio.js');
          const outcome = await writeSoapNoteApiAudioNote(input.path, settings, flags, itemIo, SILENT, gate);
          if ('pending' in outcome) throw new UsageError(`${input.path}: job ${outcome.pending.id} is still running — resume with: ${outcome.pending.resumeCommand}`);
          note = outcome.note;
        } else {
          const { writeGatewayAudioNote } = await import('./gateway-audio.js');
          note = await writeGatewayAudioNote(input.path, settings, flags, itemIo, SILENT, gate);
        }
        const grounding = await verifyIfAsked(flags, note, typeof note.transcript === 'string' ? note.transcript : '');
        const rendered = await renderNote(note, { format: settings.format, showTranscript: flags.showTranscript, grounding }, { color: false, decorate: false });
        return { note: grounding ? { ...note, grounding } : note, rendered, findings: flags.strict ? (grounding?.length ?? 0) : 0 };
      },
    },
    io,
  );
}
