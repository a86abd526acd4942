import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { startLoopbackProxy, type LoopbackProxy } from './loopback-proxy.js';
import { spawnSoap, type SpawnResult } from './spawn-soap.js';
import { hasOpenssl, makeTestCa, type TestCa } from './test-ca.js';

/**
 * Networks people actually have, with the real binary in a child process (proxy variables and NODE_EXTRA_CA_CERTS
 * are read by the process itself): a proxy on loopback proves traffic went through it and that NO_PROXY bypasses
 * it; an HTTPS emulator with a certificate from a CA made now stands in for TLS inspection. Then interruptions:
 * no temporary file is left behind after a success, a failure or Ctrl-C. Needs dist/ built (npm test does it).
 */

const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const NOTE = ['note', TRANSCRIPT, '-s', 'physician', '--json', '--max-retries', '0', '--timeout', '5'];
const opensslMissing = !(await hasOpenssl());

let ca: TestCa | undefined;
beforeAll(async () => {
  if (!opensslMissing) ca = await makeTestCa();
});

/**
 * The servers one case talks to, its own (they cost milliseconds to start), so the cases run concurrently: each
 * is mostly a child process starting up, and nothing a case counts can be another case's.
 */
interface Net {
  plain: Emulator;
  tls: Emulator | undefined;
  proxy: LoopbackProxy;
  authProxy: LoopbackProxy;
}

async function startNet(): Promise<Net> {
  const [plain, tls, proxy, authProxy] = await Promise.all([
    startEmulator(),
    ca ? startEmulator({ tls: { key: ca.key, cert: ca.cert } }) : Promise.resolve(undefined),
    startLoopbackProxy(),
    startLoopbackProxy({ credentials: 'nurse:ward7' }),
  ]);
  return { plain, tls, proxy, authProxy };
}

async function closeNet(net: Net): Promise<void> {
  await Promise.all([net.plain.close(), net.tls?.close(), net.proxy.close(), net.authProxy.close()]);
}

const port = (e: Emulator | undefined) => new URL(e!.url).port;

/**
 * A case's time includes its wait for a child-process slot (spawnSoap runs two per core): on a loaded machine that
 * queue can outlast the usual 20 s. A hung child is still killed by spawnSoap's own guard after 15 s.
 */
const QUEUED_TIMEOUT_MS = 60_000;

interface NetCase {
  name: string;
  needsTls?: boolean;
  env: (net: Net) => Record<string, string>;
  check(r: SpawnResult, net: Net, expect: ExpectStatic): void;
}

const oneLine = (r: SpawnResult) => r.stderr.split('\n').filter(Boolean);

const NET_CASES: NetCase[] = [
  {
    name: 'HTTP_PROXY carries a plain-http request (tunnelled through the proxy)',
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.plain.url, HTTP_PROXY: n.proxy.url }),
    check: (r, n, expect) => {
      expect(r.code, r.stderr).toBe(0);
      expect(n.proxy.seen).toEqual([`CONNECT 127.0.0.1:${port(n.plain)}`]);
      expect(n.plain.requests.map((q) => q.path)).toEqual(['/v1/note']);
    },
  },
  {
    name: 'lower-case http_proxy is honoured too',
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.plain.url, http_proxy: n.proxy.url }),
    check: (r, n, expect) => {
      expect(r.code, r.stderr).toBe(0);
      expect(n.proxy.seen).toHaveLength(1);
    },
  },
  {
    name: 'NO_PROXY bypasses the proxy for a listed host',
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.plain.url, HTTP_PROXY: n.proxy.url, NO_PROXY: 'localhost,127.0.0.1' }),
    check: (r, n, expect) => {
      expect(r.code, r.stderr).toBe(0);
      expect(n.proxy.seen).toEqual([]);
      expect(n.plain.requests).toHaveLength(1);
    },
  },
  {
    name: 'NO_PROXY with a different port does not bypass',
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.plain.url, HTTP_PROXY: n.proxy.url, NO_PROXY: '127.0.0.1:1' }),
    check: (r, n, expect) => {
      expect(r.code, r.stderr).toBe(0);
      expect(n.proxy.seen).toHaveLength(1);
    },
  },
  {
    name: 'HTTPS_PROXY tunnels HTTPS (CONNECT), and the inspection CA is trusted through NODE_EXTRA_CA_CERTS',
    needsTls: true,
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.tls!.url, HTTPS_PROXY: n.proxy.url, NODE_EXTRA_CA_CERTS: ca!.caPath }),
    check: (r, n, expect) => {
      expect(r.code, r.stderr).toBe(0);
      expect(n.proxy.seen).toEqual([`CONNECT 127.0.0.1:${port(n.tls)}`]);
      expect(n.tls!.requests).toHaveLength(1);
    },
  },
  {
    name: 'a proxy that wants credentials: 407 explained in one line',
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.plain.url, HTTP_PROXY: n.authProxy.url }),
    check: (r, n, expect) => {
      expect(r.code).toBe(1);
      expect(oneLine(r)).toHaveLength(1);
      expect(r.stderr).toMatch(/^✗ the proxy http:\/\/127\.0\.0\.1:\d+ \(HTTP_PROXY\) refused to connect to SOAPNoteAPI .*\(HTTP 407\) — the proxy wants credentials/);
      expect(n.plain.requests).toHaveLength(0);
    },
  },
  {
    name: 'a proxy that wants credentials gets them from the proxy URL, and never shows them',
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.plain.url, HTTP_PROXY: n.authProxy.url.replace('//', '//nurse:ward7@') }),
    check: (r, n, expect) => {
      expect(r.code, r.stderr).toBe(0);
      expect(n.authProxy.seen).toEqual([`CONNECT 127.0.0.1:${port(n.plain)}`]);
      expect(r.stderr).not.toContain('ward7');
    },
  },
  {
    name: 'a proxy that is not there: the message names the proxy (without its credentials), not the service',
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.plain.url, HTTP_PROXY: 'http://nurse:ward7@127.0.0.1:1' }),
    check: (r, n, expect) => {
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('ward7');
      expect(oneLine(r)).toEqual([expect.stringMatching(/^✗ could not reach the proxy http:\/\/127\.0\.0\.1:1 \(HTTP_PROXY\) on the way to SOAPNoteAPI .*\(ECONNREFUSED\)/)]);
    },
  },
  {
    name: 'TLS interception without NODE_EXTRA_CA_CERTS: refused, not retried, the message says what to set',
    needsTls: true,
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.tls!.url }),
    check: (r, n, expect) => {
      expect(r.code).toBe(1);
      expect(oneLine(r)).toEqual([
        expect.stringMatching(/^✗ TLS certificate of https:\/\/127\.0\.0\.1:\d+ could not be verified \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN)\) — .*NODE_EXTRA_CA_CERTS/),
      ]);
      expect(n.tls!.requests).toHaveLength(0);
    },
  },
  {
    name: 'TLS interception with NODE_EXTRA_CA_CERTS naming the CA: succeeds',
    needsTls: true,
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.tls!.url, NODE_EXTRA_CA_CERTS: ca!.caPath }),
    check: (r, n, expect) => {
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).noteId).toMatch(/^note_/);
      expect(n.tls!.requests).toHaveLength(1);
    },
  },
  {
    name: 'TLS to localhost (the name, not the address) with the CA',
    needsTls: true,
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: `https://localhost:${port(n.tls)}`, NODE_EXTRA_CA_CERTS: ca!.caPath }),
    check: (r, _n, expect) => expect(r.code, r.stderr).toBe(0),
  },
  {
    // Node itself warns when verification is turned off; soap offers no switch of its own (see the help test).
    name: 'NODE_TLS_REJECT_UNAUTHORIZED=0 is never silent',
    needsTls: true,
    env: (n) => ({ SOAPNOTEAPI_BASE_URL: n.tls!.url, NODE_TLS_REJECT_UNAUTHORIZED: '0' }),
    check: (r, _n, expect) => expect(r.stderr).toMatch(/NODE_TLS_REJECT_UNAUTHORIZED.*insecure/),
  },
];

describe.concurrent('proxies and TLS inspection (the real binary)', () => {
  it.for(NET_CASES.map((c) => [c.name, c] as const))('%s', { timeout: QUEUED_TIMEOUT_MS }, async ([, c], ctx) => {
    if (c.needsTls && opensslMissing) return ctx.skip('openssl is not installed: no test CA can be made');
    const net = await startNet();
    try {
      const r = await spawnSoap(NOTE, { env: { SOAPNOTEAPI_KEY: TEST_KEY, ...c.env(net) } });
      c.check(r, net, ctx.expect);
    } finally {
      await closeNet(net);
    }
  });

  it('no command or option turns certificate verification off', { timeout: QUEUED_TIMEOUT_MS }, async ({ expect }) => {
    const commands = ['note', 'stream', 'audio', 'status', 'summarize', 'check', 'specialties', 'config'];
    const helps = await Promise.all([spawnSoap(['--help']), ...commands.map((c) => spawnSoap([c, '--help']))]);
    for (const h of helps) expect(h.stdout).not.toMatch(/insecure|no-verify|verify-ssl|reject-?unauthori[sz]ed|skip-tls|ca-?bundle|--cacert/i);
    expect(helps[1]!.stdout).toMatch(/--base-url/);
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** Every file under `dir`, relative. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe.concurrent('no temporary file is left behind', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'soap-interrupt-corpus-'));
  beforeAll(() => {
    const text = readFileSync(TRANSCRIPT, 'utf8');
    for (let i = 0; i < 12; i++) {
      mkdirSync(join(corpus, `ward-${i % 3}`), { recursive: true });
      writeFileSync(join(corpus, `ward-${i % 3}`, `visit-${i}.txt`), text);
    }
  });

  const CASES = [
    { name: '-o after a success', batch: false, setup: () => undefined, interrupt: false, exit: 0 },
    { name: '-o after a failure', batch: false, setup: (plain: Emulator) => plain.fault({ path: '/v1/note', status: 500, times: Infinity }), interrupt: false, exit: 1 },
    { name: '-o after Ctrl-C mid-request', batch: false, setup: (plain: Emulator) => (plain.latencyMs = 3000), interrupt: true, exit: 130 },
    { name: '--out-dir after a success', batch: true, setup: () => undefined, interrupt: false, exit: 0 },
    { name: '--out-dir after failures', batch: true, setup: (plain: Emulator) => plain.fault({ path: '/v1/note', status: 500, times: 5 }), interrupt: false, exit: 5 },
    { name: '--out-dir after Ctrl-C, twice, mid-batch', batch: true, setup: (plain: Emulator) => (plain.latencyMs = 150), interrupt: true, exit: 130 },
  ];

  // Each case has an emulator of its own, so they run concurrently.
  it.for(CASES.map((c) => [c.name, c] as const))('%s', { timeout: QUEUED_TIMEOUT_MS }, async ([, c], { expect }) => {
    const plain = await startEmulator();
    try {
      await runCase(c, plain, expect);
    } finally {
      await plain.close();
    }
  });

  async function runCase(c: (typeof CASES)[number], plain: Emulator, expect: ExpectStatic): Promise<void> {
    c.setup(plain);
    const work = mkdtempSync(join(tmpdir(), 'soap-interrupt-'));
    const out = join(work, 'out');
    const scratchTmp = join(work, 'tmp');
    mkdirSync(out);
    mkdirSync(scratchTmp);
    const args = c.batch
      ? ['note', corpus, '-s', 'physician', '--out-dir', out, '--report', join(work, 'report.ndjson'), '--concurrency', '2', '--max-retries', '0']
      : ['note', TRANSCRIPT, '-s', 'physician', '-o', join(out, 'note.txt'), '--max-retries', '0'];
    let interrupted = false;
    const r = await spawnSoap(args, {
      env: { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: plain.url, TMPDIR: scratchTmp },
      onSpawn: (child) => {
        if (!c.interrupt) return;
        // Ctrl-C once a request is in flight (single) or a couple of notes are written (batch, where the second
        // Ctrl-C aborts the requests still in flight).
        const watch = setInterval(() => {
          const ready = c.batch ? tree(out).filter((f) => f.endsWith('.soap.txt')).length >= 2 : plain.requests.length > 0;
          if (!ready) return;
          clearInterval(watch);
          interrupted = true;
          child.kill('SIGINT');
          if (c.batch) setTimeout(() => child.kill('SIGINT'), 30);
        }, 10);
        child.on('close', () => clearInterval(watch));
      },
    });
    if (c.interrupt) expect(interrupted, 'the interruption fired').toBe(true);
    expect(r.code, r.stderr).toBe(c.exit);
    const files = tree(out);
    expect(files.filter((f) => !/\.soap\.txt$|^note\.txt$/.test(f))).toEqual([]);
    // What is there is whole: every note ends with its PLAN section and footer.
    for (const f of files) expect(readFileSync(join(out, f), 'utf8')).toMatch(/PLAN\n[\s\S]+\n$/);
    expect(tree(scratchTmp)).toEqual([]);
    if (!c.batch) expect(files).toEqual(c.exit === 0 ? ['note.txt'] : []);
  }
});
