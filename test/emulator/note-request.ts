import { createValidationError } from './api-error.js';
import type { ParsedBody } from './request-body.js';
import { isJsonContentType } from './request-body.js';
import { isSpecialtyId, listSpecialtyIds } from './specialties.js';
import type { Reading } from './types.js';

export const MIN_TRANSCRIPT_CHARS = 50;

/** Only what note generation uses is kept, so stored notes stay small. */
export interface NoteInput {
  transcript: string;
  specialty: string;
  template: string;
  patient?: { name?: string; age?: number; gender?: string; medications?: string[]; allergies?: string[] };
  includeBillingCodes: boolean;
  includePatientSummary: boolean;
  /** The current reading only (an older server ignores the field). */
  includeIcd11?: boolean;
  /** Audio in the current reading only: the transcript comes back diarized. */
  includeTranscript?: boolean;
  /** context.custom_instructions (current reading). */
  customInstructions?: string;
}

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON endpoints insist on a JSON object body, as the service's body parser does. */
export function requireJsonObject(body: ParsedBody): JsonObject {
  if (!isJsonContentType(body.contentType)) {
    throw createValidationError('body', 'Content-Type must be application/json');
  }
  if (body.jsonError !== undefined || body.json === undefined) {
    throw createValidationError('body', `Request body must be valid JSON${body.jsonError ? `: ${body.jsonError}` : ''}`);
  }
  if (!isPlainObject(body.json)) throw createValidationError('body', 'Request body must be a JSON object');
  return body.json;
}

export function validateSpecialty(value: unknown, reading: Reading = 'seeds'): string {
  if (value === undefined || value === null || value === '') {
    throw createValidationError('specialty', 'specialty is required');
  }
  if (typeof value !== 'string' || !isSpecialtyId(value, reading)) {
    const allowed = listSpecialtyIds(reading).join(', ');
    throw createValidationError('specialty', `specialty must be one of: ${allowed} (got ${JSON.stringify(value)})`);
  }
  return value;
}

export function validateTemplate(value: unknown): string {
  if (value === undefined || value === null) return 'standard';
  if (typeof value !== 'string' || value.trim() === '') {
    throw createValidationError('template', 'template must be "standard" or a custom template id');
  }
  return value;
}

function validateTranscript(value: unknown): string {
  if (value === undefined || value === null) throw createValidationError('transcript', 'transcript is required');
  if (typeof value !== 'string') throw createValidationError('transcript', 'transcript must be a string');
  const length = value.trim().length;
  if (length < MIN_TRANSCRIPT_CHARS) {
    throw createValidationError(
      'transcript',
      `transcript must be at least ${MIN_TRANSCRIPT_CHARS} characters (got ${length})`,
    );
  }
  return value;
}

export function validateFlag(body: JsonObject, field: string): boolean {
  const value = body[field];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw createValidationError(field, `${field} must be a boolean`);
  return value;
}

function validateStringList(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw createValidationError(field, `${field} must be an array of strings`);
  }
  return value as string[];
}

function validateInstructions(value: unknown): string | undefined {
  if (!isPlainObject(value) || value.custom_instructions === undefined || value.custom_instructions === null) return undefined;
  if (typeof value.custom_instructions !== 'string') {
    throw createValidationError('context.custom_instructions', 'context.custom_instructions must be a string');
  }
  return value.custom_instructions;
}

function validateContext(value: unknown): NoteInput['patient'] {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw createValidationError('context', 'context must be an object');
  if (value.patient_history !== undefined && typeof value.patient_history !== 'string') {
    throw createValidationError('context.patient_history', 'context.patient_history must be a string');
  }
  if (value.chat_messages !== undefined && !Array.isArray(value.chat_messages)) {
    throw createValidationError('context.chat_messages', 'context.chat_messages must be an array');
  }
  const info = value.patient_info;
  if (info === undefined || info === null) return undefined;
  if (!isPlainObject(info)) throw createValidationError('context.patient_info', 'context.patient_info must be an object');
  const { name, age, gender } = info;
  if (name !== undefined && typeof name !== 'string') {
    throw createValidationError('context.patient_info.name', 'context.patient_info.name must be a string');
  }
  if (age !== undefined && (typeof age !== 'number' || !Number.isFinite(age) || age < 0)) {
    throw createValidationError('context.patient_info.age', 'context.patient_info.age must be a non-negative number');
  }
  if (gender !== undefined && typeof gender !== 'string') {
    throw createValidationError('context.patient_info.gender', 'context.patient_info.gender must be a string');
  }
  return {
    name,
    age,
    gender,
    medications: validateStringList(info.medications, 'context.patient_info.medications'),
    allergies: validateStringList(info.allergies, 'context.patient_info.allergies'),
  };
}

/**
 * Everything of a note request but the transcript (also the audio metadata of the current reading). Fields only the
 * current reading documents are ignored by the seeds' server, as an older server would.
 */
export function validateNoteOptions(body: JsonObject, reading: Reading): Omit<NoteInput, 'transcript'> {
  const current = reading === 'current';
  return {
    specialty: validateSpecialty(body.specialty ?? body.provider_type, reading),
    template: validateTemplate(body.template ?? body.template_id),
    patient: validateContext(body.context),
    includeBillingCodes: validateFlag(body, 'include_billing_codes'),
    includePatientSummary: validateFlag(body, 'include_patient_summary'),
    ...(current ? { includeIcd11: validateFlag(body, 'include_icd11'), customInstructions: validateInstructions(body.context) } : {}),
  };
}

/** Checks a note request; the deprecated aliases are accepted, the primary names win when both are sent. */
export function validateNoteRequest(body: JsonObject, reading: Reading = 'seeds'): NoteInput {
  return { transcript: validateTranscript(body.transcript ?? body.shorthand_notes), ...validateNoteOptions(body, reading) };
}
