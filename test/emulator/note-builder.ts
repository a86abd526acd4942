import { extractDiagnoses, type CodedDiagnosis } from './icd-codes.js';
import type { NoteInput } from './note-request.js';
import { getSpecialtyName } from './specialties.js';
import type { Reading } from './types.js';

export const BILLING_DISCLAIMER =
  'Recommended codes for review. Not a substitute for professional coding. Verify all codes before submission.';

export const SECTION_NAMES = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** A code as the current reading sends it: its description may be null. */
export interface SuggestedCode {
  code: string;
  description: string | null;
}

export interface NoteBody {
  noteId: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  /** Text; in the current reading with include_transcript, diarized segments. */
  transcript: string | TranscriptSegment[];
  billing_codes?: Record<string, SuggestedCode[]> | null;
  billing_codes_disclaimer?: string | null;
  patient_summary?: string | null;
  expires_at: string;
}

/** One turn of a diarized, timestamped transcript (its shape is not documented; this is one plausible form). */
export interface TranscriptSegment {
  speaker: string;
  text: string;
  start: number;
  end: number;
}

const QUOTE_LIMIT = 80;
const DEFAULT_ICD10: CodedDiagnosis = { code: 'Z00.00', description: 'Encounter for general adult medical examination without abnormal findings' };

/** The transcript's first sentence, capped, so a test can tell whose note came back. */
export function quoteFirstSentence(transcript: string): string {
  const flat = transcript.trim().replace(/\s+/g, ' ');
  const sentence = /^.*?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
  return sentence.length > QUOTE_LIMIT ? `${sentence.slice(0, QUOTE_LIMIT).trimEnd()}…` : sentence;
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function describePatient(patient: NoteInput['patient']): string {
  if (!patient) return '';
  const parts = [patient.name, patient.age !== undefined ? `${patient.age}-year-old` : undefined, patient.gender];
  const who = parts.filter((p) => p !== undefined && p !== '').join(', ');
  const extras = [
    patient.medications?.length ? `Current medications: ${patient.medications.join(', ')}.` : '',
    patient.allergies?.length ? `Allergies: ${patient.allergies.join(', ')}.` : '',
  ].filter(Boolean);
  return [who ? `Patient: ${who}.` : '', ...extras].filter(Boolean).join(' ');
}

function buildObjective(transcript: string): string {
  const pressures = transcript.match(/\b\d{2,3}\/\d{2,3}\b/g) ?? [];
  const vitals = pressures.length > 0 ? ` Blood pressure readings mentioned: ${pressures.join(', ')}.` : '';
  return `Transcript reviewed: ${countWords(transcript)} words.${vitals} No further objective findings documented.`;
}

export function buildSections(input: NoteInput): Record<SectionName, string> {
  const specialtyName = getSpecialtyName(input.specialty);
  const codes = extractDiagnoses([input.transcript]);
  const codeText = codes.length > 0 ? ` Documented codes: ${codes.map((c) => c.code).join(', ')}.` : '';
  const patient = describePatient(input.patient);
  return {
    subjective: `${patient ? `${patient} ` : ''}Patient reports: "${quoteFirstSentence(input.transcript)}"`,
    objective: buildObjective(input.transcript),
    assessment: `${specialtyName} assessment (${input.specialty}): presentation consistent with the reported concerns.${codeText}`,
    plan: `Plan (template "${input.template}"): 1. Address the reported concerns. 2. Patient education provided. 3. Follow up in 2 weeks or sooner if symptoms worsen.`,
  };
}

function buildBillingCodes(transcript: string): { icd10: CodedDiagnosis[]; cpt: CodedDiagnosis[] } {
  const icd10 = extractDiagnoses([transcript]);
  const cpt =
    countWords(transcript) > 300
      ? { code: '99214', description: 'Office visit, established patient, moderate complexity' }
      : { code: '99213', description: 'Office visit, established patient, low complexity' };
  return { icd10: icd10.length > 0 ? icd10 : [DEFAULT_ICD10], cpt: [cpt] };
}

function buildPatientSummary(input: NoteInput): string {
  const greeting = input.patient?.name ? `, ${input.patient.name}` : '';
  return (
    `During your ${getSpecialtyName(input.specialty)} visit today${greeting}, we talked about what you told us: ` +
    `"${quoteFirstSentence(input.transcript)}" Please follow the care plan and come back in 2 weeks.`
  );
}

/** The current reading's codes: HCPCS beside ICD-10 and CPT, a description left null, ICD-11 when asked. */
function buildCurrentBillingCodes(input: NoteInput): Record<string, SuggestedCode[]> {
  const { icd10, cpt } = buildBillingCodes(input.transcript);
  return {
    icd10,
    cpt,
    hcpcs: [{ code: 'G2211', description: null }],
    ...(input.includeIcd11 ? { icd11: [{ code: 'QA00', description: 'General examination (advisory)' }] } : {}),
  };
}

/** The transcript as diarized segments: sentences, speakers taking turns, four seconds each. */
export function buildTranscriptSegments(transcript: string): TranscriptSegment[] {
  const sentences = transcript.match(/.*?[.!?](?=\s|$)|\S.*$/g)?.map((s) => s.trim()).filter(Boolean) ?? [transcript];
  return sentences.map((text, i) => ({ speaker: i % 2 === 0 ? 'A' : 'B', text, start: i * 4, end: i * 4 + 3.5 }));
}

/**
 * Deterministic apart from noteId and expires_at, which the caller supplies. Field order follows the docs. The seeds'
 * reading leaves out what was not asked for; the current one sends it as null.
 */
export function buildNote(input: NoteInput, noteId: string, expiresAt: string, reading: Reading = 'seeds'): NoteBody {
  if (reading === 'current') {
    return {
      noteId,
      ...buildSections(input),
      transcript: input.includeTranscript ? buildTranscriptSegments(input.transcript) : input.transcript,
      billing_codes: input.includeBillingCodes ? buildCurrentBillingCodes(input) : null,
      billing_codes_disclaimer: input.includeBillingCodes ? BILLING_DISCLAIMER : null,
      patient_summary: input.includePatientSummary ? buildPatientSummary(input) : null,
      expires_at: expiresAt,
    };
  }
  return {
    noteId,
    ...buildSections(input),
    transcript: input.transcript,
    ...(input.includeBillingCodes
      ? { billing_codes: buildBillingCodes(input.transcript), billing_codes_disclaimer: BILLING_DISCLAIMER }
      : {}),
    ...(input.includePatientSummary ? { patient_summary: buildPatientSummary(input) } : {}),
    expires_at: expiresAt,
  };
}
