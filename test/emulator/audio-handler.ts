import { ApiError, createValidationError } from './api-error.js';
import type { HandlerContext } from './handler-context.js';
import { DEFAULT_FAIL_MESSAGE } from './note-store.js';
import type { NoteInput } from './note-request.js';
import { isPlainObject, validateNoteOptions, validateSpecialty, validateTemplate } from './note-request.js';
import { sendJson } from './response-sink.js';
import type { Reading, RecordedFile } from './types.js';

/** The seeds' limit (guide 001: "up to 25 MB"). */
export const MAX_AUDIO_BYTES = 25 * 1024 * 1024;
/** The help center's limit (March 2026: "Max file size: 500 MB"). */
export const MAX_AUDIO_BYTES_CURRENT = 500 * 1024 * 1024;
const AUDIO_EXTENSIONS = /\.(mp3|m4a|wav|ogg|webm|flac|mp4)$/i;

export function maxAudioBytes(reading: Reading): number {
  return reading === 'current' ? MAX_AUDIO_BYTES_CURRENT : MAX_AUDIO_BYTES;
}

/** The method each reading documents for the upload; the other one answers 405 METHOD_NOT_ALLOWED. */
const METHOD: Record<Reading, string> = { seeds: 'POST', current: 'PUT' };

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
  const limit = maxAudioBytes(ctx.settings.reading);
  if (!body.multipart) {
    throw createValidationError('audio', 'Content-Type must be multipart/form-data with an "audio" file field');
  }
  if (body.multipartError !== undefined) {
    throw createValidationError('audio', `Malformed multipart body: ${body.multipartError}`);
  }
  if (body.fileTooLarge) {
    throw createValidationError('audio', `audio file exceeds the ${limit / 1024 / 1024} MB limit (${limit} bytes)`);
  }
  const file = body.multipart.files.find((f) => f.field === 'audio');
  if (!file) throw createValidationError('audio', 'audio file is required (multipart field "audio")');
  if (file.size === 0) throw createValidationError('audio', 'audio file is empty');
  if (!AUDIO_EXTENSIONS.test(file.filename) && !/^(audio|video)\//i.test(file.contentType)) {
    throw createValidationError('audio', 'Unsupported audio format. Use MP3, M4A, WAV, OGG, WebM, FLAC or MP4.');
  }
  return file;
}

function readFlagField(fields: Record<string, string>, name: string): boolean {
  const value = fields[name];
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw createValidationError(name, `${name} must be "true" or "false"`);
}

/** The seeds' flat form fields; a `metadata` part is an unknown field to this server, and ignored. */
function readFlatFields(fields: Record<string, string>): Omit<NoteInput, 'transcript'> {
  return {
    specialty: validateSpecialty(fields.specialty),
    template: validateTemplate(fields.template),
    includeBillingCodes: readFlagField(fields, 'include_billing_codes'),
    includePatientSummary: readFlagField(fields, 'include_patient_summary'),
  };
}

/** The current reading's `metadata` part: a JSON string with the note request's fields (and include_transcript). */
function readMetadata(raw: string | undefined): Omit<NoteInput, 'transcript'> {
  if (raw === undefined) throw createValidationError('metadata', 'metadata is required (a JSON string with specialty, template, context and options)');
  let metadata: unknown;
  try {
    metadata = JSON.parse(raw);
  } catch {
    throw createValidationError('metadata', 'metadata must be a JSON string');
  }
  if (!isPlainObject(metadata)) throw createValidationError('metadata', 'metadata must be a JSON object');
  const includeTranscript = metadata.include_transcript;
  if (includeTranscript !== undefined && typeof includeTranscript !== 'boolean') {
    throw createValidationError('metadata.include_transcript', 'include_transcript must be a boolean');
  }
  return { ...validateNoteOptions(metadata, 'current'), includeTranscript: includeTranscript === true };
}

/**
 * /v1/note/audio in either reading. Seeds: POST with flat fields; 200 with the note (sync) or 202 and polling
 * (async). Current: PUT with `audio` and `metadata`; always a job with a status URL (help center: "returns
 * immediately with a noteId and status URL"), 200 when it will be done at the first poll (sync) and 202 otherwise.
 */
export async function handleAudioUpload(ctx: HandlerContext): Promise<void> {
  const { reading } = ctx.settings;
  if (ctx.record.method !== METHOD[reading]) {
    throw new ApiError(405, 'METHOD_NOT_ALLOWED', `Use ${METHOD[reading]} for /v1/note/audio`, {}, { allow: METHOD[reading] });
  }
  const file = requireAudioFile(ctx);
  const fields = ctx.body.multipart?.fields ?? {};
  const input: NoteInput = {
    transcript: deriveAudioTranscript(file.sha256, file.filename),
    ...(reading === 'current' ? readMetadata(fields.metadata) : readFlatFields(fields)),
  };
  const audio = ctx.settings.audio;
  if (reading === 'seeds' && audio.mode === 'sync') {
    const { noteId, ...rest } = ctx.notes.saveCompleted(input, reading);
    await sendJson(ctx.sink, 200, { noteId, status: 'completed', ...rest });
    return;
  }
  const sync = audio.mode === 'sync';
  const noteId = ctx.notes.savePending(
    input,
    {
      pollsLeft: sync ? 0 : Math.max(0, audio.pollsUntilDone),
      finalStatus: audio.finalStatus,
      failMessage: audio.failMessage ?? DEFAULT_FAIL_MESSAGE,
    },
    reading,
  );
  if (reading === 'current') {
    const statusUrl = `/v1/audio/status/${encodeURIComponent(noteId)}`;
    await sendJson(ctx.sink, sync ? 200 : 202, { noteId, status: 'processing', status_url: statusUrl, message: 'Audio accepted. Poll the status URL.' });
    return;
  }
  await sendJson(ctx.sink, 202, {
    noteId,
    status: 'processing',
    message: 'Audio accepted. Poll GET /v1/audio/status/:noteId for status.',
  });
}
