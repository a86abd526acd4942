/**
 * How often the clinical-content gate (src/local/clinical-content.ts) refuses a real visit, and how often it lets a
 * text with no visit in it through, on every corpus the project has:
 *   - the development set (test/eval/devset/*.txt, the transcript after the `---` line);
 *   - ACI-Bench train and valid, PriMock57 and MTS-Dialog's two test sets (../shared/eval; CC BY 4.0, see its README);
 *   - the gate set (test/eval/gate-set/): clinical encounters in everyday words, and non-clinical texts a user might
 *     feed by mistake, each split into a tune half and a measure half by the name of the file (gate-set/README.md).
 * Every corpus but the gate set's measure half names the files refused (or passed); the measure half gives its figures
 * only, unless --show-measure is given (for the final look, once the gate is done).
 *   node --import tsx test/eval/clinical-gate.ts [--show-measure] [--time]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { hasClinicalContent } from '../../src/local/clinical-content.js';
import { readDocumentText } from '../../src/text/structured-documents.js';
import { loadDevset } from './devset.js';
import { loadEncounters } from '../grounding/bench/corpora.js';
import { loadMtsSections } from './mts-sections.js';

export const GATE_SET_DIR = join(dirname(fileURLToPath(import.meta.url)), 'gate-set');

export interface GateText { id: string; text: string }

/** The half a gate-set file belongs to: the first hex digit of the MD5 of its name, 0–7 tune, 8–f measure. */
export function gateSetHalf(fileName: string): 'tune' | 'measure' {
  return parseInt(createHash('md5').update(fileName).digest('hex')[0]!, 16) < 8 ? 'tune' : 'measure';
}

/** One collection of the gate set ('clinical' or 'non-clinical'), one half of it. */
export function loadGateSet(kind: 'clinical' | 'non-clinical', half: 'tune' | 'measure'): GateText[] {
  const dir = join(GATE_SET_DIR, kind);
  return readdirSync(dir).filter((f) => f.endsWith('.txt') && gateSetHalf(f) === half).sort()
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The non-clinical texts test/local/clinical-content.test.ts refuses: its written fixtures and the project's own files. */
function loadTestFixtures(): GateText[] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = join(root, 'test', 'local', 'non-clinical');
  const files = ['package.json', 'src/local/index.ts', 'src/local/build-local-note.ts', 'tsconfig.json'];
  return [...readdirSync(dir).map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') })), ...files.map((f) => ({ id: f, text: readFileSync(join(root, f), 'utf8') }))];
}

/** What the engine decides: generateLocalNote reads an HTML page's text before it asks the gate. */
export function passesGate(text: string): boolean {
  return hasClinicalContent(readDocumentText(text));
}

interface Corpus { name: string; texts: GateText[]; clinical: boolean; showIds: boolean }

function corpora(showMeasure: boolean): Corpus[] {
  const external = loadEncounters();
  const byCorpus = (c: string) => external.filter((e) => e.corpus === c).map((e) => ({ id: e.id, text: e.transcript }));
  return [
    { name: 'devset (all, sealed included)', texts: loadDevset().map((e) => ({ id: e.id, text: e.transcript })), clinical: true, showIds: true },
    { name: 'ACI-Bench train', texts: byCorpus('aci-train'), clinical: true, showIds: true },
    { name: 'ACI-Bench valid', texts: byCorpus('aci-valid'), clinical: true, showIds: true },
    { name: 'PriMock57', texts: byCorpus('primock57'), clinical: true, showIds: true },
    { name: 'MTS-Dialog test1+test2', texts: loadMtsSections().map((m) => ({ id: m.id, text: m.transcript })), clinical: true, showIds: true },
    { name: 'gate set clinical, tune', texts: loadGateSet('clinical', 'tune'), clinical: true, showIds: true },
    { name: 'gate set clinical, measure', texts: loadGateSet('clinical', 'measure'), clinical: true, showIds: showMeasure },
    { name: 'non-clinical test fixtures', texts: loadTestFixtures(), clinical: false, showIds: true },
    { name: 'gate set non-clinical, tune', texts: loadGateSet('non-clinical', 'tune'), clinical: false, showIds: true },
    { name: 'gate set non-clinical, measure', texts: loadGateSet('non-clinical', 'measure'), clinical: false, showIds: showMeasure },
  ];
}

/** Prints, per corpus, the clinical texts refused or the non-clinical texts let through. */
export function reportClinicalGate(options: { showMeasure?: boolean; time?: boolean } = {}): void {
  console.log('Clinical-content gate: clinical texts refused (target 0), non-clinical texts passed (target as few as possible).');
  for (const c of corpora(options.showMeasure ?? false)) {
    const wrong = c.texts.filter((t) => passesGate(t.text) !== c.clinical);
    const what = c.clinical ? 'refused' : 'passed ';
    console.log(`  ${c.name.padEnd(32)} ${what} ${String(wrong.length).padStart(3)} of ${String(c.texts.length).padStart(3)}`);
    if (c.showIds && wrong.length > 0) console.log(`      ${wrong.map((t) => t.id).join(', ')}`);
  }
  if (options.time) timeLargest();
}

/** The gate's time on the largest inputs of every corpus (it runs on every note). */
function timeLargest(): void {
  const all = corpora(true).flatMap((c) => c.texts);
  const largest = [...all].sort((a, b) => b.text.length - a.text.length).slice(0, 5);
  // A doubled ACI-Bench visit and a large JSON file stand in for the longest inputs a user may paste.
  const big = [largest[0]!.text.repeat(4), JSON.stringify(all.slice(0, 200), null, 2)];
  for (const t of all) passesGate(t.text);
  for (const text of [...largest.map((t) => t.text), ...big]) {
    const start = performance.now();
    for (let i = 0; i < 5; i++) passesGate(text);
    console.log(`  ${String(text.length).padStart(8)} chars: ${((performance.now() - start) / 5).toFixed(2)} ms per call`);
  }
  const start = performance.now();
  for (const t of all) passesGate(t.text);
  console.log(`  all ${all.length} texts: ${(performance.now() - start).toFixed(0)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  reportClinicalGate({ showMeasure: process.argv.includes('--show-measure'), time: process.argv.includes('--time') });
}
