import { createValidationError } from './api-error.js';
import type { HandlerContext } from './handler-context.js';
import { DEFAULT_FAIL_MESSAGE } from './note-store.js';
import type { NoteInput } from './note-request.js';
import { validateSpecialty, validateTemplate } from './note-request.js';
import { sendJson } from './response-sink.js';
import type { RecordedFile } from './types.js';

export const MAX_AUDIO_BYTES = 25 * 1024 * 1024;
const AUDIO_EXTENSIONS = /\.(mp3|m4a|wav|ogg|webm|flac)$/i;

const COMPLAINTS = [
  'intermittent headaches',
  'lower back pain',
  'a persistent dry cough',
  'knee pain after running',
  'trouble sleeping',
  'seasonal allergy symptoms',
  'mild chest tightness on exertion',
  'swelling in both ankles',
];
const ADVICE = ['rest and hydration', 'a short course of physical therapy', 'a trial of over-the-counter analgesics', 'a sleep diary'];

/**
 * Stands in for Whisper: the text depends only on the file's bytes and name, so a test can tell
 * which upload a note came from.
 */
export function deriveAudioTranscript(sha256: string, filename: string): string {
  const byteAt = (i: number): number => parseInt(sha256.slice(i * 2, i * 2 + 2), 16) || 0;
  const complaint = COMPLAINTS[byteAt(0) % COMPLAINTS.length];
  const advice = ADVICE[byteAt(1) % ADVICE.length];
  return (
    `Audio transcript of ${filename || 'recording'} (sha256 ${sha256.slice(0, 12)}). ` +
    `Patient reports ${complaint} for ${(byteAt(2) % 20) + 2} days, rated ${(byteAt(3) % 9) + 1}/10. ` +
    `Vital signs are within normal limits. Provider recommends ${advice} and a follow-up visit in two weeks.`
  );
}

function requireAudioFile(ctx: HandlerContext): RecordedFile {
  const { body } = ctx;
  if (!body.multipart) {
    throw createValidationError('audio', 'Content-Type must be multipart/form-data with an "audio" file field');
  }
  if (body.multipartError !== undefined) {
    throw createValidationError('audio', `Malformed multipart body: ${body.multipartError}`);
  }
  if (body.fileTooLarge) {
    throw createValidationError('audio', `audio file exceeds the 25 MB limit (${MAX_AUDIO_BYTES} bytes)`);
  }
  const file = body.multipart.files.find((f) => f.field === 'audio');
  if (!file) throw createValidationError('audio', 'audio file is required (multipart field "audio")');
  if (file.size === 0) throw createValidationError('audio', 'audio file is empty');
  if (!AUDIO_EXTENSIONS.test(file.filename) && !/^(audio|video)\//i.test(file.contentType)) {
    throw createValidationError('audio', 'Unsupported audio format. Use MP3, M4A, WAV, OGG, WebM or FLAC.');
  }
  return file;
}

function readFlagField(fields: Record<string, string>, name: string): boolean {
  const value = fields[name];
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw createValidationError(name, `${name} must be "true" or "false"`);
}

/** POST /v1/note/audio: 200 with the note (sync) or 202 and polling (async), per the emulator settings. */
export async function handleAudioUpload(ctx: HandlerContext): Promise<void> {
  const file = requireAudioFile(ctx);
  const fields = ctx.body.multipart?.fields ?? {};
  const input: NoteInput = {
    transcript: deriveAudioTranscript(file.sha256, file.filename),
    specialty: validateSpecialty(fields.specialty),
    template: validateTemplate(fields.template),
    includeBillingCodes: readFlagField(fields, 'include_billing_codes'),
    includePatientSummary: readFlagField(fields, 'include_patient_summary'),
  };
  const audio = ctx.settings.audio;
  if (audio.mode === 'sync') {
    const { noteId, ...rest } = ctx.notes.saveCompleted(input);
    await sendJson(ctx.sink, 200, { noteId, status: 'completed', ...rest });
    return;
  }
  const noteId = ctx.notes.savePending(input, {
    pollsLeft: Math.max(0, audio.pollsUntilDone),
    finalStatus: audio.finalStatus,
    failMessage: audio.failMessage ?? DEFAULT_FAIL_MESSAGE,
  });
  await sendJson(ctx.sink, 202, {
    noteId,
    status: 'processing',
    message: 'Audio accepted. Poll GET /v1/audio/status/:noteId for status.',
  });
}
