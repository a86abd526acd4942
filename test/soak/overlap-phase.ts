/**
 * Soak phase: three runs of the same batch command over one corpus, one --out-dir and one --report, started a
 * little apart (a cron overlap, a retried CI job). Nothing may be paid for twice (requests per input counted at the
 * emulator), no report line may be torn or interleaved, and every note must be whole and its own.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { check, isWholeNote, listFiles, readReportLines, runCommand, strayFiles, writeTaggedCorpus } from './soak-kit.js';

export interface OverlapFigures {
  inputs: number;
  runs: number;
  exits: (number | null)[];
  paidTwice: number;
  neverPaid: number;
  lines: number;
  corrupt: number;
  /** Runs that met inputs another run held, and waited for them (so the claims were really contested). */
  waited: number;
  wallMs: number;
}

export async function soakOverlappingRuns(work: string, env: Record<string, string>, countRequests: () => Map<string, number>, inputs = 240): Promise<OverlapFigures> {
  const root = mkdtempSync(join(work, 'overlap-'));
  const corpus = join(root, 'corpus');
  const out = join(root, 'out');
  const report = join(root, 'report.ndjson');
  const tags = writeTaggedCorpus(corpus, 'overlap-visit', inputs, 6);
  const args = ['bin/soap.js', 'note', corpus, '-s', 'physician', '--out-dir', out, '--report', report, '--concurrency', '6', '--timeout', '10'];
  const started = Date.now();
  const runs = await Promise.all([0, 300, 600].map(async (delay) => {
    await sleep(delay);
    return runCommand(process.execPath, args, env);
  }));
  const wallMs = Date.now() - started;

  const exits = runs.map((r) => r.code);
  check(exits.every((c) => c === 0), `overlap: runs exited ${exits.join(', ')}`);
  const requestsByTag = countRequests();
  const counts = [...tags.values()].map((tag) => requestsByTag.get(tag) ?? 0);
  const paidTwice = counts.filter((n) => n > 1).length;
  const neverPaid = counts.filter((n) => n === 0).length;
  check(paidTwice === 0, `overlap: ${paidTwice} inputs were sent more than once`);
  check(neverPaid === 0, `overlap: ${neverPaid} inputs were never sent`);

  const { lines, corrupt } = readReportLines(report);
  check(corrupt === 0, `overlap: ${corrupt} report lines do not parse (torn or interleaved)`);
  check(lines.length === inputs * runs.length, `overlap: ${lines.length} report lines for ${inputs} inputs × ${runs.length} runs`);
  const okByInput = new Map<string, number>();
  for (const l of lines) if (l.status === 'ok') okByInput.set(l.input, (okByInput.get(l.input) ?? 0) + 1);
  check([...tags.keys()].every((i) => okByInput.get(i) === 1), 'overlap: some input is not reported ok exactly once across the runs');
  check(lines.every((l) => l.status === 'ok' || (l.status === 'skipped' && l.reason === 'output exists')), 'overlap: a line is neither ok nor skipped because its note exists');

  const files = listFiles(out);
  check(strayFiles(files).length === 0 && files.length === inputs, `overlap: ${files.length} files in --out-dir for ${inputs} inputs (stray: ${strayFiles(files).slice(0, 3).join(', ')})`);
  check(readdirSync(root).filter((f) => f.startsWith('.')).length === 0, 'overlap: a report marker was left beside the report');
  let bad = 0;
  for (const line of lines.filter((l) => l.status === 'ok')) {
    const text = readFileSync(line.output!, 'utf8');
    const inside: string[] = text.match(/overlap-visit-\d{5}/g) ?? [];
    if (!isWholeNote(text) || inside.some((t) => t !== tags.get(line.input))) bad++;
  }
  check(bad === 0, `overlap: ${bad} notes are partial or carry another input's text`);
  const waited = runs.filter((r) => /being written by another run/.test(r.stderr)).length;
  return { inputs, runs: runs.length, exits, paidTwice, neverPaid, lines: lines.length, corrupt, waited, wallMs };
}
