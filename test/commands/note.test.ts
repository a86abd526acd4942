import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { TEST_KEY, useEmulator } from '../helpers/emulator-env.js';
import { NOTE_ID, READINGS, noteIdPattern } from '../helpers/readings.js';

const FIXTURE = 'fixtures/transcripts/knee-injury.txt';
const TRANSCRIPT = readFileSync(FIXTURE, 'utf8');

describe.each(READINGS)('soap note against the emulator (%s reading)', (reading) => {
  const { emu, env } = useEmulator({ reading });

  it('sends the transcript with auth and user agent, and prints plain sections when piped', async () => {
    const r = await runSoap(['note', FIXTURE, '--specialty', 'physician'], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [req] = emu().requests;
    expect(emu().requests).toHaveLength(1);
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/v1/note');
    expect(req!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(req!.headers['user-agent']).toMatch(/^soap\/\d+\.\d+\.\d+$/);
    expect(req!.json).toEqual({ transcript: TRANSCRIPT, specialty: 'physician' });
    expect(r.stdout).toMatch(/^SUBJECTIVE\n/);
    for (const h of ['OBJECTIVE', 'ASSESSMENT', 'PLAN']) expect(r.stdout).toContain(`\n${h}\n`);
    expect(r.stdout).toContain(TRANSCRIPT.slice(0, 40).trim().split(' ').slice(0, 4).join(' '));
    expect(r.stdout).toMatch(new RegExp(`note ${noteIdPattern(reading)} · via soapnoteapi · expires \\d{4}-`));
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).not.toMatch(/null|PATIENT SUMMARY|BILLING CODES/);
  });

  it('prints exactly one JSON document with --json, the note as the service sent it', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    expect(r.code).toBe(0);
    const note = JSON.parse(r.stdout);
    expect(note.noteId).toMatch(NOTE_ID[reading]);
    expect(note.transcript).toBe(TRANSCRIPT);
    expect(Object.keys(note)).toEqual(expect.arrayContaining(['subjective', 'objective', 'assessment', 'plan', 'expires_at']));
    // The current reading sends what was not asked for as null, and --json keeps it.
    if (reading === 'current') expect(note).toMatchObject({ patient_summary: null, billing_codes: null });
    expect(r.stderr).toBe('');
  });

  it('reads the transcript from stdin with "-"', async () => {
    const r = await runSoap(['note', '-', '-s', 'dentist', '--json'], { env: env(), stdin: TRANSCRIPT });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({ transcript: TRANSCRIPT, specialty: 'dentist' });
  });

  it('colours headings on a terminal, and not with NO_COLOR or --no-color', async () => {
    const tty = await runSoap(['note', FIXTURE, '-s', 'physician'], { env: env(), stdoutTTY: true });
    expect(tty.stdout).toMatch(/\u001b\[[0-9;]*mSUBJECTIVE/);
    const noColor = await runSoap(['note', FIXTURE, '-s', 'physician'], { env: { ...env(), NO_COLOR: '1' }, stdoutTTY: true });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    const flag = await runSoap(['--no-color', 'note', FIXTURE, '-s', 'physician'], { env: env(), stdoutTTY: true });
    expect(flag.stdout).not.toMatch(/\u001b\[/);
  });

  it('shows every code system with the mandatory disclaimer, and the patient summary', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--billing-codes', '--patient-summary'], { env: env() });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({ include_billing_codes: true, include_patient_summary: true });
    expect(r.stdout).toContain('BILLING CODES');
    expect(r.stdout).toMatch(/ICD-10 +[A-Z]\d/);
    expect(r.stdout).toMatch(/CPT +992\d\d/);
    if (reading === 'current') expect(r.stdout).toMatch(/HCPCS +G2211\n/);
    expect(r.stdout).toContain('Recommended codes for review. Not a substitute for professional coding.');
    expect(r.stdout).toContain('PATIENT SUMMARY');
    const tty = await runSoap(['note', FIXTURE, '-s', 'physician', '--billing-codes'], { env: env(), stdoutTTY: true });
    expect(tty.stdout).toMatch(/┌/);
    expect(tty.stdout).toContain('Verify all codes before submission.');
    const md = await runSoap(['note', FIXTURE, '-s', 'physician', '--billing-codes', '--format', 'markdown'], { env: env() });
    expect(md.stdout).toContain('> Recommended codes for review.');
    if (reading === 'current') expect(md.stdout).toContain('| HCPCS | G2211 |  |');
  });

  it('--icd11 asks for advisory ICD-11 codes, shown labelled advisory where the service sends them', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--billing-codes', '--icd11'], { env: env() });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({ include_billing_codes: true, include_icd11: true });
    if (reading === 'current') {
      expect(r.stdout).toMatch(/ICD-11 \(advisory\) +QA00 +General examination/);
      expect(r.stdout).toContain('ICD-11 codes are advisory, not for US billing.');
    } else {
      expect(r.stdout).not.toContain('ICD-11');
    }
    const plain = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    expect(plain.code).toBe(0);
    expect(emu().requests.at(-1)!.json).not.toHaveProperty('include_icd11');
  });

  it('sends --template, --context, --patient-history and --instructions (text or @file) as context.custom_instructions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-ctx-'));
    writeFileSync(join(dir, 'ctx.json'), JSON.stringify({ patient_info: { name: 'Test Person', age: 44, allergies: ['Penicillin'] } }));
    writeFileSync(join(dir, 'history.txt'), 'Seen two weeks ago for knee pain.\n');
    writeFileSync(join(dir, 'style.txt'), 'Use bullet points in the plan.\n');
    const r = await runSoap(
      ['note', FIXTURE, '-s', 'physician', '--template', 'soap_short', '--context', join(dir, 'ctx.json'), '--patient-history', join(dir, 'history.txt'), '--instructions', `@${join(dir, 'style.txt')}`],
      { env: env() },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({
      template: 'soap_short',
      context: {
        patient_info: { name: 'Test Person', age: 44, allergies: ['Penicillin'] },
        patient_history: 'Seen two weeks ago for knee pain.',
        custom_instructions: 'Use bullet points in the plan.',
      },
    });
    const text = await runSoap(['note', FIXTURE, '-s', 'physician', '--instructions', 'Keep it short.'], { env: env() });
    expect(text.code).toBe(0);
    expect(emu().requests.at(-1)!.json).toMatchObject({ context: { custom_instructions: 'Keep it short.' } });
  });

  it('writes --output atomically, nothing on stdout, no temp file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-out-'));
    const out = join(dir, 'note.json');
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json', '-o', out], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).noteId).toMatch(NOTE_ID[reading]);
    expect(readdirSync(dir)).toEqual(['note.json']);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('shows a spinner only when stderr is a terminal and the output is for people', async () => {
    const tty = await runSoap(['note', FIXTURE, '-s', 'physician'], { env: env(), stderrTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('Writing the SOAP note');
    const json = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env(), stderrTTY: true });
    expect(json.stderr).toBe('');
    const quiet = await runSoap(['-q', 'note', FIXTURE, '-s', 'physician'], { env: env(), stderrTTY: true });
    expect(quiet.stderr).toBe('');
    const piped = await runSoap(['note', FIXTURE, '-s', 'physician'], { env: env() });
    expect(piped.stderr).toBe('');
  });

  it('uses the configured default specialty', async () => {
    const r = await runSoap(['note', FIXTURE], { env: { ...env(), SOAP_SPECIALTY: 'psychiatrist' } });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({ specialty: 'psychiatrist' });
  });

  it("checks a specialty beyond the built-in 24 against the service's public list, fetched once and cached", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'soap-cache-'));
    const r = await runSoap(['note', FIXTURE, '-s', 'primary_care_physician', '--json'], { env: { ...env(), SOAP_CACHE_DIR: cache } });
    const paths = emu().requests.map((q) => `${q.method} ${q.path}`);
    if (reading === 'current') {
      expect(r.code, r.stderr).toBe(0);
      expect(paths).toEqual(['GET /v1/specialties', 'POST /v1/note']);
      expect(emu().requests[1]!.json).toMatchObject({ specialty: 'primary_care_physician' });
      // The list is cached: the next run asks for the note only.
      const again = await runSoap(['note', FIXTURE, '-s', 'Primary Care Physician', '--json'], { env: { ...env(), SOAP_CACHE_DIR: cache } });
      expect(again.code).toBe(0);
      expect(emu().requests.slice(2).map((q) => q.path)).toEqual(['/v1/note']);
    } else {
      // The seeds' list has no such id: refused, nothing paid sent.
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('✗ --specialty: unknown specialty "primary_care_physician" — run `soap specialties` to list them\n');
      expect(paths).toEqual(['GET /v1/specialties']);
    }
  });

  it('a built-in specialty costs no list request; a near-typo is refused with suggestions, nothing sent', async () => {
    expect((await runSoap(['note', FIXTURE, '-s', 'Nurse Practitioner', '--json'], { env: env() })).code).toBe(0);
    expect(emu().requests.map((q) => q.path)).toEqual(['/v1/note']);
    const typo = await runSoap(['note', FIXTURE, '-s', 'psychiatrst'], { env: env() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('✗ --specialty: unknown specialty "psychiatrst" (did you mean psychiatrist, podiatrist?) — run `soap specialties` to list them\n');
    expect(emu().requests).toHaveLength(1);
  });

  it('reads the key from SOAPNOTEAPI_API_KEY too (the vendor client\'s name)', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: { SOAPNOTEAPI_API_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu().url } });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it('sends a key of another shape with one warning; the service\'s 401 decides (exit 3)', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician'], { env: { ...env(), SOAPNOTEAPI_KEY: 'sk-NewFormat-0042' } });
    expect(r.code).toBe(3);
    expect(emu().requests).toHaveLength(1);
    expect(emu().requests[0]!.headers.authorization).toBe('Bearer sk-NewFormat-0042');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('! the key in SOAPNOTEAPI_KEY is not of the documented shape (a SOAPNoteAPI key looks like snapi_sk_live_… or snapi_sk_test_…); sending it anyway, the service decides');
    expect(lines[1]).toMatch(/^✗ SOAPNoteAPI 401 (AUTHENTICATION_ERROR|invalid_api_key): /);
    expect(r.stderr).not.toContain('NewFormat');
  });

  it('out of credit, whatever the case of the code, exits 4 and is never retried', async () => {
    emu().fault({ path: '/v1/note', status: 429, code: 'insufficient_balance', message: 'Add funds', times: Infinity });
    const r = await runSoap(['note', FIXTURE, '-s', 'physician'], { env: env() });
    expect(r.code).toBe(4);
    expect(emu().requests).toHaveLength(1);
    expect(r.stderr).toMatch(/^✗ SOAPNoteAPI 429 insufficient_balance: Add funds .*— add funds/);
  });

  it('says so when a retry succeeds after an attempt the service may have taken (no idempotency key is documented)', async () => {
    emu().fault({ path: '/v1/note', reset: 'before-headers' });
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    expect(r.code).toBe(0);
    expect(emu().requests).toHaveLength(2);
    expect(r.stderr).toBe('! SOAPNoteAPI may have taken POST /v1/note before an earlier attempt failed (no idempotency key is documented): check your account for a second charge\n');
    // A refusal (503) was not taken: retried without a word.
    emu().fault({ path: '/v1/note', status: 503, headers: { 'retry-after-ms': '10' } });
    const refused = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    expect([refused.code, refused.stderr]).toEqual([0, '']);
  });

  it('refuses --instructions from a file that is not there, or empty, before anything is sent; @- reads stdin', async () => {
    const missing = await runSoap(['note', FIXTURE, '-s', 'physician', '--instructions', '@no-such-instructions.txt'], { env: env() });
    expect([missing.code, missing.stderr]).toEqual([2, '✗ no-such-instructions.txt: no such file — check the path\n']);
    const twice = await runSoap(['note', '-', '-s', 'physician', '--instructions', '@-'], { env: env(), stdin: TRANSCRIPT });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/only one input can come from stdin/);
    expect(emu().requests).toHaveLength(0);
    const fromStdin = await runSoap(['note', FIXTURE, '-s', 'physician', '--instructions', '@-', '--json'], { env: env(), stdin: 'Write for a referral letter.\n' });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({ context: { custom_instructions: 'Write for a referral letter.' } });
  });
});
