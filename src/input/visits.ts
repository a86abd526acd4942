import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { readJsonValue, validateJson } from './json-file.js';
import type { InputSource } from './read-text.js';
import { SECTIONS, hasSomeSection, isoDateSchema, noteSchema, visitSummaryRequestSchema, type Visit, type VisitSummaryRequest } from '../note/index.js';

export type DateRule = 'field' | 'mtime';

/** A saved note, with the date of its visit when the file says it. */
const noteFileSchema = noteSchema
  .partial({ subjective: true, objective: true, assessment: true, plan: true })
  .extend({ visit_date: isoDateSchema.optional() })
  .refine(hasSomeSection, 'is neither a visits file nor a note (no subjective, objective, assessment or plan)');

async function dateOfNote(path: string, note: { visit_date?: string }, rule: DateRule): Promise<string> {
  if (rule === 'mtime') return (await stat(path)).mtime.toISOString().slice(0, 10);
  if (note.visit_date) return note.visit_date;
  const named = /(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1];
  if (named && isoDateSchema.safeParse(named).success) return named;
  throw new UsageError(`${path}: no visit date`, { hint: 'add "visit_date": "YYYY-MM-DD" to the file, put the date in its name (2026-02-15-visit.json), or pass --date mtime' });
}

/** A note written by `soap note --json` becomes one visit; its date comes from the rules in the README. */
async function toVisit(path: string, value: unknown, label: string, rule: DateRule): Promise<Visit> {
  const note = validateJson(value, noteFileSchema, label);
  const soapNote = Object.fromEntries(SECTIONS.filter((s) => note[s] !== undefined).map((s) => [s, note[s]!]));
  return { visit_date: await dateOfNote(path, note, rule), soap_note: soapNote };
}

/** Reads either one visits file (`{patient_info?, focus?, visits}`) or several note files, validated before sending. */
export async function readVisits(paths: string[], source: InputSource, rule: DateRule): Promise<VisitSummaryRequest> {
  if (paths.filter((p) => p === '-').length > 0 && paths.length > 1) throw new UsageError('stdin ("-") can only be used with a single visits file');
  const visits: Visit[] = [];
  for (const path of paths) {
    // Each file is read once: stdin or a FIFO cannot be read a second time to try the other shape.
    const { value, label } = await readJsonValue(path, source);
    if (paths.length === 1 && value && typeof value === 'object' && 'visits' in value) return validateJson(value, visitSummaryRequestSchema, label);
    visits.push(await toVisit(path, value, label, rule));
  }
  return { visits: visits.sort((a, b) => a.visit_date.localeCompare(b.visit_date)) };
}
