import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { startEmulator } from '../emulator/index.js';
import { TEST_KEY, abortAfterRequests, testWithEmulator as it } from '../helpers/emulator-env.js';

const FIXTURE = 'fixtures/transcripts/knee-injury.txt';
const note = (...extra: string[]) => ['note', FIXTURE, '-s', 'physician', ...extra];

// The tests below run concurrently, so the first import of the note command's modules would land inside all of them
// at once; doing it here keeps the timed tests timing the command alone.
beforeAll(async () => {
  const emu = await startEmulator();
  await runSoap(note('--json'), { env: { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url } });
  await emu.close();
});

describe.concurrent('retry policy', () => {
  it('retries 503 and 500 with backoff and succeeds', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', status: 503, code: 'SERVICE_UNAVAILABLE', headers: { 'retry-after-ms': '20' } });
    emu.fault({ path: '/v1/note', status: 500, code: 'INTERNAL_ERROR', headers: { 'retry-after-ms': '20' } });
    const r = await runSoap(note('--json'), { env });
    expect(r.code).toBe(0);
    expect(emu.requests).toHaveLength(3);
    expect(JSON.parse(r.stdout).noteId).toMatch(/^note_/);
  });

  it('honours Retry-After in seconds on a rate-limit 429', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', status: 429, code: 'RATE_LIMITED', headers: { 'retry-after': '1' } });
    const started = Date.now();
    const r = await runSoap(note('--json'), { env });
    expect(r.code).toBe(0);
    expect(emu.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries a connection reset and 408/409', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', reset: 'before-headers' });
    emu.fault({ path: '/v1/note', status: 408, headers: { 'retry-after-ms': '10' } });
    const r = await runSoap(note('--json', '--max-retries', '3'), { env });
    expect(r.code).toBe(0);
    expect(emu.requests).toHaveLength(3);
  });

  it('gives up after --max-retries and reports the last failure', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', status: 502, code: 'BAD_GATEWAY', message: 'upstream down', times: Infinity, headers: { 'retry-after-ms': '5' } });
    const r = await runSoap(note('--max-retries', '1'), { env });
    expect(r.code).toBe(1);
    expect(emu.requests).toHaveLength(2);
    expect(r.stderr).toMatch(/^✗ SOAPNoteAPI 502 BAD_GATEWAY: upstream down \(request id req_\d+\) — .+\n$/);
  });

  it.for<[number, string, number, RegExp]>([
    [401, 'AUTHENTICATION_ERROR', 3, /check the key \(SOAPNOTEAPI_KEY\); set it with `soap config set soapnoteapi.key`/],
    [403, 'AUTHORIZATION_ERROR', 3, /soap config set soapnoteapi.key/],
    [429, 'INSUFFICIENT_BALANCE', 4, /add funds/],
    [400, 'VALIDATION_ERROR', 1, /SOAPNoteAPI 400 VALIDATION_ERROR/],
    [404, 'NOT_FOUND', 1, /SOAPNoteAPI 404/],
  ])('never retries %i %s (exit %i)', async ([status, code, exit, message], { emu, env, expect }) => {
    emu.fault({ path: '/v1/note', status, code, times: Infinity });
    const r = await runSoap(note(), { env });
    expect(r.code).toBe(exit);
    expect(emu.requests).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe.concurrent('timeouts and broken answers', () => {
  it('times out when headers never come, within --timeout', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', delayMs: 5000 });
    const started = Date.now();
    const r = await runSoap(note('--timeout', '0.5'), { env });
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.stderr).toMatch(/^✗ SOAPNoteAPI .*(timed out|did not finish within 0.5 s)/);
  });

  it('reports malformed JSON and does not retry it', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', rawBody: '{"noteId": "note_x", "subj', contentType: 'application/json' });
    const r = await runSoap(note(), { env });
    expect(r.code).toBe(1);
    expect(emu.requests).toHaveLength(1);
    expect(r.stderr).toMatch(/malformed JSON/);
  });

  it('names the field when the answer breaks the schema', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', rawBody: JSON.stringify({ noteId: 'note_x', subjective: 's', objective: 'o', assessment: 'a' }), contentType: 'application/json' });
    const r = await runSoap(note(), { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unexpected shape: plan: /);
  });

  it('explains an HTML error page from a proxy', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', status: 502, rawBody: '<html><body>Bad Gateway</body></html>', contentType: 'text/html', times: Infinity });
    const r = await runSoap(note('--max-retries', '0'), { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/answered HTTP 502 with an HTML page/);
  });

  it('reports a refused connection after retrying', async ({ env, expect }) => {
    const r = await runSoap(note('--max-retries', '0'), { env: { ...env, SOAPNOTEAPI_BASE_URL: 'http://127.0.0.1:1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not reach SOAPNoteAPI at http:\/\/127.0.0.1:1 \(ECONNREFUSED\)/);
  });

  it('exits 130 when interrupted mid-request', async ({ emu, env, expect }) => {
    emu.fault({ path: '/v1/note', delayMs: 3000 });
    const controller = new AbortController();
    // Once the request is in (a fixed 200 ms could fire before it, while concurrent tests load the modules).
    const stop = abortAfterRequests(() => emu, controller, /^\/v1\/note$/, 1);
    const r = await runSoap(note(), { env, signal: controller.signal });
    stop();
    expect(emu.requests).toHaveLength(1);
    expect(r.code).toBe(130);
  });
});

describe.concurrent('bad input is refused before anything is sent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soap-bad-'));
  const write = (name: string, data: string | Buffer) => {
    writeFileSync(join(dir, name), data);
    return join(dir, name);
  };
  it.for<[string, () => string[], RegExp]>([
    ['missing file', () => ['note', join(dir, 'none.txt'), '-s', 'physician'], /none\.txt: no such file/],
    ['a folder with no transcripts', () => { const empty = join(dir, 'empty-folder'); mkdirSync(empty, { recursive: true }); return ['note', empty, '-s', 'physician']; }, /empty-folder: no \.txt files in this folder/],
    ['empty', () => ['note', write('e.txt', ''), '-s', 'physician'], /e\.txt: is empty/],
    ['short', () => ['note', write('s.txt', 'too short to be a visit'), '-s', 'physician'], /s\.txt: only 23 characters/],
    ['binary', () => ['note', write('b.txt', Buffer.from([1, 0, 2, 3])), '-s', 'physician'], /b\.txt: looks binary/],
    ['no specialty', () => ['note', FIXTURE], /--specialty is required/],
    ['unknown specialty', () => ['note', FIXTURE, '-s', 'physicain'], /unknown specialty "physicain" \(did you mean physician/],
    ['bad context JSON', () => ['note', FIXTURE, '-s', 'physician', '--context', write('c.json', '{"patient_info":')], /c\.json: not valid JSON/],
    ['context with a wrong type', () => ['note', FIXTURE, '-s', 'physician', '--context', write('c2.json', '{"patient_info":{"age":"forty"}}')], /c2\.json: patient_info\.age: /],
    ['context with an unknown key', () => ['note', FIXTURE, '-s', 'physician', '--context', write('c3.json', '{"patient":{}}')], /c3\.json: \(top level\): Unrecognized key/i],
    ['two stdin inputs', () => ['note', '-', '-s', 'physician', '--context', '-'], /only one input can come from stdin/],
    ['http to a remote host', () => ['note', FIXTURE, '-s', 'physician', '--base-url', 'http://example.org'], /--base-url: plain http:\/\/ is only allowed for loopback/],
    ['bad --max-retries', () => ['note', FIXTURE, '-s', 'physician', '--max-retries', 'lots'], /--max-retries must be a whole number/],
    ['bad --timeout', () => ['note', FIXTURE, '-s', 'physician', '--timeout', '-3'], /--timeout must be a number of seconds/],
    ['unknown option', () => ['note', FIXTURE, '--specialtty', 'physician'], /unknown option '--specialtty'/],
    ['unknown format', () => ['note', FIXTURE, '-s', 'physician', '--format', 'pdf'], /argument 'pdf' is invalid/],
    ['no input at all', () => ['note', '-s', 'physician'], /no transcript given/],
  ])('%s: exit 2, one line naming the problem, zero requests', async ([, args, message], { emu, env, expect }) => {
    const r = await runSoap(args(), { env, stdin: 'x' });
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^✗ /);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(emu.requests).toHaveLength(0);
  });

  it('a key with a trailing newline is refused (exit 2) and never sent', async ({ emu, env, expect }) => {
    const r = await runSoap(note(), { env: { ...env, SOAPNOTEAPI_KEY: 'snapi_sk_test_abc\n' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SOAPNOTEAPI_KEY: the key contains whitespace/);
    expect(r.stderr).not.toContain('snapi_sk_test_abc');
    expect(emu.requests).toHaveLength(0);
  });

  it('no key: exit 3 with how to set one, nothing sent', async ({ emu, expect }) => {
    const r = await runSoap(note('--provider', 'soapnoteapi'), { env: { SOAPNOTEAPI_BASE_URL: emu.url } });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('✗ no SOAPNoteAPI key is set — set it with `soap config set soapnoteapi.key` (reads the key from stdin) or export SOAPNOTEAPI_KEY\n');
    expect(emu.requests).toHaveLength(0);
  });
});

describe.concurrent('--debug', () => {
  it('traces method, URL, status, timing and request id without the key or the body; stack traces on failure', async ({ emu, env, expect }) => {
    const ok = await runSoap(['--debug', ...note('--json')], { env });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/\[debug\] → POST http:\/\/127\.0\.0\.1:\d+\/v1\/note \(\d+ B\)/);
    expect(ok.stderr).toMatch(/\[debug\] ← 200 POST \/v1\/note in \d+ ms \(request id req_\d+/);
    expect(ok.stderr).not.toContain(env.SOAPNOTEAPI_KEY);
    expect(ok.stderr).not.toContain('knee');
    emu.fault({ path: '/v1/note', status: 401, code: 'AUTHENTICATION_ERROR' });
    const bad = await runSoap(['--debug', ...note()], { env });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/AuthError[\s\S]*at /);
    const quiet = await runSoap(note(), { env });
    expect(quiet.stderr).not.toMatch(/\bat /);
  });
});
