/**
 * `npm run eval:placement`: the offline engine against the facts clinicians wrote in their own notes (see
 * term-placement.ts): PriMock57 (GP video consultations; days 1–3 "tune", days 4–5 "measure"), ACI-Bench valid, and
 * MTS-Dialog's short exchanges with one note section each (mts-sections.ts; even IDs "tune", odd "measure").
 * With --misses, the misses of the tune splits only (the measure splits print figures alone).
 *   node --import tsx test/eval/placement.ts [--misses] [--kind condition|drug|symptom|finding]
 */
import { hasClinicalContent } from '../../src/local/clinical-content.js';
import { generateLocalNote } from '../../src/local/index.js';
import { loadEncounters, type Encounter } from '../grounding/bench/corpora.js';
import { loadMtsSections } from './mts-sections.js';
import { newPlacementScore, PLACED_SECTIONS, scorePlacement, type PlacementScore } from './term-placement.js';

function readFlag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** "PriMock57 tune", "PriMock57 measure", "ACI-Bench valid": ACI-Bench train is left out (the engine's ROUGE set). */
function groupOf(e: Encounter): string | null {
  if (e.corpus === 'primock57') return e.split === 'dev' ? 'PriMock57 days 1–3 (tune)' : 'PriMock57 days 4–5 (measure)';
  return e.corpus === 'aci-valid' ? 'ACI-Bench valid' : null;
}

function formatPercent(right: number, facts: number): string {
  return facts === 0 ? '   –  ' : `${((100 * right) / facts).toFixed(1).padStart(5)}%`;
}

function printScore(name: string, s: PlacementScore): void {
  const sections = PLACED_SECTIONS.map((k) => {
    const row = s.bySection.get(k)!;
    return `${k[0]!.toUpperCase()} ${formatPercent(row.right, row.facts).trim()} (${row.facts})`;
  }).join('  ');
  console.log(`${name.padEnd(30)} right section ${formatPercent(s.right, s.facts)}  anywhere ${formatPercent(s.anywhere, s.facts)}  of ${s.facts} facts   ${sections}`);
}

function main(): void {
  const kind = readFlag('--kind');
  const showMisses = process.argv.includes('--misses');
  const scores = new Map<string, PlacementScore>();
  const tuneMisses: string[] = [];
  for (const e of loadEncounters()) {
    const group = groupOf(e);
    if (!group) continue;
    const score = scores.get(group) ?? newPlacementScore();
    scores.set(group, score);
    const before = score.misses.length;
    scorePlacement(score, e.note, e.transcript, generateLocalNote(e.transcript), kind);
    if (group.endsWith('(tune)')) {
      for (const m of score.misses.slice(before)) {
        tuneMisses.push(`${e.id} ${m.fact.section}/${m.fact.kind} "${m.fact.label}" ${m.foundIn.length > 0 ? `in ${m.foundIn.join(', ')}` : 'lost'}`);
      }
    }
  }
  let refused = 0;
  for (const m of loadMtsSections()) {
    const group = `MTS-Dialog ${m.half === 'tune' ? 'even IDs (tune)' : 'odd IDs (measure)'}`;
    const score = scores.get(group) ?? newPlacementScore();
    scores.set(group, score);
    const before = score.misses.length;
    const note = generateLocalNote(m.transcript);
    if (!hasClinicalContent(m.transcript)) refused += 1;
    scorePlacement(score, m.note, m.transcript, note, kind);
    if (m.half === 'tune') {
      for (const x of score.misses.slice(before)) {
        tuneMisses.push(`${m.id} ${m.header} ${x.fact.section}/${x.fact.kind} "${x.fact.label}" ${x.foundIn.length > 0 ? `in ${x.foundIn.join(', ')}` : 'lost'}`);
      }
    }
  }
  console.log(`Clinicians' facts the engine keeps in the right section${kind ? ` (${kind} only)` : ''}:`);
  for (const [name, s] of [...scores.entries()].sort()) printScore(name, s);
  console.log(`MTS-Dialog exchanges the engine refused as non-clinical: ${refused}`);
  if (showMisses) for (const line of tuneMisses) console.log(`  ${line}`);
}

main();
