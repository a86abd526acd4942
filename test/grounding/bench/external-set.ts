/**
 * Scores the grounding checker on a set kept outside the repository (a sealed set the engineers have not read): one
 * folder per encounter with `transcript.txt`, `note.json` (the four sections) and `errors.json` (a list of
 * `{kind, section, find, replace}`, each one error applied alone to the unmodified note). An error is caught when the
 * variant gets a finding the unmodified note does not have; every finding on an unmodified note is a false alarm.
 * By default it prints figures only, so measuring a set does not open it; `--list` prints each miss and false alarm
 * (that opens the set), and `--validate` checks the files instead of scoring them.
 *
 *   node --import tsx test/grounding/bench/external-set.ts <folder> [--validate | --list]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkGrounding, type GroundingFinding } from '../../../src/grounding/index.js';

const SectionSchema = z.enum(['subjective', 'objective', 'assessment', 'plan']);
const NoteSchema = z.object({ subjective: z.string(), objective: z.string(), assessment: z.string(), plan: z.string() });
const ErrorsSchema = z.array(z.object({ kind: z.string().min(1), section: SectionSchema, find: z.string().min(1), replace: z.string() }));

type Note = z.infer<typeof NoteSchema>;
type InjectedError = z.infer<typeof ErrorsSchema>[number];
interface SetEncounter { id: string; transcript: string; note: Note; errors: InjectedError[] }

function countOccurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Reads every encounter folder; problems (missing files, bad JSON, a `find` not exactly once) are collected. */
export function loadExternalSet(dir: string): { encounters: SetEncounter[]; problems: string[] } {
  const encounters: SetEncounter[] = [];
  const problems: string[] = [];
  for (const id of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const path = (f: string) => join(dir, id, f);
    const missing = ['transcript.txt', 'note.json', 'errors.json'].filter((f) => !existsSync(path(f)));
    if (missing.length > 0) {
      problems.push(`${id}: missing ${missing.join(', ')}`);
      continue;
    }
    try {
      const note = NoteSchema.parse(JSON.parse(readFileSync(path('note.json'), 'utf8')));
      const errors = ErrorsSchema.parse(JSON.parse(readFileSync(path('errors.json'), 'utf8')));
      errors.forEach((e, i) => {
        const n = countOccurrences(note[e.section], e.find);
        if (n !== 1) problems.push(`${id}: error ${i + 1} (${e.kind}): "find" occurs ${n} times in ${e.section}`);
        if (e.find === e.replace) problems.push(`${id}: error ${i + 1} (${e.kind}): "replace" equals "find"`);
      });
      encounters.push({ id, transcript: readFileSync(path('transcript.txt'), 'utf8'), note, errors });
    } catch (err) {
      problems.push(`${id}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  return { encounters, problems };
}

const describe = (f: GroundingFinding) => `${f.section}|${f.kind}|${f.reason}`;

export function reportExternalSet(dir: string, mode: { validate?: boolean; list?: boolean }): number {
  const { encounters, problems } = loadExternalSet(dir);
  if (mode.validate) {
    for (const p of problems) console.log(p);
    console.log(`${encounters.length} encounters, ${encounters.reduce((a, e) => a + e.errors.length, 0)} errors, ${problems.length} problems`);
    return problems.length === 0 ? 0 : 1;
  }
  const byKind = new Map<string, { caught: number; total: number }>();
  const alarmsByKind = new Map<string, number>();
  let alarms = 0;
  const lines: string[] = [];
  for (const e of encounters) {
    const original = checkGrounding(e.note, e.transcript);
    alarms += original.length;
    for (const f of original) {
      alarmsByKind.set(f.kind, (alarmsByKind.get(f.kind) ?? 0) + 1);
      lines.push(`${e.id} false alarm [${f.section}/${f.kind}] ${f.claim} — ${f.reason}`);
    }
    const known = new Set(original.map(describe));
    for (const err of e.errors) {
      const variant = { ...e.note, [err.section]: e.note[err.section].replace(err.find, err.replace) };
      const caught = checkGrounding(variant, e.transcript).some((f) => !known.has(describe(f)));
      const t = byKind.get(err.kind) ?? { caught: 0, total: 0 };
      t.total += 1;
      if (caught) t.caught += 1;
      byKind.set(err.kind, t);
      if (!caught) lines.push(`${e.id} missed ${err.kind} [${err.section}] "${err.find}" → "${err.replace}"`);
    }
  }
  const all = [...byKind.values()].reduce((a, t) => ({ caught: a.caught + t.caught, total: a.total + t.total }), { caught: 0, total: 0 });
  const notes = Math.max(1, encounters.length);
  console.log(`${encounters.length} notes, ${all.total} errors: caught ${all.caught} (${((100 * all.caught) / Math.max(1, all.total)).toFixed(0)}%), `
    + `false alarms ${alarms} (${(alarms / notes).toFixed(2)} per note)`);
  console.log(`by kind: ${[...byKind].sort().map(([k, t]) => `${k} ${t.caught}/${t.total}`).join(', ')}`);
  console.log(`false alarms by kind: ${[...alarmsByKind].sort().map(([k, n]) => `${k} ${n}`).join(', ') || '-'}`);
  if (mode.list) for (const l of lines) console.log(`  ${l}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: external-set.ts <folder> [--validate | --list]');
    process.exitCode = 2;
  } else {
    process.exitCode = reportExternalSet(dir, { validate: process.argv.includes('--validate'), list: process.argv.includes('--list') });
  }
}
