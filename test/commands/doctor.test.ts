import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ASSEMBLYAI_TEST_KEY, startAssemblyAiEmulator, type AssemblyAiEmulator } from '../emulator/assemblyai/index.js';
import { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from '../emulator/openai/index.js';
import { findClosedPort } from '../helpers/closed-port.js';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { startLoopbackProxy, type LoopbackProxy } from '../reliability/loopback-proxy.js';
import { spawnSoap, type SpawnResult } from '../reliability/spawn-soap.js';
import { hasOpenssl, makeTestCa, type TestCa } from '../reliability/test-ca.js';

/**
 * `soap doctor` as users run it (the built binary in a child process: proxies and NODE_EXTRA_CA_CERTS are read by
 * the process itself) against the three emulators, a closed port, a refused key, a TLS server whose CA is made now,
 * and a proxy on loopback.
 */

const REVOKED = 'snapi_sk_test_k3yForTestsrevoked';
const opensslMissing = !(await hasOpenssl());

let soapnote: Emulator;
let tlsEmulator: Emulator | undefined;
let assembly: AssemblyAiEmulator;
let openai: OpenAiEmulator;
let proxy: LoopbackProxy;
let ca: TestCa | undefined;
let closedPort: number;

beforeAll(async () => {
  if (!opensslMissing) ca = await makeTestCa();
  [soapnote, tlsEmulator, assembly, openai, proxy] = await Promise.all([
    startEmulator(),
    ca ? startEmulator({ tls: { key: ca.key, cert: ca.cert } }) : Promise.resolve(undefined),
    startAssemblyAiEmulator(),
    startOpenAiEmulator({ apiKey: OPENAI_TEST_KEY }),
    startLoopbackProxy(),
  ]);
  closedPort = await findClosedPort();
});
afterAll(async () => {
  await Promise.all([soapnote.close(), tlsEmulator?.close(), assembly.close(), openai.close(), proxy.close()]);
});
beforeEach(() => {
  soapnote.reset();
  tlsEmulator?.reset();
  assembly.reset();
  openai.reset();
  proxy.seen.length = 0;
});

const allThree = () => ({
  SOAPNOTEAPI_KEY: TEST_KEY,
  SOAPNOTEAPI_BASE_URL: soapnote.url,
  ASSEMBLYAI_API_KEY: ASSEMBLYAI_TEST_KEY,
  ASSEMBLYAI_BASE_URL: assembly.url,
  ASSEMBLYAI_LLM_GATEWAY_URL: assembly.url,
  OPENAI_API_KEY: OPENAI_TEST_KEY,
  OPENAI_BASE_URL: openai.url,
});

async function doctor(env: Record<string, string>, args: string[] = []): Promise<SpawnResult & { report: any }> {
  const r = await spawnSoap(['doctor', '--json', '--timeout', '5', ...args], { env, timeoutMs: 30_000 });
  const human = await spawnSoap(['doctor', '--timeout', '5', ...args], { env, timeoutMs: 30_000 });
  // Both readings agree on the exit code; the report is the JSON one, the lines people see are the other's.
  expect(human.code).toBe(r.code);
  return { ...human, report: JSON.parse(r.stdout) };
}

/** No key text in anything soap printed: the masked form keeps only a known prefix and the last four characters. */
function expectNoKeys(r: SpawnResult, keys: string[]): void {
  for (const key of keys) {
    const secret = key.replace(/^(snapi_sk_(test|live)_|sk-)/, '').slice(0, -4);
    expect(r.stdout + r.stderr).not.toContain(secret);
  }
}

describe('soap doctor', () => {
  it('finds all well with the three emulators: every key accepted by one GET without a body', async () => {
    const r = await doctor(allThree());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/all well/);
    expect(r.report.ok).toBe(true);
    expect(r.report.backends.map((b: any) => [b.provider, b.key.status])).toEqual([
      ['soapnoteapi', 'accepted'],
      ['assemblyai', 'accepted'],
      ['openai', 'accepted'],
    ]);
    // Twice each (the JSON run and the human one): the key checks documented in the README, and the gateway's GET /.
    const asked = [...soapnote.requests, ...assembly.requests, ...openai.requests];
    expect(asked.map((q) => `${q.method} ${q.path}`).sort()).toEqual(
      ['GET /', 'GET /v1/models', 'GET /v1/note/soap-doctor-key-check', 'GET /v2/transcript/soap-doctor-key-check'].flatMap((x) => [x, x]).sort(),
    );
    expect(asked.every((q) => q.bodySize === 0)).toBe(true);
    // The gateway's reachability check carries no key.
    expect(assembly.requests.filter((q) => q.path === '/').every((q) => q.headers.authorization === undefined)).toBe(true);
    expectNoKeys(r, [TEST_KEY, ASSEMBLYAI_TEST_KEY, OPENAI_TEST_KEY]);
    expect(r.stdout).toMatch(/soapnoteapi\.key +snapi_sk_test_…0001 +from SOAPNOTEAPI_KEY/);
  });

  it('--json: the config file, the keys (masked), each backend\'s endpoints and key, the problems', async () => {
    const { report } = await doctor({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: soapnote.url });
    expect(report).toEqual({
      ok: true,
      config: { path: expect.stringMatching(/config\.json$/), exists: false, settings: [], unknown: [] },
      keys: [
        { setting: 'soapnoteapi.key', set: true, source: 'SOAPNOTEAPI_KEY', masked: 'snapi_sk_test_…0001' },
        { setting: 'assemblyai.key', set: false },
        { setting: 'openai.key', set: false },
      ],
      extraCaCerts: null,
      provider: { id: 'soapnoteapi', chosenBy: 'key' },
      backends: [
        {
          provider: 'soapnoteapi',
          label: 'SOAPNoteAPI',
          endpoints: [{ name: 'base_url', url: soapnote.url, reachable: true, tls: 'not used', status: 404 }],
          key: { status: 'accepted', request: 'GET /v1/note/soap-doctor-key-check' },
        },
      ],
      problems: [],
    });
  });

  it('exits 3 for a refused key, naming the URL, the key\'s source and what to do', async () => {
    const r = await doctor({ SOAPNOTEAPI_KEY: REVOKED, SOAPNOTEAPI_BASE_URL: soapnote.url });
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^✗ ${soapnote.url}: SOAPNoteAPI refused the key \\(SOAPNoteAPI 403 AUTHORIZATION_ERROR: .*\\) — check the key \\(SOAPNOTEAPI_KEY\\)`))]);
    expect(r.report.backends[0].key.status).toBe('refused');
    expectNoKeys(r, [REVOKED]);
    const wrong = await doctor({ OPENAI_API_KEY: 'sk-not-the-one-it-wants-0000', OPENAI_BASE_URL: openai.url });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/OpenAI-compatible server at 127\.0\.0\.1:\d+ refused the key|refused the key/);
    expectNoKeys(wrong, ['sk-not-the-one-it-wants-0000']);
  });

  it('exits 3 when the chosen backend has no key, and says how to set one', async () => {
    const r = await doctor({ SOAP_PROVIDER: 'soapnoteapi', SOAPNOTEAPI_BASE_URL: soapnote.url });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^✗ ${soapnote.url}: no SOAPNoteAPI key is set — set it with \`soap config set soapnoteapi.key\``));
    expect(r.report.backends[0].key.status).toBe('missing');
  });

  it('exits 1 for a closed port, naming the URL and the failed step', async () => {
    const url = `http://127.0.0.1:${closedPort}`;
    const r = await doctor({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^✗ ${url}: could not reach SOAPNoteAPI .*ECONNREFUSED.* — check`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.report.backends[0].endpoints[0]).toMatchObject({ reachable: false, failure: { stage: 'tcp' } });
    expect(r.report.backends[0].key.status).toBe('unchecked');
  });

  it('checks OpenAI-compatible servers on loopback that want no key', async () => {
    openai.apiKey = undefined;
    const r = await doctor({ OPENAI_BASE_URL: openai.url });
    expect(r.code).toBe(0);
    expect(r.report.backends).toEqual([expect.objectContaining({ provider: 'openai', key: { status: 'not needed', request: 'GET /v1/models' } })]);
    expect(openai.requests.every((q) => q.headers.authorization === undefined)).toBe(true);
  });

  describe.skipIf(opensslMissing)('TLS, with a CA made for this run', () => {
    it('says the certificate could not be verified, and what NODE_EXTRA_CA_CERTS is for', async () => {
      const r = await doctor({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: tlsEmulator!.url });
      expect(r.code).toBe(1);
      expect(r.report.backends[0].endpoints[0]).toMatchObject({ reachable: false, tls: 'failed', failure: { stage: 'tls' } });
      expect(r.stderr).toMatch(new RegExp(`^✗ ${tlsEmulator!.url}: TLS certificate of .* could not be verified .* — .*NODE_EXTRA_CA_CERTS`));
      expect(tlsEmulator!.requests).toHaveLength(0);
    });

    it('verifies it with the CA in NODE_EXTRA_CA_CERTS, and names the variable', async () => {
      const r = await doctor({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: tlsEmulator!.url, NODE_EXTRA_CA_CERTS: ca!.caPath });
      expect(r.code).toBe(0);
      expect(r.report.backends[0].endpoints[0]).toMatchObject({ reachable: true, tls: 'verified' });
      expect(r.report.extraCaCerts).toEqual({ path: ca!.caPath, certificates: 1 });
      expect(r.stdout).toMatch(/TLS verified \(with NODE_EXTRA_CA_CERTS\)/);
      expect(r.stdout).toContain(`NODE_EXTRA_CA_CERTS=${ca!.caPath}`);
    });

    it('names a NODE_EXTRA_CA_CERTS file Node could not use', async () => {
      const r = await doctor({ NODE_EXTRA_CA_CERTS: join(tmpdir(), 'no-such-ca.pem') });
      expect(r.code).toBe(1);
      // Node itself warns at start-up, then goes on without it.
      expect(r.stderr).toMatch(/^Warning: Ignoring extra certs/);
      expect(r.stderr).toMatch(/^✗ NODE_EXTRA_CA_CERTS: .*no-such-ca\.pem cannot be read \(ENOENT\), so Node ignores it — point it at/m);
    });
  });

  it('reports the proxy requests go through, and NO_PROXY bypassing it', async () => {
    const r = await doctor({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: soapnote.url, HTTP_PROXY: proxy.url });
    expect(r.code).toBe(0);
    expect(r.report.backends[0].endpoints[0].proxy).toBe(`${proxy.url} (HTTP_PROXY)`);
    expect(r.stdout).toContain(`via ${proxy.url} (HTTP_PROXY)`);
    expect(proxy.seen.length).toBeGreaterThan(0);
    proxy.seen.length = 0;
    const bypassed = await doctor({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: soapnote.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    expect(bypassed.report.backends[0].endpoints[0].proxy).toBeUndefined();
    expect(bypassed.stdout).toMatch(/reachable, direct/);
    expect(proxy.seen).toEqual([]);
  });

  it('names a proxy that is down as the step that failed', async () => {
    const r = await doctor({ SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: soapnote.url, HTTP_PROXY: `http://127.0.0.1:${closedPort}` });
    expect(r.code).toBe(1);
    expect(r.report.backends[0].endpoints[0].failure.stage).toBe('proxy');
    expect(r.stderr).toMatch(new RegExp(`could not reach the proxy http://127\\.0\\.0\\.1:${closedPort} \\(HTTP_PROXY\\)`));
    expect(soapnote.requests).toHaveLength(0);
  });

  it('checks the config file: where it is, who may read it, whether it parses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soap-doctor-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ soapnoteapi: { key: TEST_KEY, base_url: soapnote.url }, provider: 'soapnoteapi' }));
    chmodSync(file, 0o600);
    const good = await doctor({ SOAP_CONFIG_DIR: dir });
    expect(good.code).toBe(0);
    expect(good.report.config).toEqual({ path: file, exists: true, mode: '0600', valid: true, settings: ['soapnoteapi.key', 'soapnoteapi.base_url', 'provider'], unknown: [] });
    expect(good.report.keys[0]).toEqual({ setting: 'soapnoteapi.key', set: true, source: 'config soapnoteapi.key', masked: 'snapi_sk_test_…0001' });
    expectNoKeys(good, [TEST_KEY]);
    chmodSync(file, 0o644);
    const open = await doctor({ SOAP_CONFIG_DIR: dir });
    expect(open.code).toBe(1);
    expect(open.stderr).toBe(`✗ ${file}: config file ${file} can be read by other users (mode 0644) and may hold API keys — run chmod 600 ${file}\n`);
    writeFileSync(file, '{"soapnoteapi": {"key": ');
    chmodSync(file, 0o600);
    const broken = await doctor({ SOAP_CONFIG_DIR: dir });
    expect(broken.code).toBe(1);
    expect(broken.report.config.valid).toBe(false);
    expect(broken.stderr).toMatch(new RegExp(`^✗ ${file}: config file ${file} is not valid JSON — fix or remove it`));
  });

  it('sends nothing with no hosted backend configured, and says so', async () => {
    const r = await doctor({});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no hosted backend has a key or a base URL set/);
    expect(r.report.backends).toEqual([]);
    expect(r.report.provider).toEqual({ id: 'local', chosenBy: 'default' });
  });
});
