/** What the soak's phases share: reading reports and folders, running the CLI, checking a note is whole. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReportLine {
  input: string;
  output?: string | null;
  status: 'ok' | 'skipped' | 'failed';
  noteId?: string | null;
  attempts: number;
  error?: { code?: string; message: string } | null;
  reason?: string | null;
}

/** Failed checks, collected by every phase; the soak exits 1 when there is any. */
export const failures: string[] = [];
export function check(ok: boolean, what: string): void {
  if (!ok) failures.push(what);
}

/** Report lines; a line that does not parse (torn, interleaved) is counted, not thrown. */
export function readReportLines(path: string): { lines: ReportLine[]; corrupt: number } {
  let corrupt = 0;
  const lines: ReportLine[] = [];
  for (const text of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    try {
      lines.push(JSON.parse(text) as ReportLine);
    } catch {
      corrupt++;
    }
  }
  return { lines, corrupt };
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Whole: all four sections and the footer line that closes every note the emulator makes. */
export function isWholeNote(text: string): boolean {
  return /^SUBJECTIVE\n[\s\S]*\nPLAN\n[\s\S]*\nnote note_\S+ · .*expires \S+\n?$/.test(text);
}

/** `count` transcripts under `dir`, each opening with `<prefix>-NNNNN` (the emulator's note quotes the opening). */
export function writeTaggedCorpus(dir: string, prefix: string, count: number, folders: number): Map<string, string> {
  const tags = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `clinic-${i % folders}`);
    mkdirSync(sub, { recursive: true });
    const tag = `${prefix}-${String(i).padStart(5, '0')}`;
    const path = join(sub, `visit-${i}.txt`);
    writeFileSync(path, `${tag}: Doctor: What brings you in today? Patient: A dry cough for ${(i % 13) + 2} days, no fever, some wheezing at night.\n`);
    tags.set(path, tag);
  }
  return tags;
}

export interface CliRun {
  code: number | null;
  wallMs: number;
  stdout: string;
  stderr: string;
}

/** Runs `command args` (the CLI, or the CLI inside `unshare`), keeping stdout and stderr. */
export async function runCommand(command: string, args: string[], env: Record<string, string>, guardMs = 120_000): Promise<CliRun> {
  const started = Date.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), guardMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(guard);
  return { code, wallMs: Date.now() - started, stdout, stderr };
}

/** Hidden files soap makes and must not leave behind: temp notes, claims, take-over locks, report markers, probes. */
export function strayFiles(files: string[]): string[] {
  return files.filter((f) => /\/\.[^/]*\.(tmp|claim|takeover|probe|stale)$|\/\.[^/]*\.run-[0-9a-f]+$/.test(f));
}
