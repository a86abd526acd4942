import type { Code } from '../note/index.js';
import type { Condition, Device, Patient, Reference } from './fhir-r4-types.js';
import { escapeXhtml } from './xhtml.js';

export const SYSTEM_NOTE_ID = 'urn:soap:note-id';
export const SYSTEM_PROVIDER = 'urn:soap:provider';
export const SYSTEM_TAGS = 'urn:soap:tag';
export const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
/** ICD-11 for Mortality and Morbidity Statistics, as FHIR's terminology registry names it. */
export const ICD11_MMS = 'http://id.who.int/icd/release/11/mms';

/** A diagnosis code system the exporter turns into Conditions. */
export interface DiagnosisSystem {
  uri: string;
  /** `ICD-10-CM`: how notes and narratives name it. */
  label: string;
  /** Said in the Condition's note (ICD-11: not for US billing). */
  caveat?: string;
}

export interface PatientOption {
  name?: string;
  age?: number;
  gender?: string;
}

/** Maps free-text gender to FHIR's administrative-gender value set (required binding in R4). */
export function mapAdministrativeGender(gender: string | undefined): Patient['gender'] | undefined {
  if (!gender?.trim()) return undefined;
  const g = gender.trim().toLowerCase();
  if (['male', 'm', 'man', 'boy'].includes(g)) return 'male';
  if (['female', 'f', 'woman', 'girl'].includes(g)) return 'female';
  if (['other', 'non-binary', 'nonbinary', 'x', 'diverse'].includes(g)) return 'other';
  return 'unknown';
}

/**
 * The patient as told on the command line. The name stays in `text` because splitting free text into given and
 * family names guesses at cultural conventions. R4 Patient has no age element and a birth date computed from an
 * age would be invented, so the age is only written into the human-readable narrative.
 */
export function buildPatient(id: string, patient: PatientOption): Patient {
  const gender = mapAdministrativeGender(patient.gender);
  const facts = [
    patient.name?.trim() ? `Name: ${patient.name.trim()}` : 'Name not given',
    gender ? `Gender: ${gender}` : '',
    patient.age !== undefined && Number.isFinite(patient.age) ? `Age: ${patient.age} years (as stated, not verified)` : '',
  ].filter(Boolean);
  return {
    resourceType: 'Patient',
    id,
    text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${facts.map(escapeXhtml).join('; ')}</p></div>` },
    ...(patient.name?.trim() ? { name: [{ use: 'usual' as const, text: patient.name.trim() }] } : {}),
    ...(gender ? { gender } : {}),
  };
}

/** The author: no clinician is known, so the note is attributed to the software that wrote it. */
export function buildAuthorDevice(id: string, provider: string | undefined): Device {
  const name = provider ? `soap via ${provider}` : 'soap';
  return {
    resourceType: 'Device',
    id,
    text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXhtml(name)}: software that drafted this note</p></div>` },
    status: 'active',
    ...(provider ? { identifier: [{ system: SYSTEM_PROVIDER, value: provider }] } : {}),
    deviceName: [{ name, type: 'user-friendly-name' }],
    type: { text: 'Clinical note drafting software' },
  };
}

/**
 * An ICD-10 (or ICD-11) suggestion as a provisional encounter diagnosis. It is tagged and annotated as a machine
 * suggestion (with the provider's disclaimer) so no receiver mistakes it for a clinician's confirmed diagnosis.
 */
export function buildSuggestedCondition(id: string, code: Code, system: DiagnosisSystem, subject: Reference, recorder: Reference, disclaimer: string): Condition {
  const description = code.description ?? undefined;
  return {
    resourceType: 'Condition',
    id,
    meta: { tag: [{ system: SYSTEM_TAGS, code: 'machine-suggestion', display: 'Machine-generated suggestion' }] },
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>Suggested (provisional): ${escapeXhtml(`${code.code} ${description ?? ''}`.trim())}</p><p>${escapeXhtml(disclaimer)}</p></div>`,
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'provisional', display: 'Provisional' }],
    },
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] },
    ],
    code: { coding: [{ system: system.uri, code: code.code, ...(description ? { display: description } : {}) }], text: description ?? code.code },
    subject,
    recorder,
    note: [{ text: [`Machine-suggested ${system.label} code, not verified by a clinician.`, system.caveat, disclaimer].filter(Boolean).join(' ') }],
  };
}
