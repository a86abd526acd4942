/**
 * Soak phase: a disk that fills up midway. --out-dir is a small tmpfs — a real file system with a real ENOSPC —
 * mounted in a private user + mount namespace (`unshare -Urm`, no root needed where unprivileged user namespaces
 * are on; skipped, and said so, where they are not). The run must stop scheduling at the first note it cannot
 * write, pay for no input twice, and leave no paid note without a trace: every note id the service made is in the
 * report or on stdout. Then, with room again, the same command resumes without resending what was saved.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoteStore } from '../emulator/note-store.js';
import { check, isWholeNote, listFiles, readReportLines, runCommand, strayFiles, writeTaggedCorpus } from './soak-kit.js';

export interface DiskFullFigures {
  inputs: number;
  size: string;
  exit: number | null;
  ok: number;
  unsaved: number;
  otherFailed: number;
  notStarted: number;
  paid: number;
  untraced: number;
  paidTwice: number;
  resumeSent: number;
  resumeExit: number | null;
  wallMs: number;
}

const MOUNT_AND_RUN = 'mp=$1; copy=$2; size=$3; shift 3; mount -t tmpfs -o "size=$size" tmpfs "$mp" || exit 97; "$@"; rc=$?; cp -a "$mp/." "$copy/"; exit $rc';

export function canMountPrivateTmpfs(work: string): boolean {
  const dir = mkdtempSync(join(work, 'probe-mount-'));
  return spawnSync('unshare', ['-Urm', 'sh', '-c', 'mount -t tmpfs -o size=16k tmpfs "$0"', dir], { stdio: 'ignore' }).status === 0;
}

/** Note ids the emulator makes while `step` runs: each one is a paid answer. */
async function recordPaidNotes<T>(step: () => Promise<T>): Promise<{ result: T; ids: string[] }> {
  const ids: string[] = [];
  const original = NoteStore.prototype.createNoteId;
  NoteStore.prototype.createNoteId = function recorded(this: NoteStore) {
    const id = original.call(this);
    ids.push(id);
    return id;
  };
  try {
    return { result: await step(), ids };
  } finally {
    NoteStore.prototype.createNoteId = original;
  }
}

export async function soakDiskFull(work: string, env: Record<string, string>, countRequests: () => Map<string, number>, inputs = 160): Promise<DiskFullFigures> {
  const root = mkdtempSync(join(work, 'disk-'));
  const corpus = join(root, 'corpus');
  const mount = join(root, 'mnt');
  const copy = join(root, 'mnt-copy');
  mkdirSync(mount);
  mkdirSync(copy);
  const tags = writeTaggedCorpus(corpus, 'disk-visit', inputs, 4);
  // About half the notes fit: each small note and each claim takes one 4 KiB page of the tmpfs.
  const size = `${Math.round(inputs / 2) * 4}k`;
  const report = join(root, 'report.ndjson');
  const cli = ['bin/soap.js', 'note', corpus, '-s', 'physician', '--out-dir', join(mount, 'notes'), '--report', report, '--concurrency', '4', '--timeout', '10', '--quiet'];
  const { result: run, ids } = await recordPaidNotes(() => runCommand('unshare', ['-Urm', 'sh', '-c', MOUNT_AND_RUN, 'sh', mount, copy, size, process.execPath, ...cli], env));

  check(run.code === 5, `disk full: the run exited ${run.code} (expected 5); stderr: ${run.stderr.slice(0, 200)}`);
  const { lines, corrupt } = readReportLines(report);
  check(corrupt === 0 && lines.length === inputs, `disk full: ${lines.length} report lines (${corrupt} corrupt) for ${inputs} inputs`);
  const code = (l: (typeof lines)[number]) => l.error?.code ?? null;
  const ok = lines.filter((l) => l.status === 'ok');
  const unsaved = lines.filter((l) => code(l) === 'NOT_SAVED');
  const notStarted = lines.filter((l) => code(l) === 'NOT_STARTED');
  const otherFailed = lines.length - ok.length - unsaved.length - notStarted.length;
  check(unsaved.length > 0 || otherFailed > 0, 'disk full: no input failed to be written: the disk never filled up');
  check(notStarted.length > 0, 'disk full: the run did not stop scheduling after the first write failure');
  check(unsaved.length <= 4, `disk full: ${unsaved.length} paid notes went unsaved, more than the 4 in flight when the disk filled`);

  // Nothing paid twice, and no paid note without a trace.
  const diskTags = [...tags.values()];
  let requestsByTag = countRequests();
  const paidTwice = diskTags.filter((t) => (requestsByTag.get(t) ?? 0) > 1).length;
  check(paidTwice === 0, `disk full: ${paidTwice} inputs were sent twice`);
  const handedOver = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { noteId?: string; unsaved?: string });
  check(handedOver.every((n) => n.unsaved === 'NOT_SAVED'), 'disk full: stdout holds something other than unsaved notes');
  const traced = new Set<string>([...lines.map((l) => l.noteId ?? ''), ...handedOver.map((n) => n.noteId ?? '')]);
  const untraced = ids.filter((id) => !traced.has(id)).length;
  check(untraced === 0, `disk full: ${untraced} of ${ids.length} paid notes are neither in the report nor on stdout`);
  check(unsaved.every((l) => handedOver.some((n) => n.noteId === l.noteId)), 'disk full: an unsaved note is missing from stdout');

  // What was written is whole, and nothing half-written or claimed is left on the full disk.
  const files = listFiles(join(copy, 'notes'));
  check(strayFiles(files).length === 0, `disk full: stray files left: ${strayFiles(files).slice(0, 3).join(', ')}`);
  check(files.length === ok.length, `disk full: ${files.length} notes on disk for ${ok.length} ok lines`);
  check(files.every((f) => isWholeNote(readFileSync(f, 'utf8'))), 'disk full: a note on disk is partial');

  // With room again (the notes copied to an ordinary folder), the same command resumes: saved notes are not sent again.
  const before = new Map(diskTags.map((t) => [t, requestsByTag.get(t) ?? 0]));
  const resume = await runCommand(process.execPath, cli.map((a) => (a === join(mount, 'notes') ? join(copy, 'notes') : a === report ? join(root, 'resume.ndjson') : a)), env);
  check(resume.code === 0, `disk full: the resume run exited ${resume.code}`);
  requestsByTag = countRequests();
  const okTags = new Set(ok.map((l) => tags.get(l.input)));
  const resent = diskTags.filter((t) => (requestsByTag.get(t) ?? 0) > before.get(t)!);
  check(resent.every((t) => !okTags.has(t)), 'disk full: the resume sent an input whose note had been saved');
  check(resent.length === inputs - ok.length, `disk full: the resume sent ${resent.length} inputs, expected the ${inputs - ok.length} not saved`);
  return {
    inputs,
    size,
    exit: run.code,
    ok: ok.length,
    unsaved: unsaved.length,
    otherFailed,
    notStarted: notStarted.length,
    paid: ids.length,
    untraced,
    paidTwice,
    resumeSent: resent.length,
    resumeExit: resume.code,
    wallMs: run.wallMs,
  };
}
