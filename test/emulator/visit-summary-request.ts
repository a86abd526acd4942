import { createValidationError } from './api-error.js';
import { isPlainObject, type JsonObject } from './note-request.js';

export interface SoapSections {
  subjective?: string;
  objective?: string;
  assessment?: string;
  plan?: string;
}

export interface Visit {
  visitDate: string;
  provider?: string;
  soapNote?: SoapSections;
  summary?: string;
}

export interface VisitSummaryInput {
  patient?: { name?: string; age?: number };
  visits: Visit[];
  focus?: string;
}

const SOAP_KEYS = ['subjective', 'objective', 'assessment', 'plan'] as const;

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw createValidationError(path, `${path} must be a string`);
  return value;
}

function validateSoapNote(value: unknown, path: string): SoapSections | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw createValidationError(path, `${path} must be an object`);
  const sections: SoapSections = {};
  for (const key of SOAP_KEYS) sections[key] = optionalString(value[key], `${path}.${key}`);
  return sections;
}

function validateVisit(value: unknown, index: number): Visit {
  const path = `visits[${index}]`;
  if (!isPlainObject(value)) throw createValidationError(path, `${path} must be an object`);
  const date = value.visit_date;
  if (date === undefined || date === null) {
    throw createValidationError(`${path}.visit_date`, `${path}.visit_date is required`);
  }
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw createValidationError(`${path}.visit_date`, `${path}.visit_date must be an ISO date (YYYY-MM-DD)`);
  }
  const soapNote = validateSoapNote(value.soap_note, `${path}.soap_note`);
  const summary = optionalString(value.summary, `${path}.summary`);
  if (soapNote === undefined && summary === undefined) {
    throw createValidationError(path, `${path} must include at least one of soap_note or summary`);
  }
  return { visitDate: date, provider: optionalString(value.provider, `${path}.provider`), soapNote, summary };
}

function validatePatientInfo(value: unknown): VisitSummaryInput['patient'] {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw createValidationError('patient_info', 'patient_info must be an object');
  const age = value.age;
  if (age !== undefined && (typeof age !== 'number' || !Number.isFinite(age) || age < 0)) {
    throw createValidationError('patient_info.age', 'patient_info.age must be a non-negative number');
  }
  return { name: optionalString(value.name, 'patient_info.name'), age };
}

export function validateVisitSummaryRequest(body: JsonObject): VisitSummaryInput {
  const visits = body.visits;
  if (visits === undefined || visits === null) throw createValidationError('visits', 'visits is required');
  if (!Array.isArray(visits)) throw createValidationError('visits', 'visits must be an array');
  if (visits.length === 0) throw createValidationError('visits', 'visits must contain at least 1 visit');
  return {
    patient: validatePatientInfo(body.patient_info),
    visits: visits.map((visit: unknown, index) => validateVisit(visit, index)),
    focus: optionalString(body.focus, 'focus'),
  };
}
