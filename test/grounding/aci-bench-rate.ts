/**
 * Runs the grounding checker on the clinician-written reference notes of ACI-Bench valid (CC BY 4.0, see the
 * eval README) against their own dialogues. Those notes are correct by construction, so every finding is either a
 * false positive or a detail the clinician added from outside the conversation: the rate is an upper bound on noise.
 *
 *   node --import tsx test/grounding/aci-bench-rate.ts [--show N] [--split valid|train]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGrounding, type GroundingFinding } from '../../src/grounding/index.js';
import { generateLocalNote } from '../../src/local/index.js';
import { splitAciNote } from './aci-note-sections.js';
import { readCsvRecords as parseCsv } from '../eval/parse-csv.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalDir = process.env.SOAP_EVAL_DIR ?? join(repoRoot, '..', 'shared', 'eval');
const splitArg = process.argv.indexOf('--split');
const split = splitArg >= 0 ? (process.argv[splitArg + 1] ?? 'valid') : 'valid';
const csvPath = join(evalDir, 'aci-bench', `${split === 'train' ? 'train' : 'valid'}.csv`);

function computeMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function main(): void {
  if (!existsSync(csvPath)) {
    console.log(`ACI-Bench valid.csv not found under ${evalDir} (set SOAP_EVAL_DIR); nothing to measure.`);
    return;
  }
  const showArg = process.argv.indexOf('--show');
  const show = showArg >= 0 ? Number(process.argv[showArg + 1] ?? 0) : 0;
  const rows = parseCsv(readFileSync(csvPath, 'utf8'));
  const counts: number[] = [];
  const byKind = new Map<string, number>();
  const samples: { id: string; finding: GroundingFinding }[] = [];
  for (const row of rows) {
    const findings = checkGrounding(splitAciNote(row.note ?? ''), row.dialogue ?? '');
    counts.push(findings.length);
    for (const f of findings) {
      byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
      samples.push({ id: row.encounter_id ?? '?', finding: f });
    }
    console.log(`${(row.encounter_id ?? '?').padEnd(8)} ${String(findings.length).padStart(3)} findings`);
  }
  const total = counts.reduce((a, b) => a + b, 0);
  console.log(`\n${rows.length} notes, ${total} findings: mean ${(total / Math.max(1, rows.length)).toFixed(2)}, median ${computeMedian(counts)}, max ${Math.max(0, ...counts)}`);
  console.log(`by kind: ${[...byKind.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  // The offline engine copies from the transcript, so every finding on its notes is a checker false positive.
  const local = rows.flatMap((row) => checkGrounding(generateLocalNote(row.dialogue ?? ''), row.dialogue ?? '').map((f) => ({ id: row.encounter_id ?? '?', finding: f })));
  console.log(`offline engine notes on the same ${rows.length} dialogues: ${local.length} findings (target 0)`);
  for (const { id, finding } of local.slice(0, show)) console.log(`   ${id} [${finding.section}/${finding.kind}] ${finding.claim}\n      ${finding.reason}`);
  for (const { id, finding } of samples.slice(0, show)) {
    console.log(`\n${id} [${finding.section}/${finding.kind}] ${finding.claim}\n   ${finding.reason}`);
  }
}

main();
