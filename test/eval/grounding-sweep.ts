/**
 * The grounding checker over the offline engine's own notes, corpus by corpus: ACI-Bench train and valid, PriMock57
 * and the development set. The target is zero findings; each one is printed with the note sentence it names, so it
 * can be told whether the engine wrote something wrong or the checker raised a false alarm.
 *   node --import tsx test/eval/grounding-sweep.ts [--quiet]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { readCsvRecords } from './parse-csv.js';
import { locateEvalDir } from './aci-bench.js';
import { loadDevset } from './devset.js';

/** `sealed`: counted, but its findings are never printed (a dev-set encounter measured once; see devset.ts). */
export interface SweepItem { id: string; transcript: string; specialty?: string; sealed?: boolean }

/** The encounters of every corpus the sweep covers; a corpus whose files are missing is skipped. */
export function loadSweepCorpora(): Record<string, SweepItem[]> {
  const dir = locateEvalDir();
  const corpora: Record<string, SweepItem[]> = {};
  for (const split of ['train', 'valid']) {
    const file = join(dir, 'aci-bench', `${split}.csv`);
    if (existsSync(file)) corpora[`aci-${split}`] = readCsvRecords(readFileSync(file, 'utf8')).map((r) => ({ id: r.encounter_id ?? '?', transcript: r.dialogue ?? '' }));
  }
  const primock = join(dir, 'primock57', 'primock57_transcript_note_pairs.json');
  if (existsSync(primock)) {
    const rows = JSON.parse(readFileSync(primock, 'utf8')) as { id: string; transcript: string }[];
    corpora.primock57 = rows.map((r) => ({ id: r.id, transcript: r.transcript }));
  }
  corpora.devset = loadDevset().map((e) => ({ id: e.id, transcript: e.transcript, specialty: e.specialty, sealed: e.sealed }));
  return corpora;
}

export function sweepGrounding(options: { quiet?: boolean } = {}): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, items] of Object.entries(loadSweepCorpora())) {
    let n = 0;
    for (const item of items) {
      const note = generateLocalNote(item.transcript, { specialty: item.specialty });
      const findings = checkGrounding(note, item.transcript);
      n += findings.length;
      if (!options.quiet && !item.sealed) for (const f of findings) console.log(`${name} ${item.id} [${f.section}/${f.kind}] ${f.claim}\n    — ${f.reason}`);
    }
    counts[name] = n;
    console.log(`${name}: ${items.length} notes, ${n} grounding findings`);
  }
  return counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) sweepGrounding({ quiet: process.argv.includes('--quiet') });
