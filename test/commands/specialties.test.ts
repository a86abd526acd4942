import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { READINGS } from '../helpers/readings.js';
import { SPECIALTIES } from '../../src/specialties.js';
import { hasScript, runOnPty, stripTerminalCodes } from '../helpers/run-on-pty.js';

describe.each(READINGS)('soap specialties (%s reading)', (reading) => {
  const { emu, env } = useEmulator({ reading });

  it('prints the built-in list with no key and no provider chosen (the offline engine), without a request', async () => {
    const r = await runSoap(['specialties', '--json'], { env: { SOAPNOTEAPI_BASE_URL: emu().url } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(SPECIALTIES);
    expect(emu().requests).toHaveLength(0);
  });

  it("shows the service's live list when SOAPNoteAPI is the provider", async () => {
    const remote = await runSoap(['specialties', '--json'], { env: env() });
    expect(remote.code).toBe(0);
    expect(emu().requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/specialties']);
    const list = JSON.parse(remote.stdout) as { id: string; name: string; templates?: { id: string }[] }[];
    if (reading === 'seeds') {
      // The seeds' service lists the same 24: the output is the built-in list's, as JSON and as text.
      expect(remote.stdout).toBe((await runSoap(['specialties', '--json'], {})).stdout);
      expect((await runSoap(['specialties'], { env: env() })).stdout).toBe((await runSoap(['specialties'], {})).stdout);
    } else {
      // {value, label, templates} objects, read as ids, names and sub-templates.
      expect(list).toHaveLength(25);
      expect(list.at(-1)).toEqual({ id: 'primary_care_physician', name: 'Primary Care Physician', templates: [{ id: 'standard', name: 'Standard' }, { id: 'follow_up', name: 'Follow-up' }, { id: 'annual_physical', name: 'Annual physical' }] });
      const text = await runSoap(['specialties'], { env: env() });
      expect(text.stdout.split('\n')).toContain('primary_care_physician\tPrimary Care Physician\tstandard, follow_up, annual_physical');
    }
  });

  it('needs no key: asked without one, the list is fetched without an Authorization header', async () => {
    const r = await runSoap(['specialties', '--json', '--provider', 'soapnoteapi'], { env: { SOAPNOTEAPI_BASE_URL: emu().url } });
    expect(emu().requests[0]!.headers.authorization).toBeUndefined();
    if (reading === 'current') {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('primary_care_physician');
    } else {
      // The seeds' server wants a key for it: its 401 decides.
      expect(r.code).toBe(3);
    }
  });

  it('caches the list it showed, so a note for a listed specialty asks for nothing more', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'soap-cache-'));
    expect((await runSoap(['specialties'], { env: { ...env(), SOAP_CACHE_DIR: cache } })).code).toBe(0);
    const r = await runSoap(['note', 'fixtures/transcripts/knee-injury.txt', '-s', 'primary_care_physician', '--json'], { env: { ...env(), SOAP_CACHE_DIR: cache } });
    const paths = emu().requests.map((q) => q.path);
    if (reading === 'current') {
      expect(r.code, r.stderr).toBe(0);
      expect(paths).toEqual(['/v1/specialties', '/v1/note']);
    } else {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/unknown specialty "primary_care_physician"/);
      expect(paths).toEqual(['/v1/specialties']);
    }
  });

  it('uses the built-in list when another provider is chosen, by flag or environment, even with a key set', async () => {
    for (const extra of [{ args: ['--provider', 'assemblyai'], env: {} }, { args: [], env: { SOAP_PROVIDER: 'local' } }]) {
      const r = await runSoap(['specialties', '--json', ...extra.args], { env: { ...env(), ...extra.env } });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(SPECIALTIES);
    }
    expect(emu().requests).toHaveLength(0);
  });

  it('is aligned columns on a terminal, one line per specialty, and tab-separated when piped', async () => {
    const piped = await runSoap(['specialties'], {});
    expect(piped.stdout.split('\n')[0]).toBe('nurse_practitioner\tNurse Practitioner');
    expect(piped.stdout.trim().split('\n')).toHaveLength(24);
    const tty = await runSoap(['specialties'], { stdoutTTY: true, env: { NO_COLOR: '1' } });
    const lines = tty.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    expect(lines[0]).toMatch(/^ID +NAME$/);
    expect(lines).toContain('slp                     Speech Language Pathology');
  });

  it.skipIf(!hasScript)('fits an 80-column terminal: one line per specialty, the templates cut to fit', async () => {
    const r = await runOnPty(80, ['specialties'], { ...env(), NO_COLOR: '1' });
    expect(r.code).toBe(0);
    const lines = stripTerminalCodes(r.output).trimEnd().split('\n');
    const count = reading === 'current' ? 25 : 24;
    expect(lines).toHaveLength(count + 1);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    if (reading === 'current') {
      expect(lines[0]).toMatch(/^ID +NAME +TEMPLATES$/);
      expect(lines).toContain('physical_therapy        Physical Therapy            standard, initial_evaluatio…');
    }
  });

  it('cuts a line at a narrow terminal instead of wrapping it', async () => {
    const r = await runSoap(['specialties'], { stdoutTTY: true, env: { NO_COLOR: '1' }, columns: 30 });
    for (const line of r.stdout.trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(30);
    expect(r.stdout).toContain('ems                     Emerg…');
  });

  it('maps a service failure to its exit code', async () => {
    emu().fault({ path: '/v1/specialties', status: 401, code: 'AUTHENTICATION_ERROR' });
    const r = await runSoap(['specialties'], { env: env() });
    expect(r.code).toBe(3);
  });
});
