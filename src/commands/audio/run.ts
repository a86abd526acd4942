import type { CommandIo } from '../io.js';
import { UsageError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { parseSeconds, resolveSettings, type CommonFlags } from '../../config/resolve-settings.js';
import { createSoapNoteApiClient } from '../../api/soapnoteapi/create-client.js';
import { waitForNote } from '../../api/soapnoteapi/wait-for-note.js';
import type { Note } from '../../api/soapnoteapi/schemas.js';
import { inspectAudioFile } from '../../input/audio-file.js';
import { buildResumeCommand, formatElapsed } from '../../jobs/resume-command.js';
import { emitNote } from '../../output/emit-note.js';
import { startProgress } from '../../ui/progress.js';
import { reportPendingJob } from '../report-pending-job.js';
import { exitCodeForFindings, verifyIfAsked, type VerifyFlags } from '../verify-note.js';

export interface AudioFlags extends CommonFlags, VerifyFlags {
  showTranscript?: boolean;
  wait?: boolean;
  waitTimeout?: string;
  output?: string;
}

const MAX_AUDIO_BYTES = 25 * 1024 * 1024;
const ASYNC_FROM_SEC = 30 * 60;

/** `soap audio`: checks the recording, uploads it streamed from disk, and waits for the note if the service defers it. */
export async function runAudio(file: string, flags: AudioFlags, io: CommandIo): Promise<number> {
  const settings = resolveSettings(flags, io.ctx.env);
  if (!settings.specialty) throw new UsageError('--specialty is required', { hint: 'pass --specialty physician or set a default: soap config set specialty physician' });
  if (settings.provider === 'local') {
    const why = settings.providerDefaulted ? 'no provider or key is configured, and the offline engine' : 'the offline engine (--provider local)';
    throw new UsageError(`offline transcription is not available: ${why} works on transcripts, not recordings`, {
      hint: 'use --provider soapnoteapi or assemblyai (with their keys), or openai pointed at a local Whisper server (OPENAI_BASE_URL); or run soap note on a transcript',
    });
  }
  const waitTimeoutMs = flags.waitTimeout === undefined ? undefined : parseSeconds(flags.waitTimeout, '--wait-timeout', 0) * 1000;
  const audio = await inspectAudioFile(file, MAX_AUDIO_BYTES, 'SOAPNoteAPI');
  const client = createSoapNoteApiClient(settings, io);
  if (audio.durationSec !== undefined && audio.durationSec >= ASYNC_FROM_SEC && !io.globals.quiet) {
    io.ctx.stderr.write(`! ${file} is ${formatElapsed(audio.durationSec * 1000)} long: the service will answer asynchronously and soap will poll for the note\n`);
  }
  const progress = await startProgress(io.ctx.stderr, `Uploading ${file} and writing the note…`, settings.format !== 'json' && !io.globals.quiet);
  let note: Note;
  try {
    const answer = await client.createAudioNote(audio, { specialty: settings.specialty, template: settings.template });
    if (answer.status !== 202) {
      note = answer.data as Note;
    } else {
      const { noteId } = answer.data;
      const resumeCommand = buildResumeCommand(['status', noteId, '--wait'], flags);
      if (flags.wait === false) {
        progress.stop();
        return reportPendingJob(noteId, resumeCommand, settings.format, io);
      }
      note = await waitForNote(client, noteId, 'audio', {
        signal: io.ctx.signal,
        waitTimeoutMs,
        resumeCommand,
        onProgress: (_label, ms) => progress.update(`Processing ${noteId}… ${formatElapsed(ms)}`),
      });
    }
  } finally {
    progress.stop();
  }
  const grounding = await verifyIfAsked(flags, note, note.transcript ?? '');
  await emitNote({ ...note, provider: 'soapnoteapi' }, { format: settings.format, output: flags.output, showTranscript: flags.showTranscript, grounding }, io);
  return exitCodeForFindings(flags, grounding);
}
