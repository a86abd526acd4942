import { UsageError } from '../errors.js';
import { resolveSettings, type CommonFlags, type Settings } from '../config/resolve-settings.js';
import { noteContextSchema, type NoteRequest } from '../api/soapnoteapi/schemas.js';
import { readTranscript } from '../input/transcript.js';
import { readJsonFile } from '../input/json-file.js';
import { decodeUtf8Text, readInputBytes } from '../input/read-text.js';
import type { CommandIo } from './io.js';

export interface NoteRequestFlags extends CommonFlags {
  context?: string;
  patientHistory?: string;
  billingCodes?: boolean;
  patientSummary?: boolean;
}

const MAX_HISTORY_BYTES = 256 * 1024;

/** Resolves settings and reads every input a note request needs; any problem is a usage error before sending. */
export async function prepareNoteRequest(file: string, flags: NoteRequestFlags, io: CommandIo): Promise<{ settings: Settings; request: NoteRequest }> {
  const { settings, base } = await prepareNoteBase(flags, io, [file]);
  const transcript = await readTranscript(file, io.ctx.stdin);
  return { settings, request: { transcript: transcript.text, ...base } };
}

/** Everything of a note request but the transcript: shared by every input of a batch. */
export async function prepareNoteBase(
  flags: NoteRequestFlags,
  io: CommandIo,
  inputs: string[],
): Promise<{ settings: Settings & { specialty: string }; base: Omit<NoteRequest, 'transcript'> }> {
  const settings = resolveSettings(flags, io.ctx.env);
  if (!settings.specialty) {
    throw new UsageError('--specialty is required', { hint: 'pass --specialty physician (list: soap specialties) or set a default: soap config set specialty physician' });
  }
  if ([...inputs, flags.context, flags.patientHistory].filter((p) => p === '-').length > 1) {
    throw new UsageError('only one input can come from stdin ("-")');
  }
  const context = flags.context ? await readJsonFile(flags.context, noteContextSchema, io.ctx.stdin) : undefined;
  let patientHistory: string | undefined;
  if (flags.patientHistory) {
    const { bytes, label } = await readInputBytes(flags.patientHistory, io.ctx.stdin, MAX_HISTORY_BYTES);
    patientHistory = decodeUtf8Text(bytes, label).trim();
  }
  const mergedContext = patientHistory !== undefined ? { ...context, patient_history: patientHistory } : context;
  return {
    settings: { ...settings, specialty: settings.specialty },
    base: {
      specialty: settings.specialty,
      ...(settings.template ? { template: settings.template } : {}),
      ...(mergedContext ? { context: mergedContext } : {}),
      ...(flags.billingCodes ? { include_billing_codes: true } : {}),
      ...(flags.patientSummary ? { include_patient_summary: true } : {}),
    },
  };
}
