/**
 * Scores the offline engine on the development set of varied encounters (test/eval/devset/): key facts kept,
 * key facts in the right section, sections left empty although the transcript has their content, grounding
 * findings on the engine's own notes, and time per note. The `heldout` split is for measuring only.
 *
 * Sealed encounters — the `unseen` split and every round whose header says it was "not opened" — are measured once,
 * on purpose: their figures are printed only with --sealed (or when their split is asked for by name) and their misses
 * and findings never, so a development run cannot tune on them by accident.
 *
 *   node --import tsx test/eval/devset.ts [--split dev|heldout|all|<round>] [--sealed] [--show ID] [--misses]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { SECTIONS } from '../../src/note/sections.js';
import { parseEncounter, scoreEncounter, type Encounter, type EncounterScore } from './devset-score.js';

export const DEVSET_DIR = join(dirname(fileURLToPath(import.meta.url)), 'devset');

/** An encounter of the set, and whether it is sealed (see above). */
export type DevEncounter = Encounter & { sealed: boolean };

const NOT_OPENED_RE = /^# opened:.*\bnot opened\b/m;

export function loadDevset(dir = DEVSET_DIR): DevEncounter[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const encounter = parseEncounter(basename(f, '.txt'), text);
      return { ...encounter, sealed: encounter.split === 'unseen' || NOT_OPENED_RE.test(text) };
    });
}

export interface DevsetFigures {
  encounters: number;
  facts: number;
  factRecall: number;
  sectionRecall: number;
  sectionsWithFacts: number;
  emptySections: number;
  groundingFindings: number;
  msPerNote: number;
}

interface Scored { encounter: DevEncounter; score: EncounterScore; findings: string[]; ms: number; note: ReturnType<typeof generateLocalNote> }

function scoreAll(encounters: DevEncounter[]): Scored[] {
  for (const e of encounters) generateLocalNote(e.transcript, { specialty: e.specialty });
  return encounters.map((encounter) => {
    const t0 = performance.now();
    const note = generateLocalNote(encounter.transcript, { specialty: encounter.specialty });
    const ms = performance.now() - t0;
    const findings = checkGrounding(note, encounter.transcript).map((f) => `[${f.section}/${f.kind}] ${f.claim} — ${f.reason}`);
    return { encounter, score: scoreEncounter(note, encounter), findings, ms, note };
  });
}

export function summarise(rows: Scored[]): DevsetFigures {
  const facts = rows.flatMap((r) => r.score.facts);
  const pct = (n: number, d: number) => (d === 0 ? 0 : (100 * n) / d);
  return {
    encounters: rows.length,
    facts: facts.length,
    factRecall: pct(facts.filter((f) => f.anywhere).length, facts.length),
    sectionRecall: pct(facts.filter((f) => f.inSection).length, facts.length),
    sectionsWithFacts: rows.reduce((a, r) => a + r.score.sectionsWithFacts.length, 0),
    emptySections: rows.reduce((a, r) => a + r.score.emptySections.length, 0),
    groundingFindings: rows.reduce((a, r) => a + r.findings.length, 0),
    msPerNote: rows.reduce((a, r) => a + r.ms, 0) / Math.max(1, rows.length),
  };
}

/** Right-section recall and empty sections per section, so a weak section shows without naming encounters. */
export function formatBySection(rows: Scored[]): string {
  return SECTIONS.map((s) => {
    const facts = rows.flatMap((r) => r.score.facts).filter((f) => f.fact.section === s);
    const hit = facts.filter((f) => f.inSection).length;
    const empty = rows.filter((r) => r.score.emptySections.includes(s)).length;
    return `${s} ${facts.length ? ((100 * hit) / facts.length).toFixed(0) : '-'}% (${empty} empty)`;
  }).join(', ');
}

export function formatFigures(label: string, f: DevsetFigures): string {
  return `${label.padEnd(22)} ${String(f.encounters).padStart(3)} encounters ${String(f.facts).padStart(4)} facts | `
    + `fact recall ${f.factRecall.toFixed(1).padStart(5)}% | right section ${f.sectionRecall.toFixed(1).padStart(5)}% | `
    + `empty sections ${f.emptySections}/${f.sectionsWithFacts} | grounding findings ${f.groundingFindings} | ${f.msPerNote.toFixed(2)} ms/note`;
}

/** Prints the dev-set figures; with `misses`, every fact not found in its section and every grounding finding. */
export function reportDevset(options: { split?: string; show?: string; misses?: boolean; sealed?: boolean } = {}): void {
  const all = loadDevset();
  const named = options.split && options.split !== 'all' ? all.filter((e) => e.split === options.split) : all;
  const wanted = options.sealed || named !== all ? named : named.filter((e) => !e.sealed);
  const rows = scoreAll(wanted);
  console.log('Development set (test/eval/devset): key facts matched after normalisation, see devset-score.ts.');
  const left = [...new Set(named.filter((e) => !wanted.includes(e)).map((e) => e.split))];
  if (left.length > 0) console.log(`  sealed, not measured: ${left.join(', ')} (measure once with --sealed; their misses are never printed)`);
  const known = ['dev', 'heldout', 'fresh', 'fresh2', 'final', 'unseen'];
  const splits = [...known, ...[...new Set(rows.map((r) => r.encounter.split))].filter((s) => !known.includes(s)).sort()];
  for (const split of splits) {
    const part = rows.filter((r) => r.encounter.split === split);
    if (part.length > 0) console.log(`${formatFigures(`  ${split}`, summarise(part))}\n${' '.repeat(24)}by section: ${formatBySection(part)}`);
  }
  if (options.misses) {
    for (const r of rows.filter((row) => !row.encounter.sealed)) {
      const missed = r.score.facts.filter((f) => !f.inSection);
      if (missed.length === 0 && r.findings.length === 0 && r.score.emptySections.length === 0) continue;
      console.log(`\n${r.encounter.id} (${r.encounter.split})`);
      for (const m of missed) console.log(`   miss ${m.fact.section.padEnd(10)} ${m.fact.text}${m.foundIn ? `  (found in ${m.foundIn})` : ''}`);
      for (const s of r.score.emptySections) console.log(`   empty ${s}`);
      for (const f of r.findings) console.log(`   grounding ${f}`);
    }
  }
  const shown = rows.find((r) => r.encounter.id === options.show && !r.encounter.sealed);
  if (shown) {
    console.log(`\n----- ${shown.encounter.id} -----`);
    for (const s of SECTIONS) console.log(`${s.toUpperCase()}\n${shown.note[s]}\n`);
    if (shown.note.speakers) console.log(`speakers ${JSON.stringify(shown.note.speakers)}`);
  }
}

function readFlag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  reportDevset({ split: readFlag('--split') ?? 'dev', show: readFlag('--show'), misses: process.argv.includes('--misses'), sealed: process.argv.includes('--sealed') });
}
