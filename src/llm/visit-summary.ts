import type { ChatMessage } from './chat-message.js';
import { ModelAnswerError } from './errors.js';
import { extractJsonValue } from './json-answer.js';
import { SECTIONS, SECTION_TITLES, visitSummarySchema, type VisitSummary, type VisitSummaryRequest } from '../note/index.js';
import { defuseTranscriptTag } from './transcript-tag.js';

function describeVisit(visit: VisitSummaryRequest['visits'][number]): string {
  const lines = [`Visit on ${visit.visit_date}${visit.provider ? ` with ${visit.provider}` : ''}:`];
  for (const s of SECTIONS) {
    const text = visit.soap_note?.[s]?.trim();
    if (text) lines.push(`${SECTION_TITLES[s]}: ${text}`);
  }
  if (visit.summary?.trim()) lines.push(`Summary: ${visit.summary.trim()}`);
  return lines.join('\n');
}

/** Asks for a summary across visits in the shape SOAPNoteAPI answers with, so both paths print the same way. */
export function buildVisitSummaryMessages(input: VisitSummaryRequest): ChatMessage[] {
  const visits = [...input.visits].sort((a, b) => a.visit_date.localeCompare(b.visit_date));
  const patient = input.patient_info;
  const parts = [
    'You are a clinical documentation assistant. Summarise the patient visits below for a clinician.',
    'Use only what the visits say; never invent findings or diagnoses. ICD-10-CM codes must match a diagnosis named in the visits; leave active_diagnoses empty when none is named.',
    'Answer with one JSON object and nothing else: {"summary": "…", "key_findings": ["…"], "active_diagnoses": [{"code": "ICD-10 code", "description": "…"}]}',
  ];
  if (input.focus?.trim()) parts.push(`Focus the summary on: ${input.focus.trim()}`);
  if (patient && (patient.name || patient.age !== undefined)) {
    parts.push(`Patient: ${[patient.name, patient.age !== undefined ? `age ${patient.age}` : undefined].filter(Boolean).join(', ')}`);
  }
  parts.push(`Visits:\n\n${visits.map(describeVisit).join('\n\n')}`);
  return [{ role: 'user', content: defuseTranscriptTag(parts.join('\n\n')) }];
}

/** Validates the answer as a visit summary; the raw answer travels with the error when it does not fit. */
export function parseVisitSummaryAnswer(text: string): VisitSummary {
  const result = visitSummarySchema.safeParse(extractJsonValue(text));
  if (result.success) return result.data;
  throw new ModelAnswerError('the model did not answer with a visit summary (summary, key_findings, active_diagnoses)', text, {
    hint: 'the raw answer is shown as is; run the command again',
  });
}
