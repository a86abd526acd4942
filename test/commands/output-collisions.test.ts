import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';

/**
 * Issue 13, class 1: an output (-o, the notes --out-dir writes, --report) that is an input, or the same file as
 * another output, is refused before anything is read or sent — exit 2, one line naming both paths — and the input
 * is left exactly as it was. Every case runs in its own folder (the cwd), with real links.
 */
const { emu, env } = useEmulator();
const TRANSCRIPT = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');
const NOTE = JSON.stringify({ subjective: 'Knee pain.', objective: 'Swelling.', assessment: 'Sprain.', plan: 'Rest.' });
const VISITS = JSON.stringify({ visits: [{ visit_date: '2026-01-10', summary: 'I10 Essential hypertension. Lisinopril continued.' }] });

/** The case's folder: transcripts in in/, a context, a history, a saved note, visits, a recording, a list. */
function makeCase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soap-collide-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in/a.txt'), `Visit A. ${TRANSCRIPT}`);
  writeFileSync(join(dir, 'in/b.txt'), `Visit B. ${TRANSCRIPT}`);
  writeFileSync(join(dir, 'ctx.json'), '{"patient_info": {"age": 40}}');
  writeFileSync(join(dir, 'history.txt'), 'Hypertension since 2019, on lisinopril.');
  writeFileSync(join(dir, 'note.json'), NOTE);
  writeFileSync(join(dir, 'visits.json'), VISITS);
  writeFileSync(join(dir, 'list.txt'), 'in/a.txt\nin/b.txt\n');
  copyFileSync('fixtures/audio/encounter.mp3', join(dir, 'visit.mp3'));
  return dir;
}

interface Case {
  name: string;
  setup?: (dir: string) => void;
  args: string[];
  /** The one error line: names the output and the file it would destroy. */
  message: RegExp;
  /** Files whose bytes must be untouched. */
  keep: string[];
}

const S = ['-s', 'physician'];
const CASES: Case[] = [
  // Single runs: -o.
  { name: 'note -o the transcript', args: ['note', 'in/a.txt', ...S, '-o', 'in/a.txt'], message: /-o in\/a\.txt is the same file as the transcript in\/a\.txt: writing it would destroy the input/, keep: ['in/a.txt'] },
  { name: 'note -o ./the transcript', args: ['note', 'in/a.txt', ...S, '-o', './in/a.txt'], message: /-o \.\/in\/a\.txt is the same file as the transcript in\/a\.txt/, keep: ['in/a.txt'] },
  { name: 'note -o a symlink to the transcript', setup: (d) => symlinkSync(join(d, 'in/a.txt'), join(d, 'a-link.txt')), args: ['note', 'in/a.txt', ...S, '-o', 'a-link.txt'], message: /-o a-link\.txt is the same file as the transcript in\/a\.txt/, keep: ['in/a.txt'] },
  { name: 'note -o a hard link to the transcript', setup: (d) => linkSync(join(d, 'in/a.txt'), join(d, 'a-hard.txt')), args: ['note', 'in/a.txt', ...S, '-o', 'a-hard.txt'], message: /-o a-hard\.txt is the same file as the transcript in\/a\.txt/, keep: ['in/a.txt', 'a-hard.txt'] },
  { name: 'note -o the --context file', args: ['note', 'in/a.txt', ...S, '--context', 'ctx.json', '-o', 'ctx.json'], message: /-o ctx\.json is the same file as --context ctx\.json/, keep: ['ctx.json'] },
  { name: 'note -o the --patient-history file', args: ['note', 'in/a.txt', ...S, '--patient-history', 'history.txt', '-o', 'history.txt'], message: /-o history\.txt is the same file as --patient-history history\.txt/, keep: ['history.txt'] },
  { name: 'note -o the --from note', args: ['note', 'in/a.txt', ...S, '--provider', 'openai', '--section', 'plan', '--from', 'note.json', '-o', 'note.json'], message: /-o note\.json is the same file as --from note\.json/, keep: ['note.json'] },
  { name: 'stream -o a symlink to the transcript', setup: (d) => symlinkSync('in/a.txt', join(d, 'rel-link.txt')), args: ['stream', 'in/a.txt', ...S, '-o', 'rel-link.txt'], message: /-o rel-link\.txt is the same file as the transcript in\/a\.txt/, keep: ['in/a.txt'] },
  { name: 'audio -o the recording', args: ['audio', 'visit.mp3', ...S, '-o', 'visit.mp3'], message: /-o visit\.mp3 is the same file as the recording visit\.mp3/, keep: ['visit.mp3'] },
  { name: 'summarize -o the visits file', args: ['summarize', 'visits.json', '-o', 'visits.json'], message: /-o visits\.json is the same file as the visits file visits\.json/, keep: ['visits.json'] },
  { name: 'summarize -o a hard link to a note file', setup: (d) => (writeFileSync(join(d, 'n2.json'), JSON.stringify({ visit_date: '2026-02-01', plan: 'Ice.' })), writeFileSync(join(d, 'n1.json'), JSON.stringify({ visit_date: '2026-01-01', plan: 'Rest.' })), linkSync(join(d, 'n2.json'), join(d, 'n2-hard.json'))), args: ['summarize', 'n1.json', 'n2.json', '-o', 'n2-hard.json'], message: /-o n2-hard\.json is the same file as the visits file n2\.json/, keep: ['n2.json'] },
  // Batches: --report and the notes of --out-dir.
  { name: 'batch --report an input', args: ['note', 'in', ...S, '--report', 'in/b.txt'], message: /--report in\/b\.txt is the same file as the input in\/b\.txt/, keep: ['in/b.txt'] },
  { name: 'batch --report a symlink to an input', setup: (d) => symlinkSync(join(d, 'in/a.txt'), join(d, 'report.ndjson')), args: ['note', 'in', ...S, '--out-dir', 'out', '--report', 'report.ndjson'], message: /--report report\.ndjson is the same file as the input in\/a\.txt/, keep: ['in/a.txt'] },
  { name: 'batch --report a hard link to an input', setup: (d) => linkSync(join(d, 'in/a.txt'), join(d, 'r.ndjson')), args: ['note', 'in/a.txt', 'in/b.txt', ...S, '--report', 'r.ndjson'], message: /--report r\.ndjson is the same file as the input in\/a\.txt/, keep: ['in/a.txt', 'r.ndjson'] },
  { name: 'batch --report the --from-list file', args: ['note', ...S, '--from-list', 'list.txt', '--report', 'list.txt'], message: /--report list\.txt is the same file as --from-list list\.txt/, keep: ['list.txt'] },
  { name: 'batch --report the --context file', args: ['note', 'in', ...S, '--context', 'ctx.json', '--report', './ctx.json'], message: /--report \.\/ctx\.json is the same file as --context ctx\.json/, keep: ['ctx.json'] },
  { name: 'batch --report one of the notes --out-dir writes', args: ['note', 'in', ...S, '--out-dir', 'out', '--report', 'out/a.soap.txt'], message: /--report out\/a\.soap\.txt is the same file as the note of in\/a\.txt \(out\/a\.soap\.txt\)/, keep: [] },
  { name: 'batch note under --out-dir that is a link to an input', setup: (d) => (mkdirSync(join(d, 'out')), symlinkSync(join(d, 'in/b.txt'), join(d, 'out/a.soap.txt'))), args: ['note', 'in', ...S, '--out-dir', 'out', '--overwrite'], message: /the note of in\/a\.txt \(out\/a\.soap\.txt\) is the same file as the input in\/b\.txt/, keep: ['in/b.txt'] },
  { name: 'audio batch --report the recording', args: ['audio', 'visit.mp3', ...S, '--out-dir', 'notes', '--report', 'visit.mp3'], message: /--report visit\.mp3 is the same file as the input visit\.mp3/, keep: ['visit.mp3'] },
];

describe('outputs that would destroy inputs: refused before anything is sent (exit 2), inputs untouched', () => {
  it.for(CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    const dir = makeCase();
    c.setup?.(dir);
    const before = new Map(c.keep.map((f) => [f, { bytes: readFileSync(join(dir, f)), mtime: statSync(join(dir, f)).mtimeMs }]));
    // Single runs read relative paths from the process's folder (ctx.cwd is process.cwd() in the real CLI).
    const home = process.cwd();
    process.chdir(dir);
    const r = await runSoap(c.args, { env: { ...env(), OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: emu().url }, cwd: dir }).finally(() => process.chdir(home));
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^✗ /);
    expect(lines[0]).toMatch(c.message);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(emu().requests).toEqual([]);
    for (const [f, was] of before) {
      expect(readFileSync(join(dir, f)).equals(was.bytes), `${f} changed`).toBe(true);
      expect(statSync(join(dir, f)).mtimeMs, `${f} was written`).toBe(was.mtime);
    }
  });
});
