/**
 * Reads each label-convention fixture (test/local/fixtures/label-conventions, manifest.json) as a user would paste it
 * and says what went wrong: the checks of meeting-export-reading.ts (roles, empty sections, phrases in their section)
 * and chrome of the layout leaking into the note (caption markers, table pipes, quote marks, JSON keys, line numbers,
 * timestamps), text still in capitals as captioners type it, and phrases that must keep their case (acronyms).
 * Shared by label-conventions.test.ts and the count it prints.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateLocalNote } from '../../src/local/index.js';
import { problemsOfNote, type MeetingExportCase } from './meeting-export-reading.js';

export interface LabelConventionCase extends MeetingExportCase {
  /** Phrases the note must hold in exactly this case ("INR", "5 mg"). */
  cased: string[];
  /** Words of the layout's chrome or of a bystander that must not reach the note. */
  absent: string[];
}

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'label-conventions');
export const CASES: LabelConventionCase[] = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));

/** Chrome any layout might leave in a sentence of the note. */
const CHROME: [RegExp, string][] = [
  [/>>|^\s*>/m, 'a quote or caption marker'],
  [/\|/, 'a table pipe'],
  [/\t/, 'a tab'],
  [/"\s*:|\{"|\b(?:speaker_label|start|end)"\b/, 'a JSON key'],
  // (Not a dose and a duration: "lisinopril 10 mg 2 weeks ago".)
  [/(?:^|\s)\d{1,2}\s+(?:[A-Z]:|(?!(?:mg|mcg|g|ml|mmol|units?|kg|cm|mm)\s)[a-z]+\s+\d{1,2}\s)/m, 'a line number'],
  [/\b\d{1,2}:\d{2}:\d{2}\b/, 'a timestamp'],
];

/** A sentence (a line ending on a stop, not a heading) with three words in capitals running: a shouted caption. */
const SHOUTED = /\b[A-Z][A-Z']+ +[A-Z][A-Z']+ +[A-Z][A-Z']+\b.*[.?!]$/m;

export function conventionProblems(c: LabelConventionCase): string[] {
  const note = generateLocalNote(readFileSync(join(FIXTURES, c.file), 'utf8'), { specialty: c.specialty });
  const out = problemsOfNote(c, note);
  const body = [note.subjective, note.objective, note.assessment, note.plan].join('\n');
  for (const [pattern, what] of CHROME) {
    const m = pattern.exec(body);
    if (m) out.push(`${what} in the note: "${body.slice(Math.max(0, m.index - 20), m.index + 20).replace(/\n/g, ' / ')}"`);
  }
  const shout = SHOUTED.exec(body);
  if (shout) out.push(`shouted: "${shout[0].slice(0, 50)}"`);
  for (const p of c.cased) if (!body.includes(p)) out.push(`lacks "${p}" in that case`);
  for (const p of c.absent) if (body.toLowerCase().includes(p.toLowerCase())) out.push(`holds "${p}"`);
  return out;
}
