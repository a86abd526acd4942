import { UsageError } from '../../errors.js';
import { readJsonFile } from '../../input/json-file.js';
import { decodeText } from '../../input/decode-text.js';
import { readInputBytes } from '../../input/read-text.js';
import { noteContextSchema, type NoteRequest } from '../../note/index.js';
import type { Settings } from '../../config/resolve-settings.js';
import type { ProviderDefinition } from '../../providers/index.js';
import type { CommandIo } from '../command-io.js';
import { confirmSpecialty } from './specialty.js';

const MAX_HISTORY_BYTES = 256 * 1024;
const MAX_INSTRUCTIONS_BYTES = 64 * 1024;

/** The parts of a note request that the options name: files to read, and what to ask for. */
export interface NoteRequestOptions {
  specialty: string;
  template: string | undefined;
  context: string | undefined;
  patientHistory: string | undefined;
  billingCodes: boolean;
  icd11: boolean;
  patientSummary: boolean;
  /** `--instructions`: the text, or `@file` to read. */
  instructions: string | undefined;
}

/** `--instructions`: the text as given, or a file's text for `@file` (`@-` for stdin). */
async function readInstructions(raw: string | undefined, io: CommandIo): Promise<string | undefined> {
  if (raw === undefined || !raw.startsWith('@')) return raw?.trim();
  const { bytes, label } = await readInputBytes(raw.slice(1), io.ctx, MAX_INSTRUCTIONS_BYTES);
  return decodeText(bytes, label).trim() || undefined;
}

/** Refuses two inputs from stdin before anything is read. */
export function checkOneStdin(paths: (string | undefined)[]): void {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('only one input can come from stdin ("-")');
}

/**
 * Everything of a note request but the transcript (shared by every input of a batch): the specialty checked (see
 * confirmSpecialty), the context files read.
 */
export async function readNoteRequestBase(options: NoteRequestOptions, io: CommandIo, choice: { settings: Settings; provider: ProviderDefinition }): Promise<Omit<NoteRequest, 'transcript'>> {
  const specialty = await confirmSpecialty(options.specialty, choice, io);
  const context = options.context ? await readJsonFile(options.context, noteContextSchema, io.ctx) : undefined;
  let patientHistory: string | undefined;
  if (options.patientHistory) {
    const { bytes, label } = await readInputBytes(options.patientHistory, io.ctx, MAX_HISTORY_BYTES);
    patientHistory = decodeText(bytes, label).trim();
  }
  const instructions = await readInstructions(options.instructions, io);
  const merged = {
    ...context,
    ...(patientHistory !== undefined ? { patient_history: patientHistory } : {}),
    ...(instructions ? { custom_instructions: instructions } : {}),
  };
  // Only what was asked for is sent: an older server may refuse a field it does not know (include_icd11).
  return {
    specialty,
    ...(options.template ? { template: options.template } : {}),
    ...(context || Object.keys(merged).length ? { context: merged } : {}),
    ...(options.billingCodes ? { include_billing_codes: true } : {}),
    ...(options.patientSummary ? { include_patient_summary: true } : {}),
    ...(options.icd11 ? { include_icd11: true } : {}),
  };
}
