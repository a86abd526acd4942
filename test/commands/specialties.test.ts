import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';
import { SPECIALTIES } from '../../src/specialties.js';

const { emu, env } = useEmulator();

describe('soap specialties', () => {
  it('prints the built-in list with no key, without a request', async () => {
    const r = await runSoap(['specialties', '--json'], { env: { SOAPNOTEAPI_BASE_URL: emu().url } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(SPECIALTIES);
    expect(emu().requests).toHaveLength(0);
  });

  it('asks the service when a key is set, and renders the same either way', async () => {
    const remote = await runSoap(['specialties', '--json'], { env: env() });
    expect(remote.code).toBe(0);
    expect(emu().requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/specialties']);
    const local = await runSoap(['specialties', '--json'], {});
    expect(remote.stdout).toBe(local.stdout);
    const remoteText = await runSoap(['specialties'], { env: env() });
    const localText = await runSoap(['specialties'], {});
    expect(remoteText.stdout).toBe(localText.stdout);
  });

  it('uses the built-in list when another provider is chosen, by flag or environment, even with a key set', async () => {
    for (const extra of [{ args: ['--provider', 'assemblyai'], env: {} }, { args: [], env: { SOAP_PROVIDER: 'local' } }]) {
      const r = await runSoap(['specialties', '--json', ...extra.args], { env: { ...env(), ...extra.env } });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(SPECIALTIES);
    }
    expect(emu().requests).toHaveLength(0);
  });

  it('is a table on a terminal and tab-separated when piped', async () => {
    const piped = await runSoap(['specialties'], {});
    expect(piped.stdout.split('\n')[0]).toBe('nurse_practitioner\tNurse Practitioner');
    expect(piped.stdout.trim().split('\n')).toHaveLength(24);
    const tty = await runSoap(['specialties'], { stdoutTTY: true, env: { NO_COLOR: '1' } });
    expect(tty.stdout).toMatch(/│ slp +│ Speech Language Pathology +│/);
  });

  it('maps a service failure to its exit code', async () => {
    emu().fault({ path: '/v1/specialties', status: 401, code: 'AUTHENTICATION_ERROR' });
    const r = await runSoap(['specialties'], { env: env() });
    expect(r.code).toBe(3);
  });
});
