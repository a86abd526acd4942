/**
 * False alarms on fresh clinician text: MTS-Dialog (CC BY 4.0, Ben Abacha et al. 2023; the two MEDIQA 2023 test
 * sets), which the injection benchmark never reads. Each row is a dialogue and the clinician-written text of one note
 * section, so every finding on that text is a false alarm unless the clinician added a chart fact the dialogue lacks.
 *
 * Split fixed before anything was read: rows with an even ID are "dev" (may be read and tuned on), odd IDs are
 * "measure" (figures only). Samples are printed for the dev half alone.
 *
 * With --inject, the benchmark's own injections (build-variants.ts) are made in these sections too: a detection figure
 * on text the checker was never tuned on (few numbers and sides, but many review-of-systems negatives).
 *
 *   node --import tsx test/grounding/bench/mts-alarms.ts [--show] [--kind KIND] [--limit N] [--inject] [--missed KIND]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGrounding, type GroundingNoteInput, type SectionName } from '../../../src/grounding/index.js';
import { readCsvRecords } from '../../eval/parse-csv.js';
import { buildVariants } from './build-variants.js';
import { locateEvalDir, type Encounter } from './corpora.js';

const FILES = ['MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv', 'MTS-Dialog-TestSet-2-MEDIQA-Sum-2023.csv'];

/** Where a section of this kind sits in a SOAP note (the checker reads some sections differently). */
function placeSection(header: string): SectionName {
  if (/^(EXAM|LABS|IMAGING)$/.test(header)) return 'objective';
  if (/^(ASSESSMENT|DIAGNOSIS)$/.test(header)) return 'assessment';
  if (/^(PLAN|DISPOSITION|PROCEDURES|EDCOURSE)$/.test(header)) return 'plan';
  return 'subjective';
}

function readFlag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? '') : undefined;
}

interface Half { notes: number; findings: number; byKind: Map<string, number>; samples: string[]; caught: Map<string, [number, number]>; missed: string[] }

function main(): void {
  const dir = join(locateEvalDir(), 'mts-dialog');
  const halves = { dev: newHalf(), measure: newHalf() };
  const onlyKind = readFlag('--kind');
  for (const [f, file] of FILES.entries()) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    for (const row of readCsvRecords(readFileSync(path, 'utf8'))) {
      const half = Number(row.ID) % 2 === 0 ? halves.dev : halves.measure;
      const section = placeSection(row.section_header ?? '');
      const note: GroundingNoteInput = { [section]: row.section_text ?? '' };
      const findings = checkGrounding(note, row.dialogue ?? '');
      half.notes += 1;
      half.findings += findings.length;
      for (const x of findings) {
        half.byKind.set(x.kind, (half.byKind.get(x.kind) ?? 0) + 1);
        if (!onlyKind || x.kind === onlyKind) half.samples.push(`set${f + 1}-${row.ID} ${row.section_header} [${x.kind}] ${x.claim}\n      ${x.reason}`);
      }
      if (process.argv.includes('--inject')) tallyInjections(half, `set${f + 1}-${row.ID}`, note, row.dialogue ?? '', findings);
    }
  }
  for (const [name, h] of Object.entries(halves)) {
    const kinds = [...h.byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`${name.padEnd(8)} ${(h.findings / Math.max(1, h.notes)).toFixed(3)} per section (${h.findings} on ${h.notes}): ${kinds || 'none'}`);
  }
  if (process.argv.includes('--inject')) {
    for (const [name, h] of Object.entries(halves)) {
      const all = [...h.caught.values()].reduce((a, [c, t]) => [a[0] + c, a[1] + t], [0, 0]);
      const kinds = [...h.caught].sort((a, b) => b[1][1] - a[1][1]).map(([k, [c, t]]) => `${k} ${c}/${t}`).join(', ');
      console.log(`${name.padEnd(8)} caught ${((100 * all[0]) / Math.max(1, all[1])).toFixed(1)}% (${all[0]}/${all[1]}): ${kinds}`);
    }
  }
  if (process.argv.includes('--show')) for (const s of halves.dev.samples.slice(0, Number(readFlag('--limit') ?? 200))) console.log(s);
  for (const s of halves.dev.missed.slice(0, Number(readFlag('--limit') ?? 200))) console.log(s);
}

/** Injects each kind into the section, as the benchmark does, and counts the variants with a new finding. */
function tallyInjections(half: Half, id: string, note: GroundingNoteInput, dialogue: string, findings: readonly { kind: string; reason: string }[]): void {
  const sections = { subjective: '', objective: '', assessment: '', plan: '', ...note } as Encounter['note'];
  const encounter = { id, corpus: 'aci-valid', split: 'held-out', transcript: dialogue, note: sections } satisfies Encounter;
  const known = new Set(findings.map((x) => `${x.kind}|${x.reason}`));
  for (const variant of buildVariants(encounter)) {
    if (variant.excluded) continue;
    const found = checkGrounding(variant.note, dialogue).some((x) => !known.has(`${x.kind}|${x.reason}`));
    const t = half.caught.get(variant.kind) ?? [0, 0];
    half.caught.set(variant.kind, [t[0] + (found ? 1 : 0), t[1] + 1]);
    if (!found && variant.kind === readFlag('--missed')) half.missed.push(`${id}\n  - ${variant.sentence.text.trim()}\n  + ${variant.after.trim()}`);
  }
}

function newHalf(): Half {
  return { notes: 0, findings: 0, byKind: new Map(), samples: [], caught: new Map(), missed: [] };
}

main();
