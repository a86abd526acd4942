import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/note/index.js';
import type { Backend } from '../../src/providers/index.js';
import { fakeBackend, runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';

/**
 * Issue 13, class 8: a note with four empty sections — from a service, or the offline engine on a file with nothing
 * it can read (a page of rules; since issue 14 it reads package.json as dictation, so that no longer comes back
 * empty) — is a failure (exit 1, one clear line naming the input and the note id), never written to -o as if
 * it were a note; a batch counts it failed (EMPTY_NOTE) and keeps its id. The paid answer is still handed over.
 */
const { emu, env } = useEmulator();
const TRANSCRIPT = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');
const KEYED = { SOAPNOTEAPI_KEY: 'snapi_sk_test_fake0000', ASSEMBLYAI_API_KEY: 'aai-fake-key-0000' };
const S = ['-s', 'physician'];
const EMPTY: Note = { provider: 'soapnoteapi', noteId: 'note_empty01', subjective: '', objective: ' ', assessment: '\n', plan: '' };

/** A page of rules saved as a transcript: long enough, UTF-8, and nothing in it to make a note of. */
const RULES = `${'='.repeat(72)}\n${'-'.repeat(72)}\n${'='.repeat(72)}\n`;
function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soap-empty-'));
  writeFileSync(join(dir, 'rules.txt'), RULES);
  writeFileSync(join(dir, 'visit.txt'), TRANSCRIPT);
  writeFileSync(join(dir, 'visit.mp3'), readFileSync('fixtures/audio/encounter.mp3'));
  return dir;
}

interface Case {
  name: string;
  args: (dir: string) => string[];
  backend?: Partial<Backend>;
  /** The one error line. */
  message: RegExp;
  /** What stdout must hold: the paid answer, handed over. */
  stdout: RegExp;
  /** A file that must not have been written. */
  notWritten?: string;
}

const LOCAL = ['--provider', 'local'];
const CASES: Case[] = [
  { name: 'the offline engine on a page of rules', args: (d) => ['note', join(d, 'rules.txt'), ...S, ...LOCAL], message: /rules\.txt: the note came back empty \(all four sections blank\) — check that the input holds a clinical encounter$/, stdout: /^SUBJECTIVE\n/ },
  { name: 'the offline engine, --json', args: (d) => ['note', join(d, 'rules.txt'), ...S, ...LOCAL, '--json'], message: /rules\.txt: the note came back empty/, stdout: /"subjective": ""/ },
  { name: 'the offline engine, -o', args: (d) => ['note', join(d, 'rules.txt'), ...S, ...LOCAL, '-o', join(d, 'out/note.txt')], message: /rules\.txt: the note came back empty \(all four sections blank\); printed on stdout, not written to .*out\/note\.txt/, stdout: /^SUBJECTIVE\n/, notWritten: 'out/note.txt' },
  { name: 'the offline engine, stream', args: (d) => ['stream', join(d, 'rules.txt'), ...S, ...LOCAL], message: /rules\.txt: the note came back empty/, stdout: /SUBJECTIVE/ },
  { name: 'the offline engine, stream -o', args: (d) => ['stream', join(d, 'rules.txt'), ...S, ...LOCAL, '-o', join(d, 's.json')], message: /not written to .*s\.json/, stdout: /SUBJECTIVE/, notWritten: 's.json' },
  { name: 'the offline engine on stdin', args: () => ['note', '-', ...S, ...LOCAL], message: /^✗ stdin: the note came back empty/, stdout: /SUBJECTIVE/ },
  { name: 'a service answering blank sections', args: (d) => ['note', join(d, 'visit.txt'), ...S, '--json'], backend: { createNote: async () => EMPTY }, message: /visit\.txt: the note came back empty \(all four sections blank\) \(note id note_empty01\)/, stdout: /"noteId": "note_empty01"/ },
  { name: 'a service answering blank sections, -o', args: (d) => ['note', join(d, 'visit.txt'), ...S, '-o', join(d, 'n.txt')], backend: { createNote: async () => EMPTY }, message: /\(note id note_empty01\); printed on stdout, not written to/, stdout: /note note_empty01/, notWritten: 'n.txt' },
  { name: 'a stream of blank sections', args: (d) => ['stream', join(d, 'visit.txt'), ...S, '--json'], backend: { streamNote: async function* () { yield { section: 'subjective', content: '  ' }; } }, message: /visit\.txt: the note came back empty/, stdout: /"subjective"/ },
  { name: 'a recording whose note is blank', args: (d) => ['audio', join(d, 'visit.mp3'), ...S, '--json'], backend: { createAudioNote: async () => ({ note: EMPTY }) }, message: /visit\.mp3: the note came back empty .*\(note id note_empty01\)/, stdout: /note_empty01/ },
];

describe('an empty note is a failure (exit 1), its answer still handed over', () => {
  it.for(CASES.map((c) => [c.name, c] as const))('%s', async ([, c]) => {
    const dir = workFolder();
    const r = await runSoap(c.args(dir), { env: KEYED, stdin: RULES, backend: c.backend && fakeBackend(c.backend) });
    const lines = r.stderr.split('\n').filter((l) => l && !l.startsWith('ℹ'));
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^✗ /);
    expect(lines[0]).toMatch(c.message);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(c.stdout);
    if (c.notWritten) expect(existsSync(join(dir, c.notWritten))).toBe(false);
  });

  it('a note with one section filled is not empty', async () => {
    const dir = workFolder();
    const r = await runSoap(['note', join(dir, 'visit.txt'), ...S, '--json'], { env: KEYED, backend: fakeBackend({ createNote: async () => ({ ...EMPTY, plan: 'Ice.' }) }) });
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('in a batch, an empty note fails its input (EMPTY_NOTE), keeps its id, and is not written as done', () => {
  it('the offline engine over inputs with a page of rules among them', async () => {
    const dir = workFolder();
    const out = join(dir, 'out');
    const report = join(dir, 'r.ndjson');
    const r = await runSoap(['note', join(dir, 'rules.txt'), join(dir, 'visit.txt'), ...S, ...LOCAL, '--out-dir', out, '--report', report], {});
    expect(r.code).toBe(5);
    const lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [String(l.input).split('/').pop(), l.status, (l.error as { code: string } | null)?.code ?? null])).toEqual([
      ['rules.txt', 'failed', 'EMPTY_NOTE'],
      ['visit.txt', 'ok', null],
    ]);
    expect(existsSync(join(out, 'rules.soap.txt'))).toBe(false); // a re-run tries it again
    expect(existsSync(join(out, 'visit.soap.txt'))).toBe(true);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ unsaved: 'EMPTY_NOTE', provider: 'local', subjective: '' });
    expect(r.stderr).toMatch(/✗ .*rules\.txt: the note came back empty \(all four sections blank\)\n/);
  });

  it('SOAPNoteAPI answering blank sections for one input: its note id is in the report', async () => {
    const dir = workFolder();
    mkdirSync(join(dir, 'in'));
    for (const n of ['a', 'b']) writeFileSync(join(dir, 'in', `${n}.txt`), TRANSCRIPT);
    emu().fault({ path: '/v1/note', rawBody: JSON.stringify({ ...EMPTY, noteId: 'note_blank0001' }), contentType: 'application/json' });
    const report = join(dir, 'r.ndjson');
    const r = await runSoap(['note', join(dir, 'in'), ...S, '--json', '--report', report, '--concurrency', '1'], { env: env() });
    expect(r.code).toBe(5);
    const lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ status: 'failed', noteId: 'note_blank0001', attempts: 1, error: { code: 'EMPTY_NOTE' } });
    expect(lines[1]).toMatchObject({ status: 'ok' });
    // Without --out-dir the NDJSON stream on stdout is the output: both notes are in it.
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { noteId: string }).noteId)).toContain('note_blank0001');
    expect(r.stderr).toMatch(/\(note id note_blank0001\)/);
  });
});
