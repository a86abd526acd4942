import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/resolve-settings.js';

function configDirWith(values: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'soap-cfg-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(values));
  return dir;
}

const KEY_FILE = 'snapi_sk_test_fromfile1234';
const KEY_ENV = 'snapi_sk_live_fromenv5678';

describe('resolveSettings', () => {
  it('uses defaults when nothing is set', () => {
    const s = resolveSettings({}, { SOAP_CONFIG_DIR: configDirWith({}) });
    expect(s.provider).toBe('local');
    expect(s.providerDefaulted).toBe(true);
    expect(s.format).toBe('text');
    expect(s.maxRetries).toBe(2);
    expect(s.timeoutMs).toBe(120_000);
    expect(s.services.soapnoteapi.urls.base_url!.href).toBe('https://api.soapnoteapi.com/');
    expect(s.services.assemblyai.urls.gateway_url!.href).toBe('https://llm-gateway.assemblyai.com/');
    expect(s.services.soapnoteapi.key).toBeUndefined();
  });

  it('ranks flags over environment over config file over defaults', () => {
    const dir = configDirWith({ soapnoteapi: { key: KEY_FILE, base_url: 'https://file.example.org' }, specialty: 'dentist', format: 'markdown' });
    const fileOnly = resolveSettings({}, { SOAP_CONFIG_DIR: dir });
    expect(fileOnly.services.soapnoteapi.key).toBe(KEY_FILE);
    expect(fileOnly.services.soapnoteapi.keySource).toBe('config soapnoteapi.key');
    expect(fileOnly.specialty).toBe('dentist');
    expect(fileOnly.format).toBe('markdown');
    expect(fileOnly.services.soapnoteapi.urls.base_url!.host).toBe('file.example.org');

    const env = { SOAP_CONFIG_DIR: dir, SOAPNOTEAPI_KEY: KEY_ENV, SOAPNOTEAPI_BASE_URL: 'https://env.example.org', SOAP_SPECIALTY: 'physician' };
    const withEnv = resolveSettings({}, env);
    expect(withEnv.services.soapnoteapi.key).toBe(KEY_ENV);
    expect(withEnv.services.soapnoteapi.urls.base_url!.host).toBe('env.example.org');
    expect(withEnv.specialty).toBe('physician');

    const withFlags = resolveSettings({ baseUrl: 'http://127.0.0.1:9', specialty: 'Psychiatrist', json: true }, env);
    expect(withFlags.services.soapnoteapi.urls.base_url!.href).toBe('http://127.0.0.1:9/');
    expect(withFlags.specialty).toBe('psychiatrist');
    expect(withFlags.format).toBe('json');
  });

  it('picks the backend whose key is set when no provider is chosen', () => {
    const env = { SOAP_CONFIG_DIR: configDirWith({}) };
    expect(resolveSettings({}, { ...env, SOAPNOTEAPI_KEY: KEY_ENV }).provider).toBe('soapnoteapi');
    expect(resolveSettings({}, { ...env, ASSEMBLYAI_API_KEY: 'aai0123456789abcdef' }).provider).toBe('assemblyai');
    expect(resolveSettings({}, { ...env, SOAPNOTEAPI_KEY: KEY_ENV, ASSEMBLYAI_API_KEY: 'aai0123456789abcdef' }).provider).toBe('soapnoteapi');
    expect(resolveSettings({ provider: 'local' }, { ...env, SOAPNOTEAPI_KEY: KEY_ENV }).providerDefaulted).toBe(false);
    expect(resolveSettings({}, { ...env, SOAPNOTEAPI_KEY: KEY_ENV }).providerDefaulted).toBe(false);
  });

  it('accepts SOAPNOTE_API_KEY (seed 002) and SOAPNOTEAPI_API_KEY (the vendor MCP client) as aliases, in that order', () => {
    const s = resolveSettings({}, { SOAP_CONFIG_DIR: configDirWith({}), SOAPNOTE_API_KEY: KEY_ENV });
    expect(s.services.soapnoteapi.key).toBe(KEY_ENV);
    expect(s.services.soapnoteapi.keySource).toBe('SOAPNOTE_API_KEY');
    const mcp = resolveSettings({}, { SOAP_CONFIG_DIR: configDirWith({}), SOAPNOTEAPI_API_KEY: KEY_ENV });
    expect([mcp.provider, mcp.services.soapnoteapi.key, mcp.services.soapnoteapi.keySource]).toEqual(['soapnoteapi', KEY_ENV, 'SOAPNOTEAPI_API_KEY']);
    const both = resolveSettings({}, { SOAP_CONFIG_DIR: configDirWith({}), SOAPNOTE_API_KEY: KEY_ENV, SOAPNOTEAPI_API_KEY: 'snapi_sk_test_other' });
    expect(both.services.soapnoteapi.keySource).toBe('SOAPNOTE_API_KEY');
  });

  it('takes a key of an unknown shape as it is (the service decides), refusing only whitespace', () => {
    const s = resolveSettings({}, { SOAP_CONFIG_DIR: configDirWith({}), SOAPNOTEAPI_KEY: 'sk-new-format-0001' });
    expect(s.services.soapnoteapi.key).toBe('sk-new-format-0001');
  });

  it('applies --base-url to the chosen provider only', () => {
    const s = resolveSettings({ provider: 'assemblyai', baseUrl: 'http://localhost:7' }, { SOAP_CONFIG_DIR: configDirWith({}) });
    expect(s.services.assemblyai.urls.base_url!.port).toBe('7');
    expect(s.services.soapnoteapi.urls.base_url!.host).toBe('api.soapnoteapi.com');
  });

  it('refuses bad values and names where they came from', () => {
    const env = { SOAP_CONFIG_DIR: configDirWith({}) };
    expect(() => resolveSettings({}, { ...env, SOAPNOTEAPI_KEY: `${KEY_ENV}\n` })).toThrow(/SOAPNOTEAPI_KEY: the key contains whitespace or a line break/);
    expect(() => resolveSettings({ maxRetries: '-1' }, env)).toThrow('--max-retries must be a whole number');
    expect(() => resolveSettings({ timeout: '0' }, env)).toThrow('--timeout must be a number of seconds greater than 0');
    expect(() => resolveSettings({ timeout: 'soon' }, env)).toThrow('--timeout');
    expect(() => resolveSettings({ json: true, format: 'markdown' }, env)).toThrow('--json conflicts with --format markdown');
    expect(() => resolveSettings({ baseUrl: 'http://example.org' }, env)).toThrow('--base-url: plain http:// is only allowed');
    expect(() => resolveSettings({ baseUrl: 'https://example.org', provider: 'local' }, env)).toThrow('--base-url has no effect with the offline engine');
    expect(() => resolveSettings({}, { SOAP_CONFIG_DIR: configDirWith({ provider: 'acme' }) })).toThrow(/config provider: Invalid option/);
  });
});
