import type { CommandIo } from '../io.js';
import { UsageError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { parseSeconds, resolveSettings, type CommonFlags } from '../../config/resolve-settings.js';
import { createSoapNoteApiClient } from '../../api/soapnoteapi/create-client.js';
import { readJobStatus, waitForNote } from '../../api/soapnoteapi/wait-for-note.js';
import { buildResumeCommand, formatElapsed } from '../../jobs/resume-command.js';
import { emitNote } from '../../output/emit-note.js';
import { startProgress } from '../../ui/progress.js';
import { reportPendingJob } from '../report-pending-job.js';
import type { GatewayFlags } from '../../providers/gateway-options.js';

export interface StatusFlags extends CommonFlags, GatewayFlags {
  wait?: boolean;
  waitTimeout?: string;
  showTranscript?: boolean;
  output?: string;
}

/** `soap status <id>`: GET /v1/note/:id once, or polled with --wait; prints the note once completed. */
export async function runStatus(id: string, flags: StatusFlags, io: CommandIo): Promise<number> {
  if (!/^[\w-]{1,200}$/.test(id)) throw new UsageError(`"${id}" is not a note id`, { hint: 'note ids look like note_01jfg8h4kx9a3bc7d2ef' });
  const settings = resolveSettings(flags, io.ctx.env);
  const waitTimeoutMs = flags.waitTimeout === undefined ? undefined : parseSeconds(flags.waitTimeout, '--wait-timeout', 0) * 1000;
  if (settings.provider === 'assemblyai') {
    const { runAssemblyAiStatus } = await import('./assemblyai-status.js');
    return runAssemblyAiStatus(id, settings, { ...flags, waitTimeoutMs }, io);
  }
  if (settings.provider !== 'soapnoteapi') {
    throw new UsageError(`soap status looks up SOAPNoteAPI notes and AssemblyAI transcripts; --provider ${settings.provider} keeps no jobs`, {
      hint: 'pass --provider soapnoteapi or assemblyai',
    });
  }
  const client = createSoapNoteApiClient(settings, io);
  const resumeCommand = buildResumeCommand(['status', id, '--wait'], flags);
  let state;
  if (flags.wait) {
    const progress = await startProgress(io.ctx.stderr, `Waiting for ${id}…`, settings.format !== 'json' && !io.globals.quiet);
    try {
      state = {
        done: true as const,
        result: await waitForNote(client, id, 'note', {
          signal: io.ctx.signal,
          waitTimeoutMs,
          resumeCommand,
          onProgress: (label, ms) => progress.update(`${id} is ${label}… ${formatElapsed(ms)}`),
        }),
      };
    } finally {
      progress.stop();
    }
  } else {
    state = readJobStatus(id, (await client.getNote(id)).data);
  }
  if (!state.done) return reportPendingJob(id, resumeCommand, settings.format, io);
  await emitNote({ ...state.result, provider: 'soapnoteapi' }, { format: settings.format, output: flags.output, showTranscript: flags.showTranscript }, io);
  return ExitCode.ok;
}
