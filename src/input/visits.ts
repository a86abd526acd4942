import { basename } from 'node:path';
import { z } from 'zod';
import { stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { readJsonValue, validateJson } from './json-file.js';
import type { InputSource } from './read-text.js';
import { SECTIONS, hasSomeSection, isoDateSchema, noteSchema, visitSummaryRequestSchema, type Visit, type VisitSummaryRequest } from '../note/index.js';

export type DateRule = 'field' | 'mtime';

/** A day an optional field may hold: a date or a timestamp; anything else is not a date, and not an error either. */
const optionalDay = z
  .unknown()
  .transform((value) => (typeof value === 'string' && isoDateSchema.safeParse(value).success ? value.slice(0, 10) : undefined))
  .optional();

/**
 * A saved note (as `soap note --json` writes it, from any provider), with the date of its visit when the file says it:
 * `visit_date` (checked: a bad one is an error), else the note's own creation time (`created_at`, `createdAt`).
 */
const noteFileSchema = noteSchema
  .partial({ subjective: true, objective: true, assessment: true, plan: true })
  .extend({ visit_date: isoDateSchema.optional(), created_at: optionalDay, createdAt: optionalDay })
  .refine(hasSomeSection, 'is neither a visits file nor a note (no subjective, objective, assessment or plan)');

/**
 * A note file's visit day (README, soap summarize): its `visit_date`, else its own creation day, else a YYYY-MM-DD in
 * its name, else its modification day — said in one line, since that is when the file was written, which may not
 * be the visit. `--date mtime` takes the modification day for every file.
 */
async function dateOfNote(path: string, note: { visit_date?: string; created_at?: string; createdAt?: string }, rule: DateRule, notice: (line: string) => void): Promise<string> {
  const modified = async () => {
    if (path === '-') throw new UsageError('-: a note on stdin has no visit date', { hint: 'add "visit_date": "YYYY-MM-DD" to it, or give it as a file' });
    return (await stat(path)).mtime.toISOString().slice(0, 10);
  };
  if (rule === 'mtime') return modified();
  const own = note.visit_date ?? note.created_at ?? note.createdAt;
  if (own) return own;
  const named = /(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1];
  if (named && isoDateSchema.safeParse(named).success) return named;
  const day = await modified();
  notice(`${path}: no visit date in the file or its name; dated ${day}, the day it was last modified (add "visit_date" to set it)`);
  return day;
}

/** A note written by `soap note --json` becomes one visit; its date comes from the rules in the README. */
async function toVisit(path: string, value: unknown, label: string, rule: DateRule, notice: (line: string) => void): Promise<Visit> {
  const note = validateJson(value, noteFileSchema, label);
  const soapNote = Object.fromEntries(SECTIONS.filter((s) => note[s] !== undefined).map((s) => [s, note[s]!]));
  return { visit_date: await dateOfNote(path, note, rule, notice), soap_note: soapNote };
}

/**
 * Reads either one visits file (`{patient_info?, focus?, visits}`) or several note files, validated before sending;
 * `notice` gets a line for each note file dated by its modification day.
 */
export async function readVisits(paths: string[], source: InputSource, rule: DateRule, notice: (line: string) => void = () => undefined): Promise<VisitSummaryRequest> {
  if (paths.filter((p) => p === '-').length > 0 && paths.length > 1) throw new UsageError('stdin ("-") can only be used with a single visits file');
  const visits: Visit[] = [];
  for (const path of paths) {
    // Each file is read once: stdin or a FIFO cannot be read a second time to try the other shape.
    const { value, label } = await readJsonValue(path, source);
    if (paths.length === 1 && value && typeof value === 'object' && 'visits' in value) return validateJson(value, visitSummaryRequestSchema, label);
    visits.push(await toVisit(path, value, label, rule, notice));
  }
  return { visits: visits.sort((a, b) => a.visit_date.localeCompare(b.visit_date)) };
}
