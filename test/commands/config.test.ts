import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConfigDir, runSoap } from '../helpers/run-cli.js';

const KEY = 'snapi_sk_live_SuperSecretValue9ab12';

describe('soap config', () => {
  it('reads a key from stdin, stores it 0600 in a 0700 folder, and only ever shows it masked', async () => {
    const dir = join(makeConfigDir(), 'nested');
    const env = { SOAP_CONFIG_DIR: dir };
    const set = await runSoap(['config', 'set', 'soapnoteapi.key'], { env, stdin: `${KEY}\n` });
    expect(set.code).toBe(0);
    expect(set.stderr).toBe('✓ soapnoteapi.key = snapi_sk_live_…ab12\n');
    const file = join(dir, 'config.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ soapnoteapi: { key: KEY } });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);

    const get = await runSoap(['config', 'get', 'soapnoteapi.key'], { env });
    expect(get.stdout).toBe('snapi_sk_live_…ab12\n');
    const list = await runSoap(['config', 'list'], { env });
    expect(list.stdout).toBe('soapnoteapi.key=snapi_sk_live_…ab12\n');
    const json = await runSoap(['config', 'list', '--json'], { env });
    expect(JSON.parse(json.stdout)).toEqual({ 'soapnoteapi.key': 'snapi_sk_live_…ab12' });
    for (const r of [set, get, list, json]) expect(r.stdout + r.stderr).not.toContain('SuperSecret');
  });

  it('sets, gets and unsets defaults, validated', async () => {
    const env = { SOAP_CONFIG_DIR: makeConfigDir() };
    expect((await runSoap(['config', 'set', 'specialty', 'physician'], { env })).code).toBe(0);
    expect((await runSoap(['config', 'set', 'provider', 'soapnoteapi'], { env })).code).toBe(0);
    expect((await runSoap(['config', 'get', 'specialty'], { env })).stdout).toBe('physician\n');
    const bad = await runSoap(['config', 'set', 'specialty', 'physican'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('✗ config set specialty: unknown specialty "physican" (did you mean physician?) — run `soap specialties` to list them\n');
    // With no service list to ask (the offline engine is the provider here), an id like no known one is kept, with a warning.
    const unknown = await runSoap(['config', 'set', 'specialty', 'wound_care'], { env: { ...env, SOAP_PROVIDER: 'local' } });
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toMatch(/^! config set specialty: "wound_care" is not a specialty soap knows, and the offline engine keeps no specialty list; using it as given/);
    const badUrl = await runSoap(['config', 'set', 'soapnoteapi.base_url', 'http://example.org'], { env });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toMatch(/plain http:\/\/ is only allowed for loopback/);
    expect((await runSoap(['config', 'unset', 'specialty'], { env })).code).toBe(0);
    const gone = await runSoap(['config', 'get', 'specialty'], { env });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/specialty is not set/);
  });

  it('refuses unknown keys, keys with stray whitespace, and an empty stdin', async () => {
    const env = { SOAP_CONFIG_DIR: makeConfigDir() };
    const unknown = await runSoap(['config', 'set', 'colour', 'blue'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown config key "colour" — known keys: soapnoteapi.key/);
    const spaced = await runSoap(['config', 'set', 'soapnoteapi.key'], { env, stdin: `${KEY} \n` });
    expect(spaced.code).toBe(2);
    expect(spaced.stderr).toMatch(/contains whitespace or a line break/);
    expect(spaced.stderr).not.toContain(KEY);
    const empty = await runSoap(['config', 'set', 'soapnoteapi.key'], { env, stdin: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no value on stdin/);
  });

  it('stores a key of an unknown shape with a one-line warning, never showing it', async () => {
    const env = { SOAP_CONFIG_DIR: makeConfigDir() };
    const r = await runSoap(['config', 'set', 'soapnoteapi.key'], { env, stdin: 'sk-NewFormatKey0042\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      '! soapnoteapi.key is not of the documented shape (a SOAPNoteAPI key looks like snapi_sk_live_… or snapi_sk_test_…); stored anyway, the service decides\n✓ soapnoteapi.key = sk-…0042\n',
    );
    expect((await runSoap(['config', 'get', 'soapnoteapi.key'], { env })).stdout).toBe('sk-…0042\n');
  });

  it('warns when a key is given on the command line', async () => {
    const env = { SOAP_CONFIG_DIR: makeConfigDir() };
    const r = await runSoap(['config', 'set', 'soapnoteapi.key', KEY], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/stays in your shell history/);
  });

  it('a hand-broken config file is a clear error (exit 2) for set as for reading, never quoting it', async () => {
    const dir = makeConfigDir();
    writeFileSync(join(dir, 'config.json'), '{"soapnoteapi": {"key": "snapi_sk_live_Secret123');
    for (const args of [['config', 'set', 'specialty', 'physician'], ['config', 'list']]) {
      const r = await runSoap(args, { env: { SOAP_CONFIG_DIR: dir } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/config file .*config\.json is not valid JSON/);
      expect(r.stderr).not.toContain('Secret123');
    }
  });

  it('prints its path', async () => {
    const dir = makeConfigDir();
    const r = await runSoap(['config', 'path'], { env: { SOAP_CONFIG_DIR: dir } });
    expect(r.stdout).toBe(`${join(dir, 'config.json')}\n`);
  });

  it('a key set in config is used by soap note', async () => {
    const dir = makeConfigDir();
    await runSoap(['config', 'set', 'soapnoteapi.key'], { env: { SOAP_CONFIG_DIR: dir }, stdin: KEY });
    const r = await runSoap(['note', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician', '--base-url', 'http://127.0.0.1:1', '--max-retries', '0'], { env: { SOAP_CONFIG_DIR: dir } });
    // Reaching the connection stage proves the key was found (no key would be exit 3 before any connection).
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not reach SOAPNoteAPI/);
  });
});
