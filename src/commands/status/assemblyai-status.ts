import type { CommandIo } from '../io.js';
import type { Settings } from '../../config/resolve-settings.js';
import { JobFailedError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { formatElapsed } from '../../jobs/resume-command.js';
import { emitNote } from '../../output/emit-note.js';
import { resolveGatewayOptions } from '../../providers/gateway-options.js';
import { createGatewayBackend } from '../../providers/gateway-backend.js';
import { startProgress } from '../../ui/progress.js';
import { writeNoteFromTranscript } from '../audio/gateway-audio.js';
import { reportPendingJob } from '../report-pending-job.js';
import type { StatusFlags } from './run.js';

/**
 * `soap status <transcript-id> --provider assemblyai`: the transcript's state; with --wait it waits, and with a
 * specialty it goes on to write the note — the resume path of an interrupted `soap audio`.
 */
export async function runAssemblyAiStatus(id: string, settings: Settings, flags: StatusFlags & { waitTimeoutMs?: number }, io: CommandIo): Promise<number> {
  const { createAssemblyAiClients, describeResumeCommand, waitForTranscript } = await import('../../api/assemblyai/index.js');
  const gatewayOptions = resolveGatewayOptions(flags, settings.provider);
  const clients = createAssemblyAiClients(settings, io);
  const resume = { specialty: settings.specialty, baseUrl: flags.baseUrl };
  const progress = await startProgress(io.ctx.stderr, `Waiting for transcript ${id}…`, Boolean(flags.wait) && settings.format !== 'json' && !io.globals.quiet);
  let transcript;
  try {
    if (flags.wait) {
      transcript = await waitForTranscript(clients.api, id, {
        signal: io.ctx.signal,
        waitTimeoutMs: flags.waitTimeoutMs,
        resume,
        onProgress: (label, ms) => progress.update(`Transcript ${id} is ${label}… ${formatElapsed(ms)}`),
      });
    } else {
      const { data } = await clients.api.getTranscript(id);
      if (data.status === 'error') throw new JobFailedError(`AssemblyAI could not transcribe transcript ${id}: ${data.error ?? 'no reason given'}`);
      if (data.status !== 'completed') return reportPendingJob(id, describeResumeCommand(id, resume), settings.format, io);
      transcript = { ...data, status: 'completed' as const, text: data.text ?? '' };
    }
    if (!settings.specialty) {
      progress.stop();
      const text = settings.format === 'json' ? `${JSON.stringify(transcript, null, 2)}\n` : `transcript ${id}: completed\n\n${transcript.text}\n`;
      io.ctx.stdout.write(text);
      return ExitCode.ok;
    }
    progress.update('Writing the note…');
    const backend = await createGatewayBackend(settings, io, gatewayOptions);
    const note = await writeNoteFromTranscript(backend, { specialty: settings.specialty, template: settings.template }, transcript);
    progress.stop();
    await emitNote(note, { format: settings.format, output: flags.output, showTranscript: flags.showTranscript }, io);
    return ExitCode.ok;
  } finally {
    progress.stop();
  }
}
