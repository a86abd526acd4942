import type { CommandIo } from '../io.js';
import { UsageError } from '../../errors.js';
import { parseSeconds, resolveSettings, type CommonFlags } from '../../config/resolve-settings.js';
import type { GatewayFlags } from '../../providers/gateway-options.js';
import { startProgress } from '../../ui/progress.js';
import { reportPendingJob } from '../report-pending-job.js';
import { chooseRunMode, type BatchFlags } from '../batch/batch-flags.js';
import { runPaidStep } from '../raw-answer.js';
import { emitCheckedNote, type VerifyFlags } from '../verify-note.js';

export interface AudioFlags extends CommonFlags, VerifyFlags, GatewayFlags, BatchFlags {
  showTranscript?: boolean;
  wait?: boolean;
  waitTimeout?: string;
  /** Parsed from --wait-timeout. */
  waitTimeoutMs?: number;
  output?: string;
  speechModel?: string;
  redactPii?: boolean;
  redactPiiPolicies?: string;
  redactPiiSub?: string;
}

/** Refuses what no backend can do before anything is read or sent. */
export function checkAudioSettings(flags: AudioFlags, io: CommandIo) {
  const settings = resolveSettings(flags, io.ctx.env);
  if (!settings.specialty) throw new UsageError('--specialty is required', { hint: 'pass --specialty physician or set a default: soap config set specialty physician' });
  if (settings.provider === 'local') {
    const why = settings.providerDefaulted ? 'no provider or key is configured, and the offline engine' : 'the offline engine (--provider local)';
    throw new UsageError(`offline transcription is not available: ${why} works on transcripts, not recordings`, {
      hint: 'use --provider soapnoteapi or assemblyai (with their keys), or openai pointed at a local Whisper server (OPENAI_BASE_URL); or run soap note on a transcript',
    });
  }
  const assemblyOnly = flags.redactPii || flags.redactPiiPolicies !== undefined || flags.redactPiiSub !== undefined;
  if (assemblyOnly && settings.provider !== 'assemblyai') throw new UsageError(`--redact-pii options apply only with --provider assemblyai (the provider is ${settings.provider})`);
  if (flags.speechModel !== undefined && settings.provider === 'soapnoteapi') throw new UsageError('--speech-model applies only with --provider assemblyai or openai');
  const waitTimeoutMs = flags.waitTimeout === undefined ? undefined : parseSeconds(flags.waitTimeout, '--wait-timeout', 0) * 1000;
  return { settings: { ...settings, specialty: settings.specialty }, flags: { ...flags, waitTimeoutMs } };
}

/** `soap audio`: one recording, or a batch of them (several inputs, folders, globs, --out-dir…). */
export async function runAudio(inputs: string[], rawFlags: AudioFlags, io: CommandIo): Promise<number> {
  if ((await chooseRunMode(inputs, rawFlags, 'recording')) === 'batch') return (await import('./run-batch.js')).runAudioBatch(inputs, rawFlags, io);
  return runSingleAudio(inputs[0]!, rawFlags, io);
}

/** A recording in, a SOAP note out, through whichever backend transcribes. */
async function runSingleAudio(file: string, rawFlags: AudioFlags, io: CommandIo): Promise<number> {
  const { settings, flags } = checkAudioSettings(rawFlags, io);
  const progress = await startProgress(io.ctx.stderr, 'Checking the recording…', settings.format !== 'json' && !io.globals.quiet);
  const outcome = await runPaidStep(progress, io, async () => (await import('./write-audio-note.js')).writeAudioNote(file, { settings, flags, io, progress }));
  if ('pending' in outcome) return reportPendingJob(outcome.pending.id, outcome.pending.resumeCommand, settings.format, io);
  const { note } = outcome;
  const transcript = typeof note.transcript === 'string' ? note.transcript : '';
  return emitCheckedNote(note, transcript, flags, { format: settings.format, output: flags.output, showTranscript: flags.showTranscript }, io);
}
