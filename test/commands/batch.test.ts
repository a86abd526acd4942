import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { testWithEmulator as it } from '../helpers/emulator-env.js';

const TRANSCRIPT = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');

/** A corpus of `count` distinct transcripts in two sub-folders. */
function makeCorpus(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'soap-corpus-'));
  for (let i = 0; i < count; i++) {
    const sub = join(root, i % 2 ? 'clinic-b' : 'clinic-a');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `visit-${String(i).padStart(3, '0')}.txt`), `Visit ${i}. ${TRANSCRIPT}`);
  }
  return root;
}

function readReport(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1)).sort();
}

describe.concurrent('batch runs', () => {
  it('writes one note per input under --out-dir, mirrored, with a report; a re-run resumes (skips everything)', async ({ emu, env, expect }) => {
    const corpus = makeCorpus(6);
    const out = mkdtempSync(join(tmpdir(), 'soap-out-'));
    const report = join(out, '..', `${out.split('/').pop()}-report.ndjson`);
    const r = await runSoap(['note', corpus, '-s', 'physician', '--json', '--out-dir', out, '--report', report, '--concurrency', '3'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(emu.requests).toHaveLength(6);
    expect(listFiles(out)).toEqual(['clinic-a/visit-000.soap.json', 'clinic-a/visit-002.soap.json', 'clinic-a/visit-004.soap.json', 'clinic-b/visit-001.soap.json', 'clinic-b/visit-003.soap.json', 'clinic-b/visit-005.soap.json']);
    const note = JSON.parse(readFileSync(join(out, 'clinic-b/visit-003.soap.json'), 'utf8'));
    expect(note.transcript.startsWith('Visit 3.')).toBe(true);
    expect(statSync(join(out, 'clinic-b/visit-003.soap.json')).mode & 0o777).toBe(0o600);
    const lines = readReport(report);
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['input', 'output', 'status', 'noteId', 'attempts', 'duration_ms', 'error', 'reason']);
      expect(line).toMatchObject({ status: 'ok', attempts: 1, noteId: expect.stringMatching(/^note_/), error: null });
    }
    expect(r.stderr).toMatch(/6 ok, 0 skipped, 0 failed/);

    emu.reset();
    const again = await runSoap(['note', corpus, '-s', 'physician', '--json', '--out-dir', out, '--report', report], { env });
    expect(again.code).toBe(0);
    expect(emu.requests).toHaveLength(0);
    expect(readReport(report).map((l) => l.status)).toEqual(Array(6).fill('skipped'));

    const redo = await runSoap(['note', corpus, '-s', 'physician', '--json', '--out-dir', out, '--overwrite'], { env });
    expect(redo.code).toBe(0);
    expect(emu.requests).toHaveLength(6);
  });

  it('gives NDJSON on stdout (one object per input, with input) without --out-dir', async ({ env, expect }) => {
    const corpus = makeCorpus(3);
    const r = await runSoap(['note', `${corpus}/**/*.txt`, '-s', 'physician', '--json'], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input.slice(corpus.length + 1)).sort()).toEqual(['clinic-a/visit-000.txt', 'clinic-a/visit-002.txt', 'clinic-b/visit-001.txt']);
    for (const l of lines) expect(l).toMatchObject({ noteId: expect.any(String), subjective: expect.any(String), provider: 'soapnoteapi' });
  });

  it('exit 5 when some fail: the rest are written, failures reported with a code and no transcript text', async ({ emu, env, expect }) => {
    const corpus = makeCorpus(4);
    writeFileSync(join(corpus, 'clinic-a', 'broken.txt'), 'far too short');
    const out = mkdtempSync(join(tmpdir(), 'soap-out-'));
    const report = join(mkdtempSync(join(tmpdir(), 'soap-rep-')), 'r.ndjson');
    emu.fault({ path: '/v1/note', status: 400, code: 'VALIDATION_ERROR', message: 'specialty rejected' });
    const r = await runSoap(['note', corpus, '-s', 'physician', '--out-dir', out, '--report', report, '--concurrency', '1'], { env });
    expect(r.code).toBe(5);
    const lines = readReport(report);
    const failed = lines.filter((l) => l.status === 'failed');
    expect(failed.map((l) => (l.error as { code: string }).code).sort()).toEqual(['UsageError', 'VALIDATION_ERROR']);
    expect(listFiles(out)).toHaveLength(3);
    expect(readFileSync(report, 'utf8')).not.toContain('knee');
    expect(r.stderr).toMatch(/✗ .*broken\.txt: only 13 characters/);
  });

  it.for<[number, string, number]>([
    [401, 'AUTHENTICATION_ERROR', 3],
    [429, 'INSUFFICIENT_BALANCE', 4],
  ])('a %i %s stops the whole batch (exit %i): every other input would fail alike', async ([status, code, exit], { emu, env, expect }) => {
    const corpus = makeCorpus(10);
    emu.fault({ path: '/v1/note', status, code, times: Infinity });
    const r = await runSoap(['note', corpus, '-s', 'physician', '--json', '--concurrency', '2'], { env });
    expect(r.code).toBe(exit);
    expect(emu.requests.length).toBeLessThanOrEqual(2);
  });

  it('a missing key stops a batch before any input is read (exit 3)', async ({ emu, expect }) => {
    const corpus = makeCorpus(3);
    const r = await runSoap(['note', corpus, '-s', 'physician', '--provider', 'soapnoteapi'], { env: { SOAPNOTEAPI_BASE_URL: emu.url } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^✗ no SOAPNoteAPI key is set/);
  });

  it('--fail-fast stops scheduling at the first failure', async ({ emu, env, expect }) => {
    const corpus = makeCorpus(6);
    emu.fault({ path: '/v1/note', status: 400, code: 'VALIDATION_ERROR' });
    const r = await runSoap(['note', corpus, '-s', 'physician', '--json', '--concurrency', '1', '--fail-fast'], { env });
    expect(r.code).toBe(5);
    expect(emu.requests).toHaveLength(1);
  });

  it('one 429 pauses the whole pool instead of every worker finding out on its own', async ({ emu, env, expect }) => {
    const corpus = makeCorpus(8);
    // The first request is refused at once; the other three of the first wave answer a little later, after the
    // pause has begun, so their workers' next requests must wait for it too.
    emu.fault({ path: '/v1/note', status: 429, code: 'RATE_LIMITED', headers: { 'retry-after': '1' } });
    emu.fault({ path: '/v1/note', delayMs: 150, times: 3 });
    // When each request arrived: a loaded machine can only make a request arrive later, never earlier, so a bound
    // on how early they come cannot fail for want of CPU (sampling the count on a timer could).
    const requests = emu.requests;
    const arrivals: number[] = [];
    requests.push = (...items) => {
      for (const _ of items) arrivals.push(Date.now());
      return Array.prototype.push.apply(requests, items);
    };
    let r;
    try {
      r = await runSoap(['note', corpus, '-s', 'physician', '--json', '--concurrency', '4'], { env });
    } finally {
      delete (requests as { push?: unknown }).push;
    }
    expect(r.code).toBe(0);
    expect(emu.requests).toHaveLength(9);
    expect(emu.requests[0]!.path).toBe('/v1/note');
    // Only the first wave (at most the four workers' first requests) comes before the second the 429 asked for is
    // over; a worker that found out on its own would knock again about 150 ms in.
    const early = arrivals.filter((at) => at < arrivals[0]! + 950);
    expect(early.length).toBeGreaterThanOrEqual(1);
    expect(early.length).toBeLessThanOrEqual(4);
  });

  it('Ctrl-C stops scheduling, lets in-flight requests finish, writes the report, exits 130; a re-run finishes the rest', async ({ emu, env, expect }) => {
    const corpus = makeCorpus(6);
    const out = mkdtempSync(join(tmpdir(), 'soap-out-'));
    const report = join(mkdtempSync(join(tmpdir(), 'soap-rep-')), 'r.ndjson');
    emu.latencyMs = 150;
    const controller = new AbortController();
    // Ctrl-C while the second request is in flight: the first is written, the second finishes, the rest never start.
    const watch = setInterval(() => {
      if (emu.requests.length >= 2) {
        controller.abort();
        clearInterval(watch);
      }
    }, 10);
    const r = await runSoap(['note', corpus, '-s', 'physician', '--out-dir', out, '--report', report, '--concurrency', '1'], { env, signal: controller.signal });
    clearInterval(watch);
    expect(r.code).toBe(130);
    const done = listFiles(out);
    expect(done).toHaveLength(2);
    expect(readReport(report).filter((l) => l.status === 'ok')).toHaveLength(done.length);
    emu.reset();
    const resumed = await runSoap(['note', corpus, '-s', 'physician', '--out-dir', out, '--concurrency', '2'], { env });
    expect(resumed.code).toBe(0);
    expect(emu.requests).toHaveLength(6 - done.length);
    expect(listFiles(out)).toHaveLength(6);
  });

  it('--shard splits the corpus: every input in exactly one shard', async ({ env, expect }) => {
    const corpus = makeCorpus(9);
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const r = await runSoap(['note', corpus, '-s', 'physician', '--json', '--shard', `${i}/3`], { env });
      expect(r.code).toBe(0);
      seen.push(...r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).input as string));
    }
    expect(seen.sort()).toEqual(listFiles(corpus).map((f) => join(corpus, f)));
  });

  it('takes --from-list (stdin too) and de-duplicates', async ({ env, expect }) => {
    const corpus = makeCorpus(2);
    const files = listFiles(corpus).map((f) => join(corpus, f));
    const r = await runSoap(['note', files[0]!, '-s', 'physician', '--json', '--from-list', '-'], { env, stdin: `${files.join('\n')}\n${files[0]}\n` });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('runs soap audio over a folder of recordings; bad ones fail, good ones are written', async ({ emu, env, expect }) => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-audio-batch-'));
    for (const ext of ['mp3', 'wav', 'flac']) cpSync(`fixtures/audio/encounter.${ext}`, join(dir, `visit-${ext}.${ext}`));
    cpSync('fixtures/audio/not-audio.mp3', join(dir, 'not-audio.mp3'));
    const out = mkdtempSync(join(tmpdir(), 'soap-out-'));
    const r = await runSoap(['audio', dir, '-s', 'physician', '--out-dir', out, '--format', 'markdown'], { env });
    expect(r.code).toBe(5);
    expect(listFiles(out)).toEqual(['visit-flac.soap.md', 'visit-mp3.soap.md', 'visit-wav.soap.md']);
    expect(readFileSync(join(out, 'visit-wav.soap.md'), 'utf8')).toMatch(/^# SOAP note/);
    expect(r.stderr).toMatch(/not-audio\.mp3: is PNG data/);
    // Three recordings uploaded (POST: this emulator speaks the seeds' reading, and refuses the PUT tried first).
    expect(emu.requests.filter((q) => q.method === 'POST')).toHaveLength(3);
  });

  it('refuses inputs that would share an output file (exit 2, nothing sent)', async ({ emu, env, expect }) => {
    const out = mkdtempSync(join(tmpdir(), 'soap-out-'));
    const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', 'fixtures/audio/encounter.wav', '-s', 'physician', '--out-dir', out], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/encounter\.mp3 and .*encounter\.wav would both be written to/);
    expect(emu.requests).toHaveLength(0);
  });

  it.for<[string[], RegExp]>([
    [['--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/],
    [['--shard', '4/3'], /--shard/],
    [['--overwrite'], /--overwrite only applies with --out-dir/],
    [['--overwrite', '--single'], /--overwrite only applies with --out-dir/],
    [['-o', 'x.json', '--out-dir', 'y'], /-o\/--output writes one note; for several inputs use --out-dir/],
  ])('refuses bad batch flags %j before sending (exit 2)', async ([extra, message], { emu, env, expect }) => {
    const corpus = makeCorpus(2);
    // '--single' stands for one plain file instead of the folder: batch-only flags are refused there too.
    const target = extra.includes('--single') ? join(corpus, 'clinic-a', 'visit-000.txt') : corpus;
    const r = await runSoap(['note', target, '-s', 'physician', ...extra.filter((a) => a !== '--single')], { env });
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(emu.requests).toHaveLength(0);
  });
});
