import { UsageError } from '../../errors.js';
import { readJsonFile } from '../../input/json-file.js';
import { decodeText } from '../../input/decode-text.js';
import { readInputBytes } from '../../input/read-text.js';
import { noteContextSchema, type NoteRequest } from '../../note/index.js';
import type { CommandIo } from '../command-io.js';

const MAX_HISTORY_BYTES = 256 * 1024;

/** The parts of a note request that the options name: files to read, and what to ask for. */
export interface NoteRequestOptions {
  specialty: string;
  template: string | undefined;
  context: string | undefined;
  patientHistory: string | undefined;
  billingCodes: boolean;
  patientSummary: boolean;
}

/** The note-request flags as parsed (see noteRequestFlags in options.ts), with the specialty already required. */
export function toNoteRequestOptions(
  flags: { context?: string; patientHistory?: string; billingCodes?: true; patientSummary?: true },
  specialty: string,
  template: string | undefined,
): NoteRequestOptions {
  return {
    specialty,
    template,
    context: flags.context,
    patientHistory: flags.patientHistory,
    billingCodes: Boolean(flags.billingCodes),
    patientSummary: Boolean(flags.patientSummary),
  };
}

/** Refuses two inputs from stdin before anything is read. */
export function checkOneStdin(paths: (string | undefined)[]): void {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('only one input can come from stdin ("-")');
}

/** Everything of a note request but the transcript (shared by every input of a batch): the context files are read here. */
export async function readNoteRequestBase(options: NoteRequestOptions, io: CommandIo): Promise<Omit<NoteRequest, 'transcript'>> {
  const context = options.context ? await readJsonFile(options.context, noteContextSchema, io.ctx) : undefined;
  let patientHistory: string | undefined;
  if (options.patientHistory) {
    const { bytes, label } = await readInputBytes(options.patientHistory, io.ctx, MAX_HISTORY_BYTES);
    patientHistory = decodeText(bytes, label).trim();
  }
  const merged = patientHistory !== undefined ? { ...context, patient_history: patientHistory } : context;
  return {
    specialty: options.specialty,
    ...(options.template ? { template: options.template } : {}),
    ...(merged ? { context: merged } : {}),
    ...(options.billingCodes ? { include_billing_codes: true } : {}),
    ...(options.patientSummary ? { include_patient_summary: true } : {}),
  };
}
