/**
 * `npm run eval:grounding`: the injection benchmark of the grounding checker.
 *
 * For every note of ACI-Bench train/valid and PriMock57 (see corpora.ts for the dev / held-out split), variants with
 * exactly one injected error of each of 14 kinds are checked against the note's own transcript. A variant is caught
 * when the checker reports something it did not report on the unmodified note. False alarms are the findings on the
 * unmodified clinician-written notes (which are right by construction, though clinicians add chart facts), and on
 * the offline engine's own notes from the same dialogues (which copy the transcript, so every finding there is
 * noise or an engine error).
 *
 * The notes written for devset encounters (written-notes.ts) are four more columns: notes-tune and notes-measure, and
 * notes2-tune and notes2-measure for the second set in new styles, notes3-tune and notes3-measure for the third, whose
 * written errors (written-notes-3.ts) get a table of their own; --written-misses lists the tune half's misses (and
 * those of the opened sealed sets in opened/, see opened-sets.ts).
 *
 * A second table gives the natural kinds of natural-kinds.ts (family and social history, related diagnoses, plan items).
 *
 *   node --import tsx test/grounding/bench/run.ts [--missed KIND|NATURAL KIND] [--alarms] [--engine-alarms] [--limit N] [--written-misses]
 *     [--split dev|held-out|notes-tune|notes-measure|notes2-tune|notes2-measure|notes3-tune|notes3-measure]
 */
import { checkGrounding, type GroundingFinding } from '../../../src/grounding/index.js';
import { generateLocalNote } from '../../../src/local/index.js';
import { buildVariants, INJECTION_KINDS, type InjectionKind, type Variant } from './build-variants.js';
import { loadEncounters, locateEvalDir, READABLE_SPLITS, type Split } from './corpora.js';
import { createNaturalTallies, printNaturalKinds, tallyNaturalKinds } from './natural-kinds-table.js';
import { loadWrittenNotes, loadWrittenNotes2 } from './written-notes.js';
import { loadWrittenNotes3, printWrittenErrors } from './written-notes-3.js';
import { printOpenedSets } from './opened-sets.js';

function readFlag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? '') : undefined;
}

function describeFinding(f: GroundingFinding): string {
  return `${f.section}|${f.kind}|${f.reason}`;
}

interface Tally {
  caught: number;
  total: number;
}

const SPLITS: readonly Split[] = ['dev', 'held-out', 'notes-tune', 'notes-measure', 'notes2-tune', 'notes2-measure', 'notes3-tune', 'notes3-measure'];

/** The findings on one split's unmodified notes: counts (by kind too, so a split's alarms can be told apart without reading them) and samples. */
interface Alarms { split: Split; clinician: number; engine: number; notes: number; byKind: Map<string, number>; samples: string[]; engineSamples: string[] }

function percent(t: Tally | undefined): string {
  return !t || t.total === 0 ? '   –  ' : `${((100 * t.caught) / t.total).toFixed(1).padStart(5)}%`;
}

function main(): void {
  const corpus = loadEncounters();
  if (corpus.length === 0) {
    console.log(`No corpus found under ${locateEvalDir()} (set SOAP_EVAL_DIR); nothing to measure.`);
    return;
  }
  const notes3 = loadWrittenNotes3();
  const encounters = [...corpus, ...loadWrittenNotes(), ...loadWrittenNotes2(), ...notes3];
  const onlySplit = readFlag('--split') as Split | undefined;
  const missedKind = readFlag('--missed');
  const limit = Number(readFlag('--limit') ?? 15);
  const started = Date.now();
  const byCorpus = new Map<string, { clinician: number; engine: number; notes: number }>();
  const tallies = new Map<string, Tally>();
  const missed: Variant[] = [];
  const natural = createNaturalTallies();
  const alarms: Alarms[] = SPLITS.map((split) => ({ split, clinician: 0, engine: 0, notes: 0, byKind: new Map(), samples: [], engineSamples: [] }));
  for (const encounter of encounters) {
    if (onlySplit && encounter.split !== onlySplit) continue;
    const original = checkGrounding(encounter.note, encounter.transcript);
    const engine = checkGrounding(generateLocalNote(encounter.transcript), encounter.transcript);
    const c = byCorpus.get(encounter.corpus) ?? { clinician: 0, engine: 0, notes: 0 };
    c.notes += 1;
    c.clinician += original.length;
    c.engine += engine.length;
    byCorpus.set(encounter.corpus, c);
    const a = alarms.find((x) => x.split === encounter.split)!;
    a.notes += 1;
    a.clinician += original.length;
    a.engine += engine.length;
    for (const f of original) a.byKind.set(f.kind, (a.byKind.get(f.kind) ?? 0) + 1);
    for (const f of original) a.samples.push(`${encounter.id} [${f.section}/${f.kind}] ${f.claim}\n      ${f.reason}`);
    for (const f of engine) a.engineSamples.push(`${encounter.id} [${f.section}/${f.kind}] ${f.claim}\n      ${f.reason}`);
    const known = new Set(original.map(describeFinding));
    tallyNaturalKinds(natural, encounter, known, missedKind);
    for (const variant of buildVariants(encounter)) {
      const found = checkGrounding(variant.note, encounter.transcript).some((f) => !known.has(describeFinding(f)));
      const keys = variant.excluded ? [`excluded ${variant.kind}|${encounter.split}`] : [`${variant.kind}|${encounter.split}`, `all|${encounter.split}`];
      for (const key of keys) {
        const t = tallies.get(key) ?? { caught: 0, total: 0 };
        t.total += 1;
        if (found) t.caught += 1;
        tallies.set(key, t);
      }
      if (!found && !variant.excluded && variant.kind === missedKind && encounter.split === (onlySplit ?? 'dev') && READABLE_SPLITS.includes(encounter.split)) missed.push(variant);
    }
  }
  printTable(tallies, alarms);
  printNaturalKinds(natural, onlySplit ? [onlySplit] : SPLITS);
  printWrittenErrors(notes3.filter((e) => !onlySplit || e.split === onlySplit), process.argv.includes('--written-misses'));
  if (!onlySplit) printOpenedSets(process.argv.includes('--written-misses'));
  console.log('  by corpus:');
  for (const [corpus, c] of byCorpus) {
    console.log(`  ${corpus.padEnd(10)} clinician notes: ${(c.clinician / c.notes).toFixed(2)}   offline engine notes: ${(c.engine / c.notes).toFixed(2)}   (${c.notes} notes)`);
  }
  console.log('targets: every kind >= 85%, overall >= 90%, <= 0.3 per clinician note, 0 on engine notes');
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const m of natural.missed.slice(0, limit)) console.log(`\n${m}`);
  for (const v of missed.slice(0, limit)) console.log(`\n${v.encounter.id} [${v.sentence.section}]\n  - ${v.sentence.text.trim()}\n  + ${v.after.trim()}`);
  // Only readable splits' single findings are printed: held-out, notes-measure and notes2-measure stay figures.
  const readable = alarms.filter((a) => READABLE_SPLITS.includes(a.split));
  if (process.argv.includes('--alarms')) for (const a of readable) for (const s of a.samples.slice(0, limit)) console.log(`${a.split} ${s}`);
  if (process.argv.includes('--engine-alarms')) for (const a of readable) for (const s of a.engineSamples.slice(0, limit)) console.log(`${a.split} ${s}`);
}

function printTable(tallies: Map<string, Tally>, alarms: readonly Alarms[]): void {
  const head = `${'injected error'.padEnd(22)} ${SPLITS.map((s) => `${s} caught`.padStart(22)).join(' ')}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  const row = (label: string, key: string) =>
    console.log(`${label.padEnd(22)} ${SPLITS.map((s) => {
      const t = tallies.get(`${key}|${s}`);
      return `${percent(t)} (${t?.caught ?? 0}/${t?.total ?? 0})`.padStart(22);
    }).join(' ')}`);
  for (const kind of INJECTION_KINDS as readonly InjectionKind[]) row(kind, kind);
  console.log('-'.repeat(head.length));
  row('overall', 'all');
  const worst = (s: Split) => Math.min(...INJECTION_KINDS.map((k) => { const t = tallies.get(`${k}|${s}`); return t && t.total ? t.caught / t.total : 1; }));
  console.log(`${'lowest kind'.padEnd(22)} ${SPLITS.map((s) => `${(100 * worst(s)).toFixed(1)}%`.padStart(22)).join(' ')}`);
  console.log('\nleft out under the fairness rule (the flipped item is never discussed in the transcript; see discussed.ts):');
  for (const kind of ['negative flipped', 'exam finding flipped']) row(`  ${kind}`, `excluded ${kind}`);
  console.log('\nfalse alarms (findings per unmodified note)');
  for (const a of alarms) {
    if (a.notes === 0) continue;
    console.log(`  ${a.split.padEnd(13)} clinician notes: ${(a.clinician / a.notes).toFixed(2)} (${a.clinician} on ${a.notes})   offline engine notes: ${(a.engine / a.notes).toFixed(2)} (${a.engine} on ${a.notes})`);
  }
  for (const a of alarms) {
    if (a.notes === 0) continue;
    const kinds = [...a.byKind].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`  ${a.split.padEnd(13)} clinician-note findings by kind: ${kinds || 'none'}`);
  }
}

main();


