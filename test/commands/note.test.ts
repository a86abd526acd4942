import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { TEST_KEY, useEmulator } from '../helpers/emulator-env.js';

const FIXTURE = 'fixtures/transcripts/knee-injury.txt';
const TRANSCRIPT = readFileSync(FIXTURE, 'utf8');
const { emu, env } = useEmulator();

describe('soap note against the emulator', () => {
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
    expect(r.stdout).toMatch(/note note_[a-z0-9]{20} · via soapnoteapi · expires \d{4}-/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints exactly one JSON document with --json, the note as the service sent it', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json'], { env: env() });
    expect(r.code).toBe(0);
    const note = JSON.parse(r.stdout);
    expect(note.noteId).toMatch(/^note_/);
    expect(note.transcript).toBe(TRANSCRIPT);
    expect(Object.keys(note)).toEqual(expect.arrayContaining(['subjective', 'objective', 'assessment', 'plan', 'expires_at']));
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

  it('shows billing codes with the mandatory disclaimer and the patient summary', async () => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--billing-codes', '--patient-summary'], { env: env() });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({ include_billing_codes: true, include_patient_summary: true });
    expect(r.stdout).toContain('BILLING CODES');
    expect(r.stdout).toMatch(/ICD-10 +[A-Z]\d/);
    expect(r.stdout).toContain('Recommended codes for review. Not a substitute for professional coding.');
    expect(r.stdout).toContain('PATIENT SUMMARY');
    const tty = await runSoap(['note', FIXTURE, '-s', 'physician', '--billing-codes'], { env: env(), stdoutTTY: true });
    expect(tty.stdout).toMatch(/┌/);
    expect(tty.stdout).toContain('Verify all codes before submission.');
  });

  it('sends --template, --context and --patient-history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-ctx-'));
    writeFileSync(join(dir, 'ctx.json'), JSON.stringify({ patient_info: { name: 'Test Person', age: 44, allergies: ['Penicillin'] } }));
    writeFileSync(join(dir, 'history.txt'), 'Seen two weeks ago for knee pain.\n');
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--template', 'soap_short', '--context', join(dir, 'ctx.json'), '--patient-history', join(dir, 'history.txt')], { env: env() });
    expect(r.code).toBe(0);
    expect(emu().requests[0]!.json).toMatchObject({
      template: 'soap_short',
      context: { patient_info: { name: 'Test Person', age: 44, allergies: ['Penicillin'] }, patient_history: 'Seen two weeks ago for knee pain.' },
    });
  });

  it('writes --output atomically, nothing on stdout, no temp file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-out-'));
    const out = join(dir, 'note.json');
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--json', '-o', out], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).noteId).toMatch(/^note_/);
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
});
