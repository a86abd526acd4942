import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { makeConfigDir, runSoap } from '../helpers/run-cli.js';

const FIXTURE = 'fixtures/transcripts/knee-injury.txt';
const NOTICE = /^ℹ no key set: using the offline engine \(set SOAPNOTEAPI_KEY or ASSEMBLYAI_API_KEY for a hosted one\)\n/;

function runBinary(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', './test/helpers/deny-network.mjs', 'bin/soap.js', ...args], {
    env: { PATH: process.env.PATH, SOAP_CONFIG_DIR: makeConfigDir(), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

// No test shares a server, a file or a config folder with another, so they run concurrently.
describe.concurrent('the offline engine as a backend', () => {
  it('is the default with no provider and no key: the quick start works with no key and no network', async ({ expect }) => {
    const log = join(mkdtempSync(join(tmpdir(), 'soap-net-')), 'network.log');
    const r = await runBinary(['note', FIXTURE, '--specialty', 'physician'], { SOAP_NETWORK_LOG: log });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(NOTICE);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^SUBJECTIVE\n/);
    expect(r.stdout).toContain('right knee');
    expect(r.stdout).toContain('via local');
    expect(existsSync(log)).toBe(false);
  });

  it('needs no specialty (generic, silently) and says it is offline in one line of at most 100 columns', async ({ expect }) => {
    const r = await runSoap(['note', FIXTURE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(NOTICE);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect([...r.stderr.trimEnd()].length).toBeLessThanOrEqual(100);
    expect(JSON.parse(r.stdout).plan).toBeTruthy();
    expect((await runSoap(['stream', FIXTURE, '--provider', 'local'])).code).toBe(0);
    // A hosted provider still bills a note for a specialty: it must be given.
    const hosted = await runSoap(['note', FIXTURE, '--provider', 'soapnoteapi'], { env: { SOAPNOTEAPI_KEY: 'snapi_sk_test_abc123', SOAPNOTEAPI_BASE_URL: 'http://127.0.0.1:9' } });
    expect(hosted.code).toBe(2);
    expect(hosted.stderr).toMatch(/^✗ --specialty is required/);
  });

  it('opens no socket even when keys and base URLs are set, for note, stream and summarize', async ({ expect }) => {
    const log = join(mkdtempSync(join(tmpdir(), 'soap-net-')), 'network.log');
    const env = { SOAP_NETWORK_LOG: log, SOAPNOTEAPI_KEY: 'snapi_sk_test_abc123', SOAPNOTEAPI_BASE_URL: 'http://127.0.0.1:9' };
    const visits = join(mkdtempSync(join(tmpdir(), 'soap-v-')), 'visits.json');
    writeFileSync(visits, JSON.stringify({ visits: [{ visit_date: '2026-01-02', summary: 'I10 Essential hypertension. Started lisinopril.' }] }));
    const runs = await Promise.all(
      [
        ['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--json'],
        ['stream', FIXTURE, '-s', 'physician', '--provider', 'local'],
        ['summarize', visits, '--provider', 'local'],
      ].map((args) => runBinary(args, env)),
    );
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(existsSync(log)).toBe(false);
  });

  it('the network guard itself works: a hosted provider is caught trying to connect', async ({ expect }) => {
    const log = join(mkdtempSync(join(tmpdir(), 'soap-net-')), 'network.log');
    const r = await runBinary(['note', FIXTURE, '-s', 'physician', '--max-retries', '0'], { SOAP_NETWORK_LOG: log, SOAPNOTEAPI_KEY: 'snapi_sk_test_abc123', SOAPNOTEAPI_BASE_URL: 'http://127.0.0.1:9' });
    expect(r.code).toBe(1);
    expect(readFileSync(log, 'utf8')).toMatch(/connect/);
  });

  it('gives the same note for the same transcript, with evidence line numbers in --json', async ({ expect }) => {
    const a = await runSoap(['note', FIXTURE, '-s', 'physician', '--json', '--provider', 'local']);
    const b = await runSoap(['note', FIXTURE, '-s', 'physician', '--json', '--provider', 'local']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const note = JSON.parse(a.stdout);
    expect(note.provider).toBe('local');
    const lines = readFileSync(FIXTURE, 'utf8').split('\n');
    const evidence = ['subjective', 'objective', 'assessment', 'plan'].flatMap((s) => note.evidence[s] as { text: string; lines: number[] }[]);
    expect(evidence.length).toBeGreaterThan(8);
    for (const { text, lines: cited } of evidence) {
      expect(cited.length).toBeGreaterThan(0);
      // Every sentence shares its longer words with the lines it cites: the numbers point at its real source.
      const source = cited.map((n) => lines[n - 1]!.toLowerCase()).join(' ');
      // The note's own words ("the patient", "reports", "denies") come from no line.
      const words = (text.toLowerCase().match(/[a-z]{6,}/g) ?? []).filter((w) => !/^(?:patient|patient's|states|reports|denies|location|duration)$/.test(w));
      const found = words.filter((w) => source.includes(w));
      expect(found.length, `${text} ← lines ${cited.join(', ')}`).toBeGreaterThanOrEqual(Math.min(1, words.length));
    }
  });

  it('streams sentence by sentence under the same headings', async ({ expect }) => {
    const note = JSON.parse((await runSoap(['note', FIXTURE, '-s', 'physician', '--json', '--provider', 'local'])).stdout);
    const r = await runSoap(['stream', FIXTURE, '-s', 'physician', '--json', '--provider', 'local']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(8);
    expect(lines.at(-1)).toEqual({ subjective: note.subjective, objective: note.objective, assessment: note.assessment, plan: note.plan });
  });

  it('summarizes visits offline, in date order, with the codes present', async ({ expect }) => {
    const file = join(mkdtempSync(join(tmpdir(), 'soap-v-')), 'visits.json');
    writeFileSync(file, JSON.stringify({
      visits: [
        { visit_date: '2026-02-15', soap_note: { assessment: 'E11.65 Type 2 DM with hyperglycemia', plan: 'Increase metformin to 1000 mg twice daily.' } },
        { visit_date: '2026-01-10', soap_note: { assessment: 'I10 Essential hypertension, well controlled.', plan: 'Continue lisinopril 10 mg.' } },
      ],
    }));
    const r = await runSoap(['summarize', file, '--json', '--provider', 'local']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.active_diagnoses.map((d: { code: string }) => d.code)).toEqual(['I10', 'E11.65']);
    const joined = out.key_findings.join(' | ');
    expect(joined.indexOf('lisinopril')).toBeLessThan(joined.indexOf('metformin'));
  });

  it('soap audio explains that offline transcription is not available', async ({ expect }) => {
    const r = await runSoap(['audio', 'fixtures/audio/encounter.mp3', '-s', 'physician']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^✗ offline transcription is not available: no provider or key is configured.*--provider soapnoteapi or assemblyai/);
  });

  it('refuses --base-url with the offline engine', async ({ expect }) => {
    const r = await runSoap(['note', FIXTURE, '-s', 'physician', '--provider', 'local', '--base-url', 'https://x.example.org']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--base-url has no effect with the offline engine/);
  });
});
