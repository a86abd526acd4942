import type { HandlerContext } from './handler-context.js';
import { extractDiagnoses, type CodedDiagnosis } from './icd-codes.js';
import { requireJsonObject } from './note-request.js';
import { sendJson } from './response-sink.js';
import { validateVisitSummaryRequest, type Visit, type VisitSummaryInput } from './visit-summary-request.js';

export interface VisitSummary {
  summary: string;
  key_findings: string[];
  active_diagnoses: CodedDiagnosis[];
}

const FINDING_LIMIT = 200;

function capText(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > FINDING_LIMIT ? `${flat.slice(0, FINDING_LIMIT).trimEnd()}…` : flat;
}

/** Newest first; visits on the same date keep their request order. */
function sortNewestFirst(visits: readonly Visit[]): Visit[] {
  return visits
    .map((visit, index) => ({ visit, index }))
    .sort((a, b) => b.visit.visitDate.localeCompare(a.visit.visitDate) || a.index - b.index)
    .map(({ visit }) => visit);
}

function collectTexts(visit: Visit): string[] {
  const soap = visit.soapNote ?? {};
  return [soap.assessment, soap.plan, visit.summary, soap.subjective, soap.objective].filter(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
}

/** Joins section texts as sentences, so "E11.65 Type 2 DM" and "Increased Metformin" stay apart. */
function joinSentences(parts: (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

function describeFinding(visit: Visit): string {
  const soap = visit.soapNote ?? {};
  const clinical = joinSentences([soap.assessment, soap.plan]);
  const narrative = joinSentences([soap.subjective, soap.objective]);
  const text = clinical || visit.summary?.trim() || narrative || 'No findings recorded';
  const by = visit.provider ? ` (${visit.provider})` : '';
  return `${visit.visitDate}${by}: ${capText(text)}`;
}

function describePatient(patient: VisitSummaryInput['patient']): string {
  const age = patient?.age !== undefined ? `${patient.age}-year-old patient` : undefined;
  if (patient?.name && age) return `${patient.name}, ${age}`;
  return patient?.name || age || 'Patient';
}

export function summarizeVisits(input: VisitSummaryInput): VisitSummary {
  const visits = sortNewestFirst(input.visits);
  const newest = visits[0]?.visitDate ?? '';
  const oldest = visits.at(-1)?.visitDate ?? '';
  const count = visits.length;
  const span = count === 1 ? `1 visit on ${newest}` : `${count} visits from ${oldest} to ${newest}`;
  const focus = input.focus ? `, focused on ${input.focus}` : '';
  const diagnoses = extractDiagnoses(visits.flatMap(collectTexts));
  const diagnosisText =
    diagnoses.length > 0 ? ` Active diagnoses: ${diagnoses.map((d) => `${d.code} ${d.description}`).join('; ')}.` : '';
  return {
    summary: `${describePatient(input.patient)}: ${span}${focus}.${diagnosisText}`,
    key_findings: visits.map(describeFinding),
    active_diagnoses: diagnoses,
  };
}

export async function handleVisitSummary(ctx: HandlerContext): Promise<void> {
  const input = validateVisitSummaryRequest(requireJsonObject(ctx.body));
  await sendJson(ctx.sink, 200, summarizeVisits(input));
}
