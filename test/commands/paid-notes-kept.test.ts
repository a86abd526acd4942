import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { canMountPrivateTmpfs, handToChild, runCliProcess } from '../helpers/restricted-fs.js';
import { NoteStore } from '../emulator/note-store.js';
import { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';

/**
 * Issue 13, class 2: every output location is checked before the first paid request; a note paid for is never
 * dropped: when its file cannot be written it goes to stdout, its id (when the backend gives one) in the report and
 * the error line, and a batch stops scheduling new inputs at the first such failure.
 */
const { emu, env } = useEmulator();
let oai: OpenAiEmulator;
beforeAll(async () => {
  oai = await startOpenAiEmulator({ apiKey: OPENAI_TEST_KEY });
});
afterEach(() => oai.reset());
afterAll(async () => oai.close());

const TRANSCRIPT = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');
const VISITS = JSON.stringify({ visits: [{ visit_date: '2026-01-10', summary: 'I10 Essential hypertension. Lisinopril continued.' }] });
const S = ['-s', 'physician'];

/** A folder with in/ (count transcripts in two sub-folders), a visits file, a recording, and a plain file `blocker`. */
function makeCase(count = 3): string {
  const dir = mkdtempSync(join(tmpdir(), 'soap-kept-'));
  for (let i = 0; i < count; i++) {
    const sub = join(dir, 'in', i % 2 ? 'clinic-b' : 'clinic-a');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `visit-${String(i).padStart(3, '0')}.txt`), `Visit ${i}. ${TRANSCRIPT}`);
  }
  writeFileSync(join(dir, 'visits.json'), VISITS);
  writeFileSync(join(dir, 'blocker'), 'a plain file where a folder would have to be');
  writeFileSync(join(dir, 'visit.mp3'), readFileSync('fixtures/audio/encounter.mp3'));
  return dir;
}
const ONE = (d: string) => join(d, 'in/clinic-a/visit-000.txt');

/** Ids of the notes the SOAPNoteAPI emulator made (each one is paid for), in order. */
function trackPaidNotes() {
  const made: string[] = [];
  const original = NoteStore.prototype.createNoteId;
  const spy = vi.spyOn(NoteStore.prototype, 'createNoteId').mockImplementation(function (this: NoteStore) {
    const id = original.call(this);
    made.push(id);
    return id;
  });
  return { ids: () => made, restore: () => spy.mockRestore() };
}

function readReport(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function strays(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(tmp|probe|claim)$|\.run-/.test(f));
}

describe('output locations checked before the first paid request', () => {
  const created: { name: string; args: (d: string) => string[]; file: (d: string) => string }[] = [
    { name: 'note -o into folders that do not exist yet', args: (d) => ['note', ONE(d), ...S, '-o', join(d, 'new/deeper/note.txt')], file: (d) => join(d, 'new/deeper/note.txt') },
    { name: 'stream -o into a folder that does not exist yet', args: (d) => ['stream', ONE(d), ...S, '-o', join(d, 'new/note.json')], file: (d) => join(d, 'new/note.json') },
    { name: 'audio -o into a folder that does not exist yet', args: (d) => ['audio', join(d, 'visit.mp3'), ...S, '-o', join(d, 'new/note.md'), '--format', 'markdown'], file: (d) => join(d, 'new/note.md') },
    { name: 'summarize -o into a folder that does not exist yet', args: (d) => ['summarize', join(d, 'visits.json'), '-o', join(d, 'new/summary.txt')], file: (d) => join(d, 'new/summary.txt') },
  ];
  it.for(created.map((c) => [c.name, c] as const))('%s: made, then written', async ([, c]) => {
    const dir = makeCase(1);
    const r = await runSoap(c.args(dir), { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(c.file(dir), 'utf8').length).toBeGreaterThan(50);
    expect(strays(dir)).toEqual([]);
  });

  const refused: { name: string; args: (d: string) => string[]; message: RegExp }[] = [
    { name: 'note -o under a plain file', args: (d) => ['note', ONE(d), ...S, '-o', join(d, 'blocker/note.txt')], message: /-o .*blocker\/note\.txt: cannot create the folder .*blocker \((ENOTDIR|EEXIST)\)/ },
    { name: 'note -o naming a folder', args: (d) => ['note', ONE(d), ...S, '-o', join(d, 'in')], message: /-o .*\/in: is a folder/ },
    { name: 'stream -o under a plain file', args: (d) => ['stream', ONE(d), ...S, '-o', join(d, 'blocker/x/note.txt')], message: /-o .*blocker\/x\/note\.txt: cannot create the folder/ },
    { name: 'audio -o under a plain file', args: (d) => ['audio', join(d, 'visit.mp3'), ...S, '-o', join(d, 'blocker/note.txt')], message: /-o .*blocker\/note\.txt: cannot create the folder/ },
    { name: 'summarize -o under a plain file', args: (d) => ['summarize', join(d, 'visits.json'), '-o', join(d, 'blocker/summary.txt')], message: /-o .*blocker\/summary\.txt: cannot create the folder/ },
    { name: 'batch --out-dir under a plain file', args: (d) => ['note', join(d, 'in'), ...S, '--out-dir', join(d, 'blocker/notes')], message: /--out-dir .*blocker\/notes: cannot create the folder/ },
    { name: 'batch --out-dir that is a plain file', args: (d) => ['note', join(d, 'in'), ...S, '--out-dir', join(d, 'blocker')], message: /--out-dir .*blocker: cannot create the folder .*\(EEXIST\)|--out-dir .*blocker: .* is not a folder/ },
    { name: 'audio batch --out-dir under a plain file', args: (d) => ['audio', join(d, 'visit.mp3'), ...S, '--out-dir', join(d, 'blocker/notes')], message: /--out-dir .*blocker\/notes: cannot create the folder/ },
    // Node's own recursive mkdir spins forever here; soap's answers at once.
    { name: 'note -o under /proc, where no folder can be made', args: () => ['note', ONE(makeCase(1)), ...S, '-o', `/proc/soap-no-such-${process.pid}/x/note.txt`], message: /-o \/proc\/soap-no-such-\d+\/x\/note\.txt: cannot create the folder \/proc\/soap-no-such-\d+\/x \(ENOENT\)/ },
    { name: 'batch --out-dir under /proc', args: (d) => ['note', join(d, 'in'), ...S, '--out-dir', `/proc/soap-no-such-${process.pid}/notes`], message: /--out-dir \/proc\/soap-no-such-\d+\/notes: cannot create the folder/ },
    { name: 'batch --report under a plain file', args: (d) => ['note', join(d, 'in'), ...S, '--report', join(d, 'blocker/r.ndjson')], message: /--report .*blocker\/r\.ndjson: cannot write here \(ENOTDIR\)/ },
  ];
  it.for(refused.map((c) => [c.name, c] as const))('%s: exit 2, nothing sent', async ([, c]) => {
    const dir = makeCase(2);
    const r = await runSoap(c.args(dir), { env: env() });
    expect(r.stderr.split('\n').filter(Boolean), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(c.message);
    expect(r.code).toBe(2);
    expect(emu().requests).toEqual([]);
  });
});

describe('a note whose file cannot be written after it was paid for (a folder stands where the note goes)', () => {
  /** Five inputs, --concurrency 1, --overwrite; the third one's output path is a folder, so its rename fails (EISDIR). */
  async function runBlocked(extra: string[], extraEnv: Record<string, string> = {}) {
    const dir = makeCase(5);
    const out = join(dir, 'out');
    mkdirSync(join(out, 'clinic-a/visit-004.soap.txt'), { recursive: true });
    const report = join(dir, 'report.ndjson');
    const r = await runSoap(['note', join(dir, 'in'), ...S, '--out-dir', out, '--overwrite', '--report', report, '--concurrency', '1', ...extra], { env: { ...env(), ...extraEnv } });
    return { r, dir, out, lines: readReport(report) };
  }

  it('SOAPNoteAPI: the note id is in the report, the error line and stdout; scheduling stops (exit 5)', async () => {
    const paid = trackPaidNotes();
    const { r, out, lines } = await runBlocked([]).finally(() => paid.restore());
    expect(r.code).toBe(5);
    const ids = paid.ids();
    expect(ids).toHaveLength(3); // visit-000, visit-002, visit-004 (clinic-a first); nothing after the failure
    expect(emu().requests.filter((q) => q.path === '/v1/note')).toHaveLength(3);
    expect(lines.map((l) => [l.status, (l.error as { code?: string } | null)?.code ?? null])).toEqual([
      ['ok', null],
      ['ok', null],
      ['failed', 'NOT_SAVED'],
      ['failed', 'NOT_STARTED'],
      ['failed', 'NOT_STARTED'],
    ]);
    expect(lines[2]).toMatchObject({ noteId: ids[2], attempts: 1 });
    expect(r.stderr).toMatch(new RegExp(`✗ .*visit-004\\.txt: .*visit-004\\.soap\\.txt could not be written \\(EISDIR\\); the note is on stdout \\(note id ${ids[2]}\\)\\n`));
    expect(r.stderr).toMatch(/✗ stopped scheduling new inputs: a note could not be written \(EISDIR\)/);
    const handed = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(handed).toHaveLength(1);
    expect(handed[0]).toMatchObject({ unsaved: 'NOT_SAVED', noteId: ids[2], subjective: expect.stringContaining('Visit 4.') });
    expect(strays(out)).toEqual([]);
  });

  it.for([
    ['the offline engine', ['--provider', 'local'], {}],
    ['an OpenAI-compatible server', ['--provider', 'openai'], { OPENAI_API_KEY: OPENAI_TEST_KEY }],
  ] as const)('%s (no note id): the unsaved note itself is on stdout as one NDJSON line', async ([, extra, extraEnv]) => {
    const { r, lines } = await runBlocked([...extra], { ...extraEnv, OPENAI_BASE_URL: oai.url });
    expect(r.code).toBe(5);
    expect(lines[2]).toMatchObject({ status: 'failed', noteId: null, error: { code: 'NOT_SAVED' } });
    const handed = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(handed).toHaveLength(1);
    expect(handed[0]).toMatchObject({ input: expect.stringMatching(/visit-004\.txt$/), unsaved: 'NOT_SAVED', subjective: expect.any(String), plan: expect.any(String) });
    expect(String(handed[0]!.subjective).length).toBeGreaterThan(10);
    expect(r.stderr).toMatch(/visit-004\.soap\.txt could not be written \(EISDIR\); the note is on stdout\n/);
  });
});

describe('permissions, with real processes (as nobody when the tests run as root)', () => {
  /** A case folder the child may use, with `locked` made read-only (0500) for it. */
  function lockedCase(locked: string) {
    const dir = makeCase(2);
    for (const p of readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))) handToChild(p);
    handToChild(dir);
    mkdirSync(join(dir, locked), { recursive: true });
    handToChild(join(dir, locked));
    chmodSync(join(dir, locked), 0o500);
    return dir;
  }
  const cases: { name: string; locked: string; args: (d: string) => string[]; message: RegExp }[] = [
    { name: '--out-dir inside a read-only folder', locked: 'ro', args: (d) => ['note', join(d, 'in'), ...S, '--out-dir', join(d, 'ro/notes')], message: /--out-dir .*ro\/notes: cannot create the folder .*\(EACCES\)/ },
    { name: '--out-dir that exists and is read-only', locked: 'ro-out', args: (d) => ['note', join(d, 'in'), ...S, '--out-dir', join(d, 'ro-out')], message: /--out-dir .*ro-out: cannot write in .*ro-out \(EACCES\)/ },
    { name: '-o inside a read-only folder', locked: 'ro', args: (d) => ['note', ONE(d), ...S, '-o', join(d, 'ro/note.txt')], message: /-o .*ro\/note\.txt: cannot write in .*ro \(EACCES\)/ },
    { name: 'summarize -o inside a read-only folder', locked: 'ro', args: (d) => ['summarize', join(d, 'visits.json'), '-o', join(d, 'ro/s.txt')], message: /-o .*ro\/s\.txt: cannot write in .*ro \(EACCES\)/ },
    { name: '--report inside a read-only folder', locked: 'ro', args: (d) => ['note', join(d, 'in'), ...S, '--report', join(d, 'ro/r.ndjson')], message: /--report .*ro\/r\.ndjson: cannot write here \(EACCES\)/ },
  ];
  it.for(cases.map((c) => [c.name, c] as const))('%s: exit 2 before anything is sent', async ([, c]) => {
    const dir = lockedCase(c.locked);
    const r = await runCliProcess(c.args(dir), { env: env(), unprivileged: true });
    expect(r.stderr).toMatch(c.message);
    expect(r.code).toBe(2);
    expect(emu().requests).toEqual([]);
  });
});

describe.skipIf(!canMountPrivateTmpfs())('real small file systems (tmpfs in a private mount namespace)', () => {
  it('a read-only file system under --out-dir or -o: exit 2 before anything is sent', async () => {
    for (const args of [(d: string) => ['note', join(d, 'in'), ...S, '--out-dir', join(d, 'mnt/notes')], (d: string) => ['note', ONE(d), ...S, '-o', join(d, 'mnt/note.txt')]]) {
      const dir = makeCase(2);
      mkdirSync(join(dir, 'mnt'));
      const r = await runCliProcess(args(dir), { env: env(), disk: { mountPoint: join(dir, 'mnt'), size: '64k', readOnly: true } });
      expect(r.stderr).toMatch(/\(EROFS\) — that file system is read-only/);
      expect(r.code).toBe(2);
    }
    expect(emu().requests).toEqual([]);
  });

  it.for([
    ['note', (d: string) => ['note', ONE(d), ...S, '-o', join(d, 'mnt/note.txt')], 'note', /^SUBJECTIVE\n[\s\S]*\nnote note_\w+ · via soapnoteapi/],
    ['stream', (d: string) => ['stream', ONE(d), ...S, '-o', join(d, 'mnt/note.json'), '--json'], 'note', /"subjective": "/],
    ['summarize', (d: string) => ['summarize', join(d, 'visits.json'), '-o', join(d, 'mnt/summary.txt')], 'summary', /^SUMMARY\n/],
  ] as const)('%s -o on a full disk: the answer goes to stdout, one clear line, exit 1', async ([, args, noun, printed]) => {
    const dir = makeCase(1);
    mkdirSync(join(dir, 'mnt'));
    const paid = trackPaidNotes();
    const r = await runCliProcess(args(dir), { env: env(), disk: { mountPoint: join(dir, 'mnt'), size: '16k', fillBytes: 16 * 1024 } }).finally(() => paid.restore());
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(printed);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^✗ .*mnt/\\S+: could not be written \\(ENOSPC\\); the ${noun} is printed on stdout instead`));
    if (noun === 'note' && paid.ids().length) expect(lines[0]).toContain(`(note id ${paid.ids()[0]})`);
    expect(existsSync(join(dir, 'mnt/note.txt'))).toBe(false);
  });

  it('a batch on a disk that fills up: stops scheduling, every paid note traced, none paid twice (exit 5)', async () => {
    const dir = makeCase(30);
    mkdirSync(join(dir, 'mnt'));
    const report = join(dir, 'report.ndjson');
    const paid = trackPaidNotes();
    const r = await runCliProcess(['note', join(dir, 'in'), ...S, '--out-dir', join(dir, 'mnt/notes'), '--report', report, '--concurrency', '3'], {
      env: env(),
      disk: { mountPoint: join(dir, 'mnt'), size: '48k' },
    }).finally(() => paid.restore());
    expect(r.code, r.stderr).toBe(5);
    const lines = readReport(report);
    expect(lines).toHaveLength(30);
    const ok = lines.filter((l) => l.status === 'ok');
    const unsaved = lines.filter((l) => (l.error as { code?: string } | null)?.code === 'NOT_SAVED');
    const notStarted = lines.filter((l) => (l.error as { code?: string } | null)?.code === 'NOT_STARTED');
    expect(ok.length).toBeGreaterThan(0);
    expect(notStarted.length).toBeGreaterThan(0);
    // Nothing paid twice: one note request per input at most.
    const perInput = new Map<string, number>();
    for (const q of emu().requests.filter((x) => x.path === '/v1/note')) {
      const tag = /^Visit \d+\./.exec((q.json as { transcript: string }).transcript)![0];
      perInput.set(tag, (perInput.get(tag) ?? 0) + 1);
    }
    expect([...perInput.values()].every((n) => n === 1)).toBe(true);
    // No paid note without a trace: every id the service made is in the report or on stdout.
    const traced = new Set([...lines.map((l) => l.noteId), ...r.stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { noteId: string }).noteId)]);
    expect(paid.ids().filter((id) => !traced.has(id))).toEqual([]);
    expect(paid.ids()).toHaveLength(ok.length + unsaved.length);
    expect(r.stderr).toMatch(/✗ stopped scheduling new inputs: a note could not be written \(ENOSPC\)/);
  });
});
