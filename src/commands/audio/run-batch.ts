import type { CommandIo } from '../command-io.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { UsageError } from '../../errors.js';
import { readTranscriptText } from '../../note/index.js';
import { runBatchCommand } from '../batch/run-batch-command.js';
import { renderCheckedNote } from '../shared/emit-note.js';
import { readNoteRequestBase } from '../shared/note-request.js';
import { withResumeHint } from '../shared/resume.js';
import { createBackendRuntime } from '../shared/runtime.js';
import type { AudioOptions } from './options.js';
import { audioResumeContext, countAudioRequests, writeAudioNote } from './write-audio-note.js';

const AUDIO_EXTENSIONS = ['.mp3', '.m4a', '.mp4', '.wav', '.ogg', '.webm', '.flac'];

/** `soap audio` over many recordings; each waits for its own note (a deferred job is polled, never dropped). */
export async function runAudioBatch(options: AudioOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  if (!options.wait) throw new UsageError('--no-wait is for a single recording; a batch waits for every note (Ctrl-C stops scheduling)');
  // A dry run sends nothing: the specialty is not looked up at the service, the backend (and its key) not loaded.
  const base = options.plan.dryRun ? undefined : await readNoteRequestBase(options.request, io, options);
  // Built once up front so a missing key stops the run before any recording is read.
  if (!options.plan.dryRun) await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), options.backend);
  const resume = audioResumeContext(options);
  return runBatchCommand(
    {
      args: options.inputs,
      batch: options.batch,
      plan: { command: 'audio', choice: options, specialty: options.specialty, plan: options.plan, countFor: (input) => countAudioRequests(input.path, options) },
      format: settings.format,
      extensions: AUDIO_EXTENSIONS,
      async makeNote(input, gate, itemIo) {
        const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(itemIo, gate), options.backend);
        const outcome = await withResumeHint(resume, () => writeAudioNote(input.path, options, base!, backend, { wait: true, waitTimeoutMs: options.waitTimeoutMs, notice: itemIo.warn }));
        // A batch always waits (--no-wait is refused above), so a pending job cannot come back here.
        if ('pending' in outcome) throw new UsageError(`${input.path}: job ${outcome.pending.id} is still running`);
        const { note } = outcome;
        return renderCheckedNote(note, readTranscriptText(note.transcript), options.verify, {
          format: settings.format,
          showTranscript: options.showTranscript,
        });
      },
    },
    io,
  );
}
