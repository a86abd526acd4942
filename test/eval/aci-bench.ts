/**
 * ROUGE of the offline engine on ACI-Bench valid (or train), beside the transcript baselines, with the grounding
 * checker's findings on the engine's own notes (the target is zero).
 * Run: node --import tsx test/eval/aci-bench.ts [--split train|valid] [--show ENCOUNTER_ID]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateLocalNote, type LocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { hasClinicalContent } from '../../src/local/clinical-content.js';
import { readCsvRecords } from './parse-csv.js';
import { scoreRouge, type RougeScores } from './rouge.js';
import { divideReferenceNote } from './aci-divisions.js';
import { buildDoctorTurnsBaseline, buildWholeTranscriptBaseline } from './aci-baselines.js';

const PUBLISHED_TEST1: [string, number, number, number][] = [
  ['whole transcript (paper, test1)', 32.84, 12.53, 30.61],
  ['first 2 + last 10 doctor turns (paper, test1)', 35.88, 12.44, 32.72],
  ['retrieval, UMLS (paper, test1)', 43.87, 17.55, 40.47],
  ['GPT-4 zero-shot (paper, test1)', 51.76, 22.58, 45.97],
];

export function locateEvalDir(): string {
  if (process.env.SOAP_EVAL_DIR) return resolve(process.env.SOAP_EVAL_DIR);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repoRoot, '..', 'shared', 'eval');
}

function readFlag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function renderFullNote(note: LocalNote): string {
  return [
    `SUBJECTIVE\n${note.subjective}`,
    `OBJECTIVE\n${note.objective}`,
    `ASSESSMENT\n${note.assessment}`,
    `PLAN\n${note.plan}`,
  ].join('\n\n');
}

type Triple = [number, number, number];
function toTriple(s: RougeScores): Triple {
  return [s.rouge1.f1 * 100, s.rouge2.f1 * 100, s.rougeLsum.f1 * 100];
}
function averageTriples(rows: Triple[]): Triple {
  const n = Math.max(rows.length, 1);
  return [0, 1, 2].map((k) => rows.reduce((a, r) => a + r[k]!, 0) / n) as Triple;
}
function formatRow(label: string, t: Triple, extra = ''): string {
  return `${label.padEnd(48)} ${t.map((v) => v.toFixed(2).padStart(6)).join('  ')}${extra}`;
}

/** Prints the ROUGE table for one split; `brief` keeps the engine's rows, the per-section rows and the timing. */
export function reportAciBench(split: string, options: { show?: string; brief?: boolean } = {}): void {
  const { show, brief = false } = options;
  const file = join(locateEvalDir(), 'aci-bench', `${split}.csv`);
  if (!existsSync(file)) {
    console.log(`ACI-Bench data not found at ${file}; set SOAP_EVAL_DIR to the folder holding aci-bench/. Skipping.`);
    return;
  }
  const records = readCsvRecords(readFileSync(file, 'utf8'));
  // One untimed pass first, so the timing below measures the engine rather than module loading and JIT warm-up.
  for (const rec of records) generateLocalNote(rec.dialogue ?? '');
  const ours: Triple[] = [];
  const whole: Triple[] = [];
  const doctorTurns: Triple[] = [];
  const sections: Record<'S' | 'O' | 'AP', Triple[]> = { S: [], O: [], AP: [] };
  const bySubset = new Map<string, Triple[]>();
  let engineMs = 0;
  let maxMs = 0;
  let cpuMs = 0;
  let findings = 0;
  const refused = records.filter((rec) => !hasClinicalContent(rec.dialogue ?? '')).length;
  for (const rec of records) {
    const dialogue = rec.dialogue ?? '';
    const reference = rec.note ?? '';
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const note = generateLocalNote(dialogue);
    const cpu = process.cpuUsage(c0);
    const ms = performance.now() - t0;
    cpuMs += (cpu.user + cpu.system) / 1000;
    engineMs += ms;
    maxMs = Math.max(maxMs, ms);
    findings += checkGrounding(note, dialogue).length;
    const full = renderFullNote(note);
    const triple = toTriple(scoreRouge(reference, full));
    ours.push(triple);
    const subset = rec.dataset ?? '?';
    bySubset.set(subset, [...(bySubset.get(subset) ?? []), triple]);
    whole.push(toTriple(scoreRouge(reference, buildWholeTranscriptBaseline(dialogue))));
    doctorTurns.push(toTriple(scoreRouge(reference, buildDoctorTurnsBaseline(dialogue))));
    const div = divideReferenceNote(reference);
    const objectiveRef = [div.objective_exam, div.objective_results].filter(Boolean).join('\n');
    if (div.subjective) sections.S.push(toTriple(scoreRouge(div.subjective, note.subjective)));
    if (objectiveRef) sections.O.push(toTriple(scoreRouge(objectiveRef, note.objective)));
    if (div.assessment_and_plan) {
      sections.AP.push(toTriple(scoreRouge(div.assessment_and_plan, `${note.assessment}\n${note.plan}`)));
    }
    if (show === rec.encounter_id) {
      console.log(`----- ${show} reference -----\n${reference}\n----- ${show} ours -----\n${full}\n`);
    }
  }
  console.log(`ACI-Bench ${split}: ${records.length} encounters. ROUGE F1 x100, mean over notes.`);
  console.log(formatRow('system', [0, 0, 0]).replace(/ +0\.00 +0\.00 +0\.00$/, '      R1      R2   RLsum'));
  console.log(formatRow(`offline engine (${split})`, averageTriples(ours)));
  for (const [subset, rows] of [...bySubset].sort()) {
    console.log(formatRow(`  subset ${subset} (${rows.length})`, averageTriples(rows)));
  }
  if (!brief) {
    console.log(formatRow(`whole transcript (${split}, recomputed)`, averageTriples(whole)));
    console.log(formatRow(`first 2 + last 10 dr turns (${split}, recomputed)`, averageTriples(doctorTurns)));
    for (const [label, r1, r2, rl] of PUBLISHED_TEST1) console.log(formatRow(label, [r1, r2, rl]));
  }
  console.log('Per section (ours vs reference divisions; notes lacking the division are skipped):');
  console.log(formatRow(`  S  vs subjective (${sections.S.length})`, averageTriples(sections.S)));
  console.log(formatRow(`  O  vs objective_exam + results (${sections.O.length})`, averageTriples(sections.O)));
  console.log(formatRow(`  A+P vs assessment_and_plan (${sections.AP.length})`, averageTriples(sections.AP)));
  // CPU time is also given: on a shared machine the wall clock counts other processes' turns.
  console.log(`Engine time (warm): ${engineMs.toFixed(1)} ms total, ${(engineMs / records.length).toFixed(2)} ms mean, ${maxMs.toFixed(2)} ms max per note; CPU ${(cpuMs / records.length).toFixed(2)} ms mean per note.`);
  console.log(`Grounding findings on the engine's own notes: ${findings} (target 0). Refused as non-clinical: ${refused} (target 0).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  reportAciBench(readFlag('--split') ?? 'valid', { show: readFlag('--show') });
}
