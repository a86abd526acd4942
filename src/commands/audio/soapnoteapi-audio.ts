import { createSoapNoteApiClient } from '../../api/soapnoteapi/create-client.js';
import { waitForNote } from '../../api/soapnoteapi/wait-for-note.js';
import type { Note } from '../../api/soapnoteapi/schemas.js';
import { inspectAudioFile } from '../../input/audio-file.js';
import { buildResumeCommand, formatElapsed } from '../../jobs/resume-command.js';
import type { AudioRun } from './write-audio-note.js';

const MAX_AUDIO_BYTES = 25 * 1024 * 1024;
const ASYNC_FROM_SEC = 30 * 60;

export type AudioOutcome = { note: Note & { provider: 'soapnoteapi' } } | { pending: { id: string; resumeCommand: string } };

/** SOAPNoteAPI: one multipart upload; 30 minutes or more of audio comes back 202 and is polled. */
export async function writeSoapNoteApiAudioNote(file: string, run: AudioRun): Promise<AudioOutcome> {
  const { settings, flags, io, progress, rateGate } = run;
  const audio = await inspectAudioFile(file, MAX_AUDIO_BYTES, 'SOAPNoteAPI');
  const client = createSoapNoteApiClient(settings, io, rateGate);
  if (audio.durationSec !== undefined && audio.durationSec >= ASYNC_FROM_SEC && !io.globals.quiet) {
    io.ctx.stderr.write(`! ${file} is ${formatElapsed(audio.durationSec * 1000)} long: the service will answer asynchronously and soap will poll for the note\n`);
  }
  progress.update(`Uploading ${file} and writing the note…`);
  const answer = await client.createAudioNote(audio, { specialty: settings.specialty, template: settings.template });
  if (answer.status !== 202) return { note: { ...(answer.data as Note), provider: 'soapnoteapi' } };
  const { noteId } = answer.data;
  const resumeCommand = buildResumeCommand(['status', noteId, '--wait'], flags);
  if (flags.wait === false) return { pending: { id: noteId, resumeCommand } };
  const note = await waitForNote(client, noteId, 'audio', {
    signal: io.ctx.signal,
    waitTimeoutMs: flags.waitTimeoutMs,
    resumeCommand,
    onProgress: (_label, ms) => progress.update(`Processing ${noteId}… ${formatElapsed(ms)}`),
  });
  return { note: { ...note, provider: 'soapnoteapi' } };
}
