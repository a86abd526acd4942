/**
 * The third set of written notes (written-notes-3/, see its README): encounters written whole, transcript included,
 * in clinicians' shorthand, each with a list of natural single errors (`{kind, section, find, replace}`) applied one
 * at a time to the unmodified note. Split fixed before the checker was run on any of them: sorted by file name, even
 * positions are "notes3-tune" (may be read and fixed), odd positions "notes3-measure" (only its figures are printed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGrounding, type GroundingFinding } from '../../../src/grounding/index.js';
import { READABLE_SPLITS, type Encounter, type Split } from './corpora.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'written-notes-3');

type Section = 'subjective' | 'objective' | 'assessment' | 'plan';
export interface WrittenError { kind: string; section: Section; find: string; replace: string }
export interface EncounterWithErrors extends Encounter { errors: WrittenError[] }

interface WrittenNote3 {
  style: string;
  transcript: string[];
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  errors: WrittenError[];
}

/** Every note of the third set, tune and measure halves alternating by sorted file name. */
export function loadWrittenNotes3(): EncounterWithErrors[] {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
  return files.map((file, i) => {
    const n = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as WrittenNote3;
    const split: Split = i % 2 === 0 ? 'notes3-tune' : 'notes3-measure';
    return {
      id: `written-3-${file.replace(/\.json$/, '')}`,
      corpus: 'written-3',
      split,
      transcript: n.transcript.join('\n'),
      note: { subjective: n.subjective, objective: n.objective, assessment: n.assessment, plan: n.plan },
      errors: n.errors,
    };
  });
}

/** The note with one written error applied; undefined when its `find` is not in the section exactly once. */
export function applyWrittenError(e: EncounterWithErrors, err: WrittenError): Encounter['note'] | undefined {
  const text = e.note[err.section];
  if (text.split(err.find).length !== 2) return undefined;
  return { ...e.note, [err.section]: text.replace(err.find, err.replace) };
}

const describeFinding = (f: GroundingFinding) => `${f.section}|${f.kind}|${f.reason}`;

interface Tally { caught: number; total: number }

/** Catches per error kind and half; misses listed only for the tune half, so the measure half stays figures. */
export function printWrittenErrors(encounters: readonly EncounterWithErrors[], listMisses: boolean): void {
  const tallies = new Map<string, Tally>();
  const misses: string[] = [];
  const add = (key: string, caught: boolean) => {
    const t = tallies.get(key) ?? { caught: 0, total: 0 };
    t.total += 1;
    if (caught) t.caught += 1;
    tallies.set(key, t);
  };
  for (const e of encounters) {
    const known = new Set(checkGrounding(e.note, e.transcript).map(describeFinding));
    for (const err of e.errors) {
      const note = applyWrittenError(e, err);
      if (!note) throw new Error(`${e.id}: "${err.find}" is not in ${err.section} exactly once`);
      const caught = checkGrounding(note, e.transcript).some((f) => !known.has(describeFinding(f)));
      add(`${err.kind}|${e.split}`, caught);
      add(`all|${e.split}`, caught);
      if (!caught && listMisses && READABLE_SPLITS.includes(e.split)) misses.push(`${e.id} [${err.kind}] ${err.find} → ${err.replace}`);
    }
  }
  const splits: Split[] = ['notes3-tune', 'notes3-measure'];
  const kinds = [...new Set([...tallies.keys()].map((k) => k.split('|')[0]!))].filter((k) => k !== 'all').sort();
  const cell = (key: string) => {
    const t = tallies.get(key);
    return (t ? `${((100 * t.caught) / t.total).toFixed(0)}% (${t.caught}/${t.total})` : '–').padStart(18);
  };
  console.log(`\nwritten errors of the third set (written-notes-3/)\n${'error kind'.padEnd(22)}${splits.map((s) => s.padStart(18)).join('')}`);
  for (const kind of [...kinds, 'all']) console.log(`${kind.padEnd(22)}${splits.map((s) => cell(`${kind}|${s}`)).join('')}`);
  for (const m of misses) console.log(`  missed ${m}`);
}
