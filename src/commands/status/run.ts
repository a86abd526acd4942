import type { CommandIo } from '../command-io.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { NotFoundError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { formatElapsed } from '../../jobs/format-elapsed.js';
import { startCommandProgress } from '../shared/progress.js';
import { emitNote } from '../shared/emit-note.js';
import { reportPendingJob, withResumeHint } from '../shared/resume.js';
import { createBackendRuntime } from '../shared/runtime.js';
import { confirmSpecialty } from '../shared/specialty.js';
import type { StatusOptions } from './options.js';

/**
 * `soap status <id>`: a job looked up once, or polled with --wait; the note is printed once it is ready. A transcript
 * (AssemblyAI) with a specialty goes on to its note: the resume path of an interrupted `soap audio`.
 */
export async function runStatus(options: StatusOptions, io: CommandIo): Promise<number> {
  const { id, settings } = options;
  // The specialty of a transcript's note (AssemblyAI), checked as `soap note` checks it.
  const specialty = settings.specialty === undefined ? undefined : await confirmSpecialty(settings.specialty, options, io);
  const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), options.backend);
  const progress = await startCommandProgress(io, `Waiting for ${id}…`, options.wait && settings.format !== 'json' && !io.globals.quiet);
  let outcome;
  try {
    outcome = await withResumeHint(options.resume, () =>
      backend.getJob!(id, {
        wait: options.wait,
        waitTimeoutMs: options.waitTimeoutMs,
        onProgress: (label, ms) => progress.update(`${id} is ${label}… ${formatElapsed(ms)}`),
        onWritingNote: () => progress.update('Writing the note…'),
        ...(specialty ? { note: { specialty, ...(settings.template ? { template: settings.template } : {}) } } : {}),
      }),
    );
  } catch (err) {
    // The service's own 404 may already say that notes expire; the retention hint is then not said twice.
    if (err instanceof NotFoundError && /retention|expire/i.test(err.message)) err.hint = 'generate the note again';
    throw err;
  } finally {
    progress.stop();
  }
  if ('pending' in outcome) return reportPendingJob(outcome.pending, options.resume, settings.format, io);
  if ('transcript' in outcome) {
    const { transcript } = outcome;
    io.ctx.stdout.write(settings.format === 'json' ? `${JSON.stringify(transcript, null, 2)}\n` : `transcript ${id}: completed\n\n${transcript.text}\n`);
    return ExitCode.ok;
  }
  await emitNote(outcome.note, { format: settings.format, output: options.output, showTranscript: options.showTranscript }, io);
  return ExitCode.ok;
}
